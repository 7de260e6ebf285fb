from datetime import datetime

import pytest

from ctwatch.ingest.dates import parse_date


@pytest.mark.parametrize("written", ["10-03-2025", "10.03.2025", "10/03/2025"])
def test_numeric_dates_are_read_day_first(written):
    # as Pakistani papers write them, and as the extractor reads dates in the text
    assert parse_date(written).date() == datetime(2025, 3, 10).date()


def test_written_and_iso_dates_are_unambiguous():
    assert parse_date("March 10, 2025").date() == datetime(2025, 3, 10).date()
    assert parse_date("2025-03-10") == datetime(2025, 3, 10)
    assert parse_date("13/03/2025").date() == datetime(2025, 3, 13).date()
