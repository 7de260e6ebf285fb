"""How to read the sources of one ingest run: field mapping for corpora, and feed behaviour."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class IngestOptions:
    """Field names may be dotted paths into nested JSON (``location.state``); None means auto-detect."""

    text_field: str | None = None  # auto: text, body, content, article, full_text, summary
    title_field: str | None = None  # auto: title, headline
    url_field: str | None = None  # auto: url, link, source_url
    date_field: str | None = None  # auto: date, published, publication_date, pubdate, published_at
    publisher_field: str | None = None  # auto: publisher, source, outlet, site
    author_field: str | None = None  # auto: author, byline
    id_field: str | None = None  # auto: id; kept in metadata["id"]
    language_field: str | None = None  # auto: language, lang
    publisher: str | None = None  # default publisher for every document of this run
    published: datetime | None = None  # publication date for every document of this run that carries none
    follow_links: bool = True  # feeds: fetch the article page each entry links to
    csv_delimiter: str | None = None  # None = sniff (',' ';' '\t')
