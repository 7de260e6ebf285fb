"""Page furniture: whole lines of a web page around the story are removed, story lines are kept."""

import pytest

from ctwatch.clean import repair


@pytest.mark.parametrize("line", [
    "Advertisement",
    "Print this article",
    "Share on Facebook Share on Twitter Share on WhatsApp",
    "Share this article",
    "Follow Dawn on WhatsApp",
    "Follow us on Twitter",
    "Read more: Seven soldiers martyred in Bajaur cross border attack",
    "Read more Police in southern districts demand armoured vehicles",
    "Comments (14)",
])
def test_a_line_of_page_furniture_between_paragraphs_is_removed(line):
    raw = f"Two policemen were shot dead in Bannu on Monday.\n{line}\nMeanwhile, a blast hit a school in Tank."
    result = repair(raw)
    assert line not in result.text
    assert result.text == "Two policemen were shot dead in Bannu on Monday.\nMeanwhile, a blast hit a school in Tank."
    assert [e.kind for e in result.edits if e.applied] == ["page_furniture"]


def test_the_headlines_under_a_related_stories_line_go_with_it():
    raw = ("The protest ended peacefully on Friday.\nRelated Stories\nQuetta blast toll rises to 14\n"
           "Police kill two suspects in Kech")
    result = repair(raw)
    assert result.text.strip() == "The protest ended peacefully on Friday."


def test_story_lines_that_use_the_words_are_kept():
    raw = ("The Hafiz Gul Bahadur group claimed responsibility for the attack in a statement shared with journalists.\n"
           "Share prices fell after the attack.\nComments made by the minister were criticised.")
    assert repair(raw).text == raw
