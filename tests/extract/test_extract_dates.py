from datetime import date

import pytest

from ctwatch.extract.dates import find_dates, resolve_date

PUB = date(2014, 3, 12)  # a Wednesday


def test_weekday_is_latest_on_or_before_publication():
    assert resolve_date("on Sunday", PUB) == (date(2014, 3, 9), 1)
    assert resolve_date("on Wednesday", PUB) == (date(2014, 3, 12), 1)


def test_relative_days_and_weeks():
    assert resolve_date("yesterday", PUB) == (date(2014, 3, 11), 1)
    assert resolve_date("the day before yesterday", PUB) == (date(2014, 3, 10), 1)
    assert resolve_date("last week", PUB) == (date(2014, 3, 5), 2)


def test_months():
    assert resolve_date("last month", PUB) == (date(2014, 2, 1), 3)
    assert resolve_date("last month", date(2014, 1, 20)) == (date(2013, 12, 1), 3)
    assert resolve_date("in November", PUB) == (date(2013, 11, 1), 3)
    assert resolve_date("in March", PUB) == (date(2014, 3, 1), 3)
    assert resolve_date("in recent months", PUB) == (None, 3)


def test_day_month_without_year_uses_publication_year_or_the_one_before():
    assert resolve_date("on March 3", PUB) == (date(2014, 3, 3), 1)
    assert resolve_date("on December 30", PUB) == (date(2013, 12, 30), 1)
    assert resolve_date("on 4th March", PUB) == (date(2014, 3, 4), 1)


def test_full_dates_need_no_publication_date():
    assert resolve_date("on March 3, 2011", None) == (date(2011, 3, 3), 1)
    assert resolve_date("3 March 2011") == (date(2011, 3, 3), 1)
    assert resolve_date("2011-03-03") == (date(2011, 3, 3), 1)
    assert resolve_date("May 2009") == (date(2009, 5, 1), 3)


def test_find_dates_spans_and_no_false_may():
    text = "Rebels may strike again, police said on Sunday after the attack on March 3."
    hits = find_dates(text, PUB)
    assert [h[0].text for h in hits] == ["on Sunday", "March 3"]
    assert text[hits[1][0].start : hits[1][0].end] == "March 3"


def test_relative_without_publication_date():
    assert resolve_date("yesterday", None) == (None, 1)
    assert resolve_date("nothing here", PUB) == (None, None)


@pytest.mark.parametrize("dateline", ["QUETTA (March 14):", "ISLAMABAD, March 14 (Reuters) -", "QUETTA, March 14, 2025:"])
def test_a_day_told_in_the_text_beats_the_datelines_date(dateline):
    from ctwatch.extract.pipeline import extract

    text = f"{dateline} At least seven soldiers were killed when militants attacked a convoy near Turbat on Thursday, officials said."
    event = extract(text, date(2025, 3, 14)).events[0]
    assert event.date == date(2025, 3, 13) and event.date_span.text == "on Thursday"


def test_a_papers_name_is_no_date():
    # "The News on Sunday", "The Sunday Times": newspapers, not the day something happened
    published = date(2025, 6, 2)
    assert find_dates("Talking to The News on Sunday, the minister said the group was active.", published) == []
    assert find_dates("He told The Sunday Times that the talks had failed.", published) == []
    assert [d for _, d, _ in find_dates("Militants attacked the post on Sunday, The News reported.", published)] == [date(2025, 6, 1)]
