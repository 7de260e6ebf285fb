"""Ingest: read every kind of source into RawArticle values, or Rejections saying why not.

``iter_documents`` walks the sources in order and never stops on a bad document: each one becomes a
Rejection and the batch goes on.
"""

from __future__ import annotations

import dataclasses

import io
import os
import sys
from pathlib import Path
from typing import BinaryIO, Iterator, Sequence

from ..models import RawArticle, Rejection
from ..settings import Settings
from . import corpora, html
from .feeds import iter_feed
from .files import HEAD_BYTES, bom_encoding, decode, looks_binary, open_text, peek_head, read_capped, read_file, sniff_format
from .http import Fetcher, Response
from .options import IngestOptions
from .rejects import Reject

__all__ = ["IngestOptions", "iter_documents"]

STDIN_NAME = "<stdin>"
_EXTENSION_FORMATS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed", ".rdf": "feed",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "csv",
}
_CORPUS_FORMATS = {"jsonl", "json", "csv"}
_TEXT_MEDIA_SUFFIXES = ("+xml", "/xml", "/json", "/x-ndjson", "/xhtml+xml")


def iter_documents(sources: Sequence[str], settings: Settings, options: IngestOptions = IngestOptions(),
                   stdin: BinaryIO | None = None) -> Iterator[RawArticle | Rejection]:
    """Articles and Rejections from each source in turn: ``-`` (stdin), URLs, directories, files."""
    run = _Run(settings, options, stdin)
    try:
        for source in sources:
            for item in run.read(source):
                if options.published is not None and isinstance(item, RawArticle) and item.published is None:
                    item = dataclasses.replace(item, published=options.published)  # --published: a date for the undated
                yield item
    finally:
        run.close()


class _Run:
    """State shared by one call: the settings, and the HTTP client opened on the first URL."""

    def __init__(self, settings: Settings, options: IngestOptions, stdin: BinaryIO | None) -> None:
        self.settings = settings
        self.options = options
        self.cap = settings.max_document_bytes
        self._stdin = stdin
        self._fetcher: Fetcher | None = None

    def fetch(self, url: str) -> Response:
        if self._fetcher is None:
            self._fetcher = Fetcher(self.settings)
        return self._fetcher.fetch(url)

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()

    def read(self, source: str) -> Iterator[RawArticle | Rejection]:
        if source == "-":
            yield from _guarded(STDIN_NAME, self._from_stdin())
        elif source.startswith(("http://", "https://")):
            yield from _guarded(source, self._from_url(source))
        elif os.path.isdir(source):
            yield from self._from_directory(Path(source))
        elif os.path.lexists(source):
            yield from _guarded(source, self._from_file(Path(source)))
        else:
            yield Rejection(source, "", "not_found", f"there is no file or directory {source}; give a path, a directory, an http(s) URL or - for stdin")

    def _from_directory(self, directory: Path) -> Iterator[RawArticle | Rejection]:
        """Every regular file below, in sorted order, skipping hidden files and folders (.git, .DS_Store)
        and sockets or pipes, which would block the walk."""
        failures: list[OSError] = []
        for root, dirs, files in os.walk(directory, onerror=failures.append):
            dirs[:] = sorted(name for name in dirs if not name.startswith("."))
            for name in sorted(files):
                path = Path(root) / name
                if not name.startswith(".") and path.is_file():
                    yield from _guarded(str(path), self._from_file(path))
        for failure in failures:
            yield Rejection(str(failure.filename), "", "unreadable", f"the directory could not be listed: {failure.strerror}")

    def _from_file(self, path: Path) -> Iterator[RawArticle | Rejection]:
        file_format = _EXTENSION_FORMATS.get(path.suffix.lower())
        if file_format is None:  # unknown extension: judge by the first bytes
            with path.open("rb") as stream:
                file_format = sniff_format(stream.read(HEAD_BYTES))
        if file_format in _CORPUS_FORMATS:
            with path.open("rb") as stream:
                head, stream = peek_head(stream)
                tsv = path.suffix.lower() == ".tsv"
                yield from self._corpus(file_format, stream, head, str(path), "\t" if tsv else None)
            return
        yield from self._document(read_file(path, self.cap), file_format, str(path), source_kind=file_format)

    def _from_stdin(self) -> Iterator[RawArticle | Rejection]:
        head, stream = peek_head(self._stdin or sys.stdin.buffer)
        stdin_format = sniff_format(head)
        if stdin_format == "json":
            yield from self._corpus("json", stream, head, STDIN_NAME)
        else:
            yield from self._document(read_capped(stream, self.cap), stdin_format, STDIN_NAME, source_kind="stdin")

    def _from_url(self, url: str) -> Iterator[RawArticle | Rejection]:
        response = self.fetch(url)
        if not _is_text_media(response.content_type):
            raise Reject("unsupported", f"{url} serves {response.content_type}, not a web page, feed or text; give the URL of an HTML page or an RSS/Atom feed")
        url_format = sniff_format(response.body[:4096])
        yield from self._document(response.body, url_format, url, source_kind="url",
                                  url=response.url, charset=response.charset)

    def _document(self, data: bytes, doc_format: str, source: str, source_kind: str,
                  url: str | None = None, charset: str | None = None) -> Iterator[RawArticle | Rejection]:
        """A document held in memory: plain text, an HTML page, a feed, or JSON from stdin or a URL."""
        if doc_format == "feed":
            yield from iter_feed(data, source, self.options, self.fetch)
        elif doc_format == "json":
            yield from self._corpus("json", io.BytesIO(data), data[:HEAD_BYTES], source)
        elif doc_format == "html":
            page = html.extract(data, url=url, charset=charset)
            metadata = dict(page.metadata)
            if url and page.url and page.url != url:
                metadata["canonical_url"] = page.url
            yield RawArticle(
                text=page.text, source=source, url=url or page.url, title=page.title,
                publisher=page.sitename or self.options.publisher, author=page.author, published=page.published,
                language=page.language, source_kind=source_kind, metadata=metadata,
            )
        else:
            # plain text: no title is guessed, the first line may be a dateline or a drop cap
            yield RawArticle(text=decode(data, charset), source=source, url=url,
                             publisher=self.options.publisher, source_kind=source_kind)

    def _corpus(self, corpus_format: str, stream: BinaryIO, head: bytes, source: str,
                delimiter: str | None = None) -> Iterator[RawArticle | Rejection]:
        if not head.strip():
            raise Reject("empty", "the file is empty or holds only whitespace; it needs at least one record")
        if looks_binary(head) and not bom_encoding(head):  # UTF-16 and UTF-32 text has NULs
            raise Reject("binary", "the file holds binary data (NUL or control bytes), not JSON or CSV text")
        if corpus_format == "jsonl":
            yield from corpora.iter_jsonl(open_text(stream, head, guess=False), source, self.options, self.cap)
        elif corpus_format == "json":
            yield from corpora.iter_json(stream, head, source, self.options, self.cap)
        else:
            yield from corpora.iter_csv(stream, head, source, self.options, self.cap, delimiter)


def _guarded(source: str, documents: Iterator[RawArticle | Rejection]) -> Iterator[RawArticle | Rejection]:
    """A source that fails as a whole, or part-way through (a disk error), ends with one Rejection."""
    try:
        yield from documents
    except Reject as reject:
        yield reject.at(source)
    except UnicodeDecodeError as error:  # a UTF-16 corpus with a broken surrogate: the decoder cannot resume
        yield Rejection(source, "", "undecodable", f"reading stopped at a byte sequence that is not valid {error.encoding.upper()}; save the file as UTF-8")
    except OSError as error:
        yield Rejection(source, "", "unreadable", f"the file could not be read: {error.strerror or error}")


def _is_text_media(content_type: str) -> bool:
    return not content_type or content_type.startswith("text/") or content_type.endswith(_TEXT_MEDIA_SUFFIXES)

