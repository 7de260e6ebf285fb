"""Reading raw bytes safely: size cap, binary detection, decoding, and sniffing what format bytes are in."""

from __future__ import annotations

import codecs
import io
import re
from pathlib import Path
from typing import BinaryIO, Iterator, TextIO

import charset_normalizer

from .rejects import Reject, too_large

HEAD_BYTES = 64 * 1024  # enough to sniff a format or an encoding
_BOMS = (  # UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that never appear in text; tab, newlines, form feed and ESC do.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c\x1b") + b"\x7f"
_MAX_CONTROL_RATIO = 0.1
_UNDECODABLE = re.compile("[\udc80-\udcff]")  # bytes that errors="surrogateescape" could not decode
_XML_ROOT = re.compile(rb"(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:[\w.-]+:)?([\w.-]+)", re.S | re.I)
_FEED_ROOTS = {b"rss", b"feed", b"rdf"}


def read_file(path: Path, cap: int) -> bytes:
    """The whole file, refused before reading when its size is over the cap."""
    size = path.stat().st_size
    if size > cap:
        raise too_large(cap, size, "file")
    with path.open("rb") as stream:
        return read_capped(stream, cap)


def read_capped(stream: BinaryIO, cap: int) -> bytes:
    """Everything left in the stream, stopping one byte past the cap (pipes and special files have no size)."""
    chunks: list[bytes] = []
    total = 0
    while total <= cap:
        chunk = stream.read(cap + 1 - total)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > cap:
        raise too_large(cap)
    return b"".join(chunks)


def looks_binary(sample: bytes) -> bool:
    """NUL bytes or many control bytes: an image, archive, PDF or a UTF-16 file without its BOM."""
    if b"\0" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return bool(sample) and controls / len(sample) > _MAX_CONTROL_RATIO


def decode(data: bytes, declared: str | None = None) -> str:
    """Text from bytes: a BOM wins, then the declared charset (HTTP header, HTML meta), UTF-8, then a guess."""
    if not data.strip():
        raise Reject("empty", "the document is empty or holds only whitespace; it needs some text")
    text = _decode_with_bom(data)
    if text is None:
        if looks_binary(data[:HEAD_BYTES]):
            raise Reject("binary", "the document holds binary data (NUL or control bytes), not text; give a text, HTML, feed, JSON or CSV file")
        text = _decode_declared(data, declared) or _decode_utf8(data) or _decode_guess(data)
    if text is None:
        raise Reject("undecodable", "the bytes are in no text encoding that could be recognised; convert the file to UTF-8")
    if not text.strip():
        raise Reject("empty", "the document is empty or holds only whitespace; it needs some text")
    return text


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start announces, if there is one."""
    return next((encoding for bom, encoding in _BOMS if data.startswith(bom)), None)


def _decode_with_bom(data: bytes) -> str | None:
    encoding = bom_encoding(data)
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise Reject("undecodable", f"the file starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()}") from None


def _decode_declared(data: bytes, declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        return data.decode(declared)
    except (LookupError, UnicodeDecodeError):  # unknown charset name, or a server that lies
        return None


def _decode_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _decode_guess(data: bytes) -> str | None:
    encoding = guess_encoding(data)
    return data.decode(encoding, errors="replace") if encoding else None


def guess_encoding(data: bytes) -> str | None:
    """charset-normalizer's best guess; among equally good guesses prefer cp1252, the usual legacy news encoding."""
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        if match.encoding == "cp1252" and (match.chaos, match.coherence) == (best.chaos, best.coherence):
            return "cp1252"
    return best.encoding


def sniff_format(head: bytes) -> str:
    """``json``, ``feed``, ``html`` or ``text``, judged from the first bytes of a document."""
    start = head.removeprefix(codecs.BOM_UTF8).lstrip()
    if start[:1] in (b"{", b"["):
        return "json"
    if start[:1] != b"<":
        return "text"
    root = _XML_ROOT.match(start)
    return "feed" if root and root.group(1).lower() in _FEED_ROOTS else "html"


def peek_head(stream: BinaryIO) -> tuple[bytes, BinaryIO]:
    """The first bytes of a stream, and a stream that still starts at the beginning."""
    head = stream.read(HEAD_BYTES)
    if stream.seekable():
        stream.seek(0)
        return head, stream
    return head, io.BufferedReader(_Prefixed(head, stream))


class _Prefixed(io.RawIOBase):
    """Replays bytes already read from a pipe before the rest of it."""

    def __init__(self, prefix: bytes, rest: BinaryIO) -> None:
        self._prefix = prefix
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self._prefix:
            count = min(len(buffer), len(self._prefix))
            buffer[:count] = self._prefix[:count]
            self._prefix = self._prefix[count:]
            return count
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def open_text(stream: BinaryIO, head: bytes, guess: bool = True) -> TextIO:
    """A text stream for a corpus read line by line; bytes the encoding cannot decode show up as
    lone surrogates (see ``has_undecodable``) so one bad line rejects that line, not the file.

    The encoding is a BOM's, else UTF-8, else (with ``guess``; JSON must be UTF-8) a guess from the head.
    """
    encoding = bom_encoding(head)
    if encoding is None:
        encoding = "utf-8" if not guess or _is_utf8_prefix(head) else (guess_encoding(head) or "utf-8")
    return io.TextIOWrapper(stream, encoding=encoding, errors="surrogateescape", newline="")


def _is_utf8_prefix(head: bytes) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)  # the head may end mid-character
        return True
    except UnicodeDecodeError:
        return False


def has_undecodable(text: str) -> bool:
    return _UNDECODABLE.search(text) is not None


def iter_lines(text: TextIO, cap: int) -> Iterator[tuple[int, str | None]]:
    """(1-based line number, line) pairs; the line is None when it is longer than the cap (counted in
    decoded characters here), and is skipped without holding it in memory."""
    number = 0
    while line := text.readline(cap + 1):
        number += 1
        if len(line) > cap and not line.endswith(("\n", "\r")):
            while line and not line.endswith(("\n", "\r")):
                line = text.readline(HEAD_BYTES)
            yield number, None
        else:
            yield number, line
