"""Corpora holding many documents: JSON lines, JSON arrays or objects, and CSV, mapped field by field.

Everything is read as a stream, line by line (or value by value for a JSON array), so a corpus of
any size passes through in constant memory; only one record at a time is held, up to the byte cap.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
from typing import Any, BinaryIO, Iterator, TextIO

from ..models import RawArticle, Rejection
from .dates import parse_date
from .files import decode, has_undecodable, iter_lines, open_text, read_capped
from .options import IngestOptions
from .rejects import Reject, too_large

MAX_DEPTH = 64  # deeper records are hostile or broken; no news corpus nests this far
CHUNK_CHARS = 64 * 1024
_DELIMITERS = (",", ";", "\t")
_CANDIDATES = {
    "text": ("text", "body", "content", "article", "full_text", "summary"),
    "title": ("title", "headline"),
    "url": ("url", "link", "source_url"),
    "date": ("date", "published", "publication_date", "pubdate", "published_at"),
    "publisher": ("publisher", "source", "outlet", "site"),
    "author": ("author", "byline"),
    "id": ("id",),
    "language": ("language", "lang"),
}
_JSON_TYPES = {dict: "object", list: "array", str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"}


# --- JSON lines -----------------------------------------------------------------------------------

def iter_jsonl(text: TextIO, source: str, options: IngestOptions, cap: int) -> Iterator[RawArticle | Rejection]:
    """One JSON object per line; blank lines are skipped but still counted."""
    blank = True
    for number, line in iter_lines(text, cap):
        place = f"line {number}"
        if line is not None and not line.strip():
            continue
        blank = False
        try:
            item: RawArticle | Rejection = record_to_article(_parse_line(line, place, cap), source, place, options)
        except Reject as reject:
            item = reject.at(source, place)
        yield item
    if blank:
        yield Rejection(source, "", "empty", "the file holds only blank lines; it needs one JSON object per line")


def _parse_line(line: str | None, place: str, cap: int) -> Any:
    if line is None:
        raise too_large(cap, what=place)
    if has_undecodable(line):
        raise _undecodable(place)
    try:
        return json.loads(line)
    except json.JSONDecodeError as error:
        raise Reject("malformed", f"{place} is not valid JSON: {_what(error)} at column {error.colno}; each line must hold one JSON object") from None
    except RecursionError:
        raise _too_deep(place) from None


# --- .json files: an array of objects, JSON lines, or one object ---------------------------------

def iter_json(stream: BinaryIO, head: bytes, source: str, options: IngestOptions, cap: int) -> Iterator[RawArticle | Rejection]:
    form = _json_form(head)
    if form == "array":
        yield from _iter_array(open_text(stream, head, guess=False), source, options, cap)
    elif form == "lines":
        yield from iter_jsonl(open_text(stream, head, guess=False), source, options, cap)
    else:
        text = decode(read_capped(stream, cap))
        try:
            record = json.loads(text)
        except json.JSONDecodeError as error:
            raise Reject("malformed", f"the file is not valid JSON: {_what(error)} at line {error.lineno} column {error.colno}; give one object, an array of objects, or one object per line") from None
        except RecursionError:
            raise _too_deep("the file") from None
        yield record_to_article(record, source, "", options)


def _json_form(head: bytes) -> str:
    """``array``, ``lines`` (first line is a whole JSON value and more follows) or ``object``."""
    text = head.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="replace").lstrip()
    if text.startswith("["):
        return "array"
    first, newline, rest = text.partition("\n")
    if newline and rest.strip():
        try:
            json.loads(first)
            return "lines"
        except (ValueError, RecursionError):
            pass
    return "object"


def _iter_array(text: TextIO, source: str, options: IngestOptions, cap: int) -> Iterator[RawArticle | Rejection]:
    """The items of a top-level JSON array, parsed one at a time from a sliding buffer.

    An item that is not valid JSON ends the file: there is no telling where the next item starts.
    """
    reader = _ArrayReader(text, cap)
    number = 0
    while True:
        number += 1
        place = f"item {number}"
        try:
            value = reader.next_value(place)
        except Reject as reject:
            yield reject.at(source, place)
            return
        if value is _END:
            if number == 1:
                yield Rejection(source, "", "empty", "the JSON array is empty; it needs at least one object")
            return
        try:
            item: RawArticle | Rejection = record_to_article(value, source, place, options)
        except Reject as reject:
            item = reject.at(source, place)
        yield item


_END = object()  # the array's closing bracket


class _ArrayReader:
    def __init__(self, text: TextIO, cap: int) -> None:
        self._text = text
        self._cap = cap
        self._buffer = ""
        self._pos = 0
        self._offset = 0  # characters of the file before the buffer
        self._eof = False
        self._started = False
        self._decoder = json.JSONDecoder()

    def next_value(self, place: str) -> Any:
        """The next item, or _END at the closing bracket; Reject for broken JSON."""
        if self._started and self._peek() == "]":
            return _END
        self._expect("," if self._started else "[", place)
        if not self._started:
            self._started = True
            if self._peek() == "]":
                return _END
        self._peek()  # skip blanks: raw_decode wants the value's first character
        while True:
            try:
                value, end = self._decoder.raw_decode(self._buffer, self._pos)
            except json.JSONDecodeError as error:
                if self._eof:
                    raise Reject("malformed", f"{place} is not valid JSON: {_what(error)} at character {self._offset + error.pos + 1} of the file") from None
                end = -1  # maybe only cut off by the buffer's end
            except RecursionError:
                raise _too_deep(place) from None
            if end != -1 and (end < len(self._buffer) or self._eof):  # a number at the buffer's end may go on
                if has_undecodable(self._buffer[self._pos : end]):
                    raise _undecodable(place)
                self._pos = end
                return value
            if len(self._buffer) - self._pos > self._cap:
                raise too_large(self._cap, what=place)
            self._fill(max(CHUNK_CHARS, len(self._buffer) - self._pos))

    def _peek(self) -> str:
        """The next non-blank character, reading more as needed; "" at the end of the file."""
        while True:
            while self._pos < len(self._buffer) and self._buffer[self._pos].isspace():
                self._pos += 1
            if self._pos < len(self._buffer) or self._eof:
                return self._buffer[self._pos : self._pos + 1]
            self._fill(CHUNK_CHARS)

    def _expect(self, char: str, place: str) -> None:
        found = self._peek()
        if found != char:
            shown = repr(found) if found else "the end of the file"
            raise Reject("malformed", f"expected {char!r} before {place} but found {shown} at character {self._offset + self._pos + 1}; the file must be one JSON array of objects")
        self._pos += 1

    def _fill(self, size: int) -> None:
        more = self._text.read(size)
        self._eof = not more
        self._offset += self._pos
        self._buffer = self._buffer[self._pos :] + more
        self._pos = 0


# --- CSV ------------------------------------------------------------------------------------------

def iter_csv(stream: BinaryIO, head: bytes, source: str, options: IngestOptions, cap: int,
             delimiter: str | None = None) -> Iterator[RawArticle | Rejection]:
    """A header row naming the fields, then one document per row (the header is row 1)."""
    text = open_text(stream, head)
    delimiter = options.csv_delimiter or delimiter or _sniff_delimiter(head)
    csv.field_size_limit(max(csv.field_size_limit(), cap))  # the default 128 KiB would reject long articles
    lines = _CsvLines(iter_lines(text, cap))
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise Reject("empty", "the CSV file has no header row; the first row must name the fields") from None
    except csv.Error as error:
        raise Reject("malformed", f"the header row cannot be read as CSV: {error}") from None
    names = [name.strip() or f"column {index}" for index, name in enumerate(header, 1)]
    number = 1
    while True:
        number += 1
        place = f"row {number}"
        try:
            row = next(reader)
        except StopIteration:
            if number == 2:
                yield Rejection(source, "", "empty", "the CSV file has a header row but no data rows")
            return
        except csv.Error as error:  # a NUL byte, or a field over the size limit
            lines.oversized = False
            yield Rejection(source, place, "malformed", f"{place} cannot be read as CSV: {error}")
            continue
        oversized, lines.oversized = lines.oversized, False
        if not row and not oversized:
            continue  # a blank line
        try:
            item: RawArticle | Rejection = _row_article(row, names, oversized, source, place, options, cap, delimiter)
        except Reject as reject:
            item = reject.at(source, place)
        yield item


def _row_article(row: list[str], names: list[str], oversized: bool, source: str, place: str,
                 options: IngestOptions, cap: int, delimiter: str) -> RawArticle:
    if oversized:
        raise too_large(cap, what=place)
    if len(row) != len(names):
        raise Reject("malformed", f"{place} has {len(row)} field(s) but the header has {len(names)}; quote fields that contain the delimiter {delimiter!r}")
    if any(has_undecodable(value) for value in row):
        raise _undecodable(place)
    return record_to_article(dict(zip(names, row)), source, place, options, kind="csv")


def _sniff_delimiter(head: bytes) -> str:
    """The delimiter that splits the header line most often; ',' when none does."""
    header = head.decode("utf-8", errors="replace").lstrip("\ufeff").split("\n", 1)[0]
    counts = {delimiter: header.count(delimiter) for delimiter in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


class _CsvLines:
    """Feeds lines to csv.reader; a line over the byte cap is replaced by a blank line and flagged."""

    def __init__(self, lines: Iterator[tuple[int, str | None]]) -> None:
        self._lines = lines
        self.oversized = False

    def __iter__(self) -> "_CsvLines":
        return self

    def __next__(self) -> str:
        _, line = next(self._lines)
        if line is None:
            self.oversized = True
            return "\n"
        return line


# --- records -> articles --------------------------------------------------------------------------

def _what(error: json.JSONDecodeError) -> str:
    """The decoder's message without its own trailing "at" ("Invalid control character at"), which ours adds."""
    return re.sub(r"\s+at$", "", error.msg)


def record_to_article(record: Any, source: str, place: str, options: IngestOptions, kind: str = "jsonl") -> RawArticle:
    """One JSON object or CSV row as an article; mapped fields come out, everything else is metadata."""
    where = place or "the file"
    if not isinstance(record, dict):
        raise Reject("malformed", f"{where} is a JSON {_json_type(record)}, not an object; each record must be an object like {{\"text\": \"...\"}}")
    if _deeper_than(record, MAX_DEPTH):
        raise _too_deep(where)
    fields = _Fields(record)
    text_path = fields.find(options.text_field, "text")
    if text_path is None:
        looked = repr(options.text_field) if options.text_field else ", ".join(_CANDIDATES["text"])
        raise Reject("malformed", f"{where} has no text field (looked for {looked}); its fields are {', '.join(map(str, record)) or 'none'}; name the right one with --text-field")
    text = fields.take(text_path)
    if not isinstance(text, str):
        raise Reject("malformed", f"{where}: field {text_path!r} is a JSON {_json_type(text)}, not a string of article text")
    if not text.strip():
        raise Reject("empty", f"{where} has an empty {text_path!r} field; it needs the article's text")
    title = fields.take_text(options.title_field, "title")
    url = fields.take_text(options.url_field, "url")
    publisher = fields.take_text(options.publisher_field, "publisher")
    author = fields.take_text(options.author_field, "author")
    language = fields.take_text(options.language_field, "language")
    date_path = fields.find(options.date_field, "date")
    if options.date_field and date_path is None:
        # a mistyped name would store every article without its date, silently
        raise Reject("malformed", f"{where} has no field {options.date_field!r} (named by --date-field); its fields are "
                                  f"{', '.join(map(str, record)) or 'none'}")
    date_value = fields.take(date_path) if date_path else None
    id_path = fields.find(options.id_field, "id")
    id_value = fields.take(id_path) if id_path else None
    published = parse_date(date_value)
    metadata = fields.rest()
    if id_value is not None:
        metadata["id"] = id_value
    if date_value not in (None, "") and published is None:
        metadata["date_raw"] = date_value
    return RawArticle(
        text=text, source=source, place=place, url=url, title=title,
        publisher=publisher or options.publisher, author=author, published=published,
        language=language, source_kind=kind, metadata=metadata,
    )


class _Fields:
    """Looks up mapped fields in a record and remembers which were taken, so the rest is metadata."""

    def __init__(self, record: dict[str, Any]) -> None:
        self._record = record
        self._taken: list[str] = []

    def find(self, explicit: str | None, role: str) -> str | None:
        """The path of the field for a role: the one named, or the first usual name present
        (any letter case), preferring one that holds a value."""
        if explicit:
            return explicit if _get(self._record, explicit)[0] else None
        by_lower = {key.lower(): key for key in self._record if isinstance(key, str)}
        present = [by_lower[name] for name in _CANDIDATES[role] if name in by_lower]
        filled = [key for key in present if self._record[key] not in (None, "")]
        return (filled or present or [None])[0]

    def take(self, path: str) -> Any:
        self._taken.append(path)
        return _get(self._record, path)[1]

    def take_text(self, explicit: str | None, role: str) -> str | None:
        """A field as a string; a value that is no text (an object, say) stays in metadata."""
        path = self.find(explicit, role)
        if path is None:
            return None
        value = _as_text(_get(self._record, path)[1])
        if value is not None:
            self._taken.append(path)
        return value

    def rest(self) -> dict[str, Any]:
        record = self._record
        for path in self._taken:
            record = _without(record, path)
        return dict(record)


def _get(node: dict[str, Any], path: str) -> tuple[bool, Any]:
    """(found, value) for a key, or a dotted path into nested objects; a literal key wins."""
    if path in node:
        return True, node[path]
    head, dot, tail = path.partition(".")
    if dot and isinstance(node.get(head), dict):
        return _get(node[head], tail)
    return False, None


def _without(node: dict[str, Any], path: str) -> dict[str, Any]:
    """A copy of the record without one (dotted) field; objects left empty are dropped too."""
    if path in node:
        return {key: value for key, value in node.items() if key != path}
    head, dot, tail = path.partition(".")
    if not (dot and isinstance(node.get(head), dict)):
        return node
    copy = dict(node)
    child = _without(node[head], tail)
    if child:
        copy[head] = child
    else:
        del copy[head]
    return copy


def _as_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
        return ", ".join(item.strip() for item in value if item.strip()) or None  # several authors
    return None


def _deeper_than(value: Any, limit: int) -> bool:
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        children = node.values() if isinstance(node, dict) else node
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def _json_type(value: Any) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _too_deep(where: str) -> Reject:
    return Reject("malformed", f"{where} nests objects or arrays deeper than {MAX_DEPTH} levels; flatten the record")


def _undecodable(place: str) -> Reject:
    return Reject("undecodable", f"{place} holds bytes that are not valid in the file's text encoding; save the file as UTF-8")
