"""The `ctwatch` command: parses arguments, calls the library, turns ctwatch errors into clear messages.

Commands live in modules by subject (core, incidents, analyse, report); each registers on the one Typer app.
"""

from __future__ import annotations

import sys

from rich.markup import escape

from ..errors import CtwatchError
from . import analyse, core, incidents, report  # noqa: F401  (registers the commands)
from .common import EXIT_ERROR, app, err, state

__all__ = ["app", "main"]


def main() -> None:
    try:
        app()
    except CtwatchError as error:
        if state["debug"]:
            raise
        err.print(f"[red]error:[/red] {escape(str(error))}", highlight=False)
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        err.print("interrupted: every article stored so far is complete; run the same command again to finish")
        sys.exit(130)
    except Exception as error:  # the promise: no traceback unless asked for
        if state["debug"]:
            raise
        err.print(f"[red]error:[/red] unexpected {error.__class__.__name__}: {escape(str(error))} (run with --debug for the traceback)",
                  highlight=False)
        sys.exit(EXIT_ERROR)
