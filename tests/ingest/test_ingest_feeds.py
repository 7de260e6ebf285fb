"""RSS and Atom feeds, from files and URLs, with linked pages served by the local web server."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from ctwatch.ingest import IngestOptions, iter_documents
from ctwatch.models import RawArticle, Rejection

PAGE_ONE = "Two soldiers were martyred when militants attacked a post in Kurram district late on Monday, the ISPR said."
PAGE_TWO = "A suicide bomber struck a convoy near Bannu on Tuesday morning, police officials told reporters."


def rss(*items: str, title: str = "Frontier Post - Security") -> bytes:
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>{title}</title><link>https://frontier.example/</link><description>News</description>"
        + "".join(items) + "</channel></rss>"
    ).encode("utf-8")


def item(title: str, link: str, summary: str, date: str = "Mon, 04 Mar 2024 22:15:00 +0500", author: str = "") -> str:
    author_tag = f"<author>{author}</author>" if author else ""
    return (f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid><pubDate>{date}</pubDate>"
            f"{author_tag}<category>Kurram</category><description><![CDATA[<p>{summary}</p>]]></description></item>")


def ingest(sources, settings, options=IngestOptions(), stdin=None):
    return list(iter_documents([str(s) for s in sources], settings, options, stdin=stdin))


def test_rss_entries_follow_their_links(tmp_path, web, settings, news_page):
    first = web.serve("/kurram", news_page("Soldiers martyred in Kurram attack", PAGE_ONE))
    second = web.serve("/bannu", news_page("Convoy attacked near Bannu", PAGE_TWO))
    feed = tmp_path / "security.rss"
    feed.write_bytes(rss(item("Kurram attack", first, "Teaser one.", author="desk@frontier.example (News Desk)"),
                         item("Bannu blast", second, "Teaser two.", date="Tue, 05 Mar 2024 08:00:00 GMT")))
    one, two = ingest([feed], settings)
    assert isinstance(one, RawArticle) and isinstance(two, RawArticle)
    assert PAGE_ONE in one.text and "Teaser" not in one.text and PAGE_TWO in two.text
    assert (one.source, one.place, one.url, one.source_kind) == (str(feed), "item 1", first, "feed")
    assert one.title == "Soldiers martyred in Kurram attack"  # the page's title wins over the feed's
    assert one.publisher == "Frontier Post - Security"  # the page names no site: the feed's title stands in
    assert one.published == datetime(2024, 3, 4, 22, 15, tzinfo=timezone(timedelta(hours=5)))
    assert two.published == datetime(2024, 3, 5, 8, 0, tzinfo=timezone.utc)
    assert one.metadata["tags"] == ["Kurram"] and one.metadata["text_from"] == "page"
    assert web.paths() == ["/robots.txt", "/kurram", "/bannu"]


def test_feed_without_following_links_uses_the_feed_text(tmp_path, web, settings):
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss(item("Kurram attack", web.url("/kurram"), "Militants attacked a post in <b>Kurram</b>.")))
    [entry] = ingest([feed], settings, IngestOptions(follow_links=False))
    assert entry.text == "Militants attacked a post in Kurram."
    assert (entry.title, entry.url, entry.metadata["text_from"]) == ("Kurram attack", web.url("/kurram"), "feed")
    assert web.requests == []


def test_atom_feed_from_a_url(web, settings, news_page):
    page = web.serve("/story/1", news_page("Checkpost attacked", PAGE_ONE))
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Wire</title><id>urn:wire</id>
      <updated>2024-03-03T10:00:00Z</updated>
      <entry><title>Checkpost attacked</title><id>urn:wire:1</id><link href="{page}"/>
        <updated>2024-03-03T10:00:00Z</updated><author><name>Jane Roe</name></author>
        <content type="html">&lt;p&gt;Short version.&lt;/p&gt;</content></entry>
    </feed>""".encode("utf-8")
    feed_url = web.serve("/atom.xml", atom, content_type="application/atom+xml")
    [entry] = ingest([feed_url], settings)
    assert (entry.source, entry.place, entry.url, entry.source_kind) == (feed_url, "item 1", page, "feed")
    assert PAGE_ONE in entry.text
    assert (entry.author, entry.publisher, entry.language) == ("Jane Roe", "Wire", "en")
    assert entry.published == datetime(2024, 3, 3, 10, 0, tzinfo=timezone.utc)
    assert entry.metadata["entry_id"] == "urn:wire:1"


def test_dead_link_rejects_that_entry_only(tmp_path, web, settings, news_page):
    good = web.serve("/good", news_page("Convoy attacked near Bannu", PAGE_TWO))
    dead = web.url("/deleted-story")
    feed = tmp_path / "feed.rss"
    feed.write_bytes(rss(item("Deleted story", dead, "Gone."), item("Bannu blast", good, "Teaser.")))
    rejection, article = ingest([feed], settings)
    assert isinstance(rejection, Rejection)
    assert (rejection.place, rejection.reason) == ("item 1", "fetch_failed")
    assert rejection.detail == f"item 1 (Deleted story): {dead} answered HTTP 404 Not Found; check the URL"
    assert PAGE_TWO in article.text


def test_page_without_text_falls_back_to_the_feed_text(tmp_path, web, settings):
    shell = web.serve("/app", b"<html><body><div id='root'></div><script>load()</script></body></html>")
    feed = tmp_path / "feed.rss"
    feed.write_bytes(rss(item("App story", shell, "The feed carries the whole story here.")))
    [entry] = ingest([feed], settings)
    assert (entry.text, entry.url, entry.metadata["text_from"]) == ("The feed carries the whole story here.", shell, "feed")


def test_robots_disallowed_link_names_the_entry(tmp_path, web, settings, news_page):
    web.serve("/robots.txt", b"User-agent: *\nDisallow: /\n", content_type="text/plain")
    link = web.serve("/x", news_page("X", PAGE_ONE))
    feed = tmp_path / "feed.rss"
    feed.write_bytes(rss(item("Blocked", link, "Teaser.")))
    [rejection] = ingest([feed], settings)
    assert rejection.reason == "robots_disallowed" and rejection.detail.startswith("item 1 (Blocked): ")


def test_malformed_and_empty_feeds(tmp_path, settings):
    broken = tmp_path / "broken.xml"
    broken.write_bytes(b"<?xml version='1.0'?><rss><channel><title>Half")
    empty = tmp_path / "empty.atom"
    empty.write_bytes(b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Quiet</title></feed>")
    results = ingest([broken, empty], settings)
    assert [(r.source, r.reason) for r in results] == [(str(broken), "malformed"), (str(empty), "empty")]
    assert "not a readable RSS or Atom feed" in results[0].detail


def test_feed_on_stdin(web, settings, news_page):
    link = web.serve("/kurram", news_page("Kurram", PAGE_ONE))
    [entry] = ingest(["-"], replace(settings, respect_robots=False), stdin=io.BytesIO(rss(item("Kurram", link, "T."))))
    assert (entry.source, entry.place, entry.source_kind) == ("<stdin>", "item 1", "feed")
    assert PAGE_ONE in entry.text


def test_an_unreachable_page_leaves_the_feeds_own_text(tmp_path, settings):
    # offline, or the site is down: the entry's text in the feed stands in, and the article says why
    unreachable = "http://127.0.0.1:9/story"  # the discard port: nothing listens there
    feed = tmp_path / "feed.rss"
    feed.write_bytes(rss(item("Bannu blast", unreachable, "Two policemen were martyred in a blast in Bannu on Monday.")))
    [entry] = ingest([feed], settings)
    assert isinstance(entry, RawArticle) and entry.text == "Two policemen were martyred in a blast in Bannu on Monday."
    assert entry.metadata["text_from"] == "feed" and "could not be fetched" in entry.metadata["page_unavailable"]


def test_a_feed_cut_off_inside_an_entry_is_malformed(tmp_path, settings):
    feed = tmp_path / "cut.rss"
    feed.write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>a</title>')
    [rejection] = ingest([feed], settings, IngestOptions(follow_links=False))
    assert (rejection.place, rejection.reason) == ("item 1", "malformed") and "broken or cut off" in rejection.detail
