"""RSS and Atom feeds: one article per entry, from the linked page when links are followed."""

from __future__ import annotations

from typing import Any, Callable, Iterator

import feedparser

from ..models import RawArticle, Rejection
from . import html
from .dates import parse_date
from .files import sniff_format
from .http import Response
from .options import IngestOptions
from .rejects import Reject

Fetch = Callable[[str], Response]


def iter_feed(data: bytes, source: str, options: IngestOptions, fetch: Fetch) -> Iterator[RawArticle | Rejection]:
    """Each entry becomes an article at place ``item N``; a dead or empty entry becomes a Rejection."""
    parsed = feedparser.parse(data)  # bytes, never a str: feedparser would treat a str as a URL to fetch
    if not parsed.entries:
        if parsed.bozo:
            yield Rejection(source, "", "malformed", f"not a readable RSS or Atom feed ({parsed.get('bozo_exception')}); give a well-formed RSS 2.0, RSS 1.0 or Atom document")
        else:
            yield Rejection(source, "", "empty", "the feed has no entries; there is nothing to ingest yet")
        return
    feed_title = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, 1):
        place = f"item {number}"
        try:
            item: RawArticle | Rejection = _entry_article(entry, source, place, feed_title, options, fetch)
        except Reject as reject:
            if reject.reason == "no_text" and parsed.bozo:
                # an entry left empty by a feed cut off or broken after it: the feed is at fault, not the entry
                reject = Reject("malformed", f"{reject.detail}: the feed is broken or cut off there "
                                             f"({parsed.get('bozo_exception')})")
            item = reject.at(source, place)
        yield item


def _entry_article(entry: Any, source: str, place: str, feed_title: str | None,
                   options: IngestOptions, fetch: Fetch) -> RawArticle:
    title = (entry.get("title") or "").strip() or None
    link = entry.get("link") or None
    summary = _entry_text(entry)
    date_raw = entry.get("published") or entry.get("updated")
    published = parse_date(date_raw)
    unavailable = None
    try:
        page = _linked_page(link, place, title, fetch) if options.follow_links and link else None
    except Reject as reject:
        if not (reject.unreachable and summary):
            raise
        # the site cannot be reached (offline, down): the feed's own text stands in, and says so (a page the
        # site answered is gone, HTTP 404, was taken down: that entry is rejected)
        page, unavailable = None, reject.detail
    if page is None and not summary:
        raise Reject("no_text", f"{place} ({title or link or 'untitled'}) has no text in the feed" +
                     (" and its page has none either" if options.follow_links and link else ""))
    metadata = {
        "feed_title": feed_title,
        "entry_id": entry.get("id"),
        "tags": [tag.get("term") for tag in entry.get("tags", []) if tag.get("term")],
        "text_from": "page" if page else "feed",
        "date_raw": date_raw if date_raw and published is None else None,
        "page_unavailable": unavailable,
    }
    if page:
        metadata.update(page.metadata)
    return RawArticle(
        text=page.text if page else summary,
        source=source,
        place=place,
        url=page.url if page else link,
        title=(page.title if page else None) or title,
        publisher=(page.sitename if page else None) or feed_title or options.publisher,
        author=(page.author if page else None) or entry.get("author") or None,
        # the feed's timestamp has a time and zone; trafilatura's page date only has the day
        published=published or (page.published if page else None),
        language=(page.language if page else None) or _feed_language(entry),
        source_kind="feed",
        metadata={key: value for key, value in metadata.items() if value not in (None, [], "")},
    )


def _linked_page(link: str, place: str, title: str | None, fetch: Fetch) -> html.Page | None:
    """The article the entry links to; None when the page has no text, so the feed's own text stands in."""
    name = f"{place} ({title})" if title else place
    try:
        response = fetch(link)
    except Reject as reject:
        raise Reject(reject.reason, f"{name}: {reject.detail}", reject.unreachable) from None
    if sniff_format(response.body[:4096]) != "html":
        kind = response.content_type or "non-HTML"
        raise Reject("unsupported", f"{name} links to {response.url}, a {kind} document; only HTML pages can be extracted (use --no-follow-links to keep the feed's text)")
    try:
        return html.extract(response.body, url=response.url, charset=response.charset)
    except Reject as reject:
        if reject.reason == "no_text":
            return None
        raise Reject(reject.reason, f"{name}: the page at {response.url}: {reject.detail}") from None


def _entry_text(entry: Any) -> str:
    """The fullest text the feed gives for an entry: its content, else its summary."""
    parts = [(c.get("value") or "", c.get("type", "")) for c in entry.get("content", [])]
    if entry.get("summary"):
        parts.append((entry["summary"], entry.get("summary_detail", {}).get("type", "text/html")))
    texts = [value.strip() if kind == "text/plain" else html.fragment_text(value) for value, kind in parts]
    return max(texts, key=len, default="")


def _feed_language(entry: Any) -> str | None:
    detail = entry.get("title_detail") or entry.get("summary_detail") or {}
    return detail.get("language") or None
