"""HTML pages -> main text and metadata, through trafilatura."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml.etree import LxmlError

from .dates import parse_date
from .files import decode
from .rejects import Reject

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)
_HTML_LANG = re.compile(r"""<html[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)""", re.I)
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre")
# Dates from the page's markup only: htmldate's extensive search guesses from any date in the text.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True)
class Page:
    """What trafilatura found in one page."""

    text: str
    title: str | None = None
    author: str | None = None
    published: datetime | None = None
    sitename: str | None = None
    url: str | None = None
    language: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


def extract(data: bytes, url: str | None = None, charset: str | None = None) -> Page:
    """The article in an HTML page; ``charset`` is the one an HTTP header declared, if any."""
    declared = charset or _meta_charset(data)
    html = decode(data, declared)
    try:
        found = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
        )
    except (ValueError, LxmlError) as error:
        raise Reject("malformed", f"the HTML could not be parsed ({error}); give a complete HTML page") from None
    text = (found.text or "").strip() if found else ""
    if not text:
        raise Reject("no_text", "the page has no article text that could be extracted (only navigation, scripts or markup)")
    metadata = {key: value for key in ("description", "categories", "tags") if (value := getattr(found, key, None))}
    return Page(
        text=text,
        title=found.title or None,
        author=found.author or None,
        published=parse_date(found.date),  # trafilatura normalises dates to YYYY-MM-DD
        sitename=_stated_sitename(found.sitename, found.url or url),
        url=found.url or url,
        language=_declared_language(html),
        metadata=metadata,
    )


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML snippet (a feed entry's summary), keeping paragraph breaks."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, LxmlError):
        return ""
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    return re.sub(r"\n\s*\n+", "\n\n", root.text_content()).strip()


def _stated_sitename(sitename: str | None, url: str | None) -> str | None:
    """The site name the page states; None for trafilatura's fallback to the URL's host name, since a
    feed's title or --publisher names the outlet better."""
    host = urlsplit(url).netloc.removeprefix("www.") if url else None
    return sitename if sitename and sitename.removeprefix("www.") != host else None


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _declared_language(html: str) -> str | None:
    match = _HTML_LANG.search(html[:4096])
    return match.group(1).lower() if match else None
