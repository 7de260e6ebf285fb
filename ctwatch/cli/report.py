"""`ctwatch report`: the monthly security report (PICSS/PIPS shape) as PDF, HTML or Markdown.

Loads the incidents the report needs (the month, the month before, and the threat score's and early
warning's look-back) and calls :mod:`ctwatch.analyse.report`; prints the path it wrote."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape

from ..errors import ConfigError
from .common import DbOption, app, open_db, out


@app.command("report")
def report(month: Annotated[str, typer.Option("--month", help="The month to report, as YYYY-MM (e.g. 2025-03).", show_default=False)],
           fmt: Annotated[str, typer.Option("--format", help="pdf, html or md.")] = "pdf",
           output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default: ctwatch-report-YYYY-MM.<format> in the working directory).", show_default=False)] = None,
           country: Annotated[str, typer.Option("--country", help="ISO code of the country to report, or 'all'.")] = "PK",
           db: DbOption = None) -> None:
    """The monthly security report: totals and change on the month before, killed and injured by side,
    provinces and districts with a district map, tactics, groups and claims, security operations,
    notable incidents with their sources, early warning and district threat."""
    from ..analyse.report import FORMATS, build_monthly_report, report_window, write_report
    from ..store.incidents import load_incidents

    since, until = report_window(month)  # a bad month stops here, before the database is opened
    fmt = fmt.strip().lower()
    if fmt not in FORMATS:
        raise ConfigError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    code = None if country.strip().lower() in ("all", "") else country.strip().upper()
    if code is not None and not (len(code) == 2 and code.isalpha()):
        raise ConfigError(f"--country takes a two-letter ISO code such as PK, or 'all', not {country!r}")
    _, store = open_db(db)
    try:
        with store.sessions() as session:
            incidents = load_incidents(session, since=since, until=until)
    finally:
        store.close()
    path = write_report(build_monthly_report(incidents, month, country=code), fmt, output)
    out.print(escape(str(path)), highlight=False, soft_wrap=True)
