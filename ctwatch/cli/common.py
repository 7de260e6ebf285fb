"""What every `ctwatch` command shares: the Typer apps, consoles, common options and small helpers."""

from __future__ import annotations

import os
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..settings import load_settings

app = typer.Typer(
    name="ctwatch", no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
    help="Turn news reporting on militancy into a verified, structured, shareable database.",
)
db_app = typer.Typer(no_args_is_help=True, help="Database schema: migrations and status.")
app.add_typer(db_app, name="db")

out = Console()
err = Console(stderr=True)

DbOption = Annotated[Optional[str], typer.Option("--db", help="SQLite file or database URL [env: CTWATCH_DB; default: ctwatch.db]", show_default=False)]
DateOption = typer.Option(formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"])
EXIT_REJECTED = 1
EXIT_ERROR = 2

state = {"debug": False}


def open_db(db: str | None):
    from ..store.database import open_store

    settings = load_settings(db=db)
    return settings, open_store(settings.db)


def add_row(table: Table, *cells: str) -> None:
    """A row of text from the sources: brackets in it are text, not Rich markup."""
    table.add_row(*(escape(cell) for cell in cells))


def clip(value: str, width: int = 70) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def actor_text(perpetrator: str | None, associated: str | None) -> str:
    """The perpetrator column: 'Protesters (organised by Baloch Yakjehti Committee)' when an organisation is behind it."""
    return " ".join(x for x in (perpetrator, f"(organised by {associated})" if associated else None) if x)



def force_progress() -> bool:
    return os.environ.get("CTWATCH_PROGRESS") == "1"
