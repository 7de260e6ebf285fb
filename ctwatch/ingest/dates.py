"""Publication dates as sources write them -> datetime, or None when the string is not a full date."""

from __future__ import annotations

from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

# Absolute dates only: "2 days ago" would depend on when ingest runs, and a bare year or month would
# be padded with today's day, so both stay unparsed (the caller keeps the raw string).
# Numbers are read day first ("10-03-2025", "10/03/2025" are 10 March), as South Asian and most non-US papers
# write them and as the extractor reads dates in the text (extract/dates.py).
_DATEPARSER_SETTINGS = {
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "DATE_ORDER": "DMY",
}


def parse_date(value: Any) -> datetime | None:
    """ISO 8601, RFC 2822 ("Tue, 03 Mar 2024 10:00:00 +0000") or a written date ("March 3, 2024")."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser  # slow to import, and most corpora use ISO dates

    try:
        return dateparser.parse(text, settings=_DATEPARSER_SETTINGS)
    except (ValueError, OverflowError):
        return None
