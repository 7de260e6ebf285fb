"""The monthly report as one self-contained HTML document, and as PDF (WeasyPrint)."""

from __future__ import annotations

import re
from pathlib import Path

from ...errors import ConfigError
from .charts import chart_daily, chart_sides, chart_tactics, district_map_svg
from .markdown import render_markdown, sentence_case, threat_components
from .model import FORMATS, TOP_THREAT, MonthlyReport, pct

TEMPLATE_PATH = Path(__file__).resolve().parents[2] / "data" / "templates" / "monthly-report.html.j2"

_TLP_COLOURS = {"CLEAR": "#ffffff", "GREEN": "#33ff00", "AMBER": "#ffc000", "AMBER+STRICT": "#ffc000", "RED": "#ff2b2b"}


def _css_string(text: str) -> str:
    """Text as the inside of a double-quoted CSS string."""
    return "".join(c if c.isalnum() or c in " .,:;·—–-()/+" else f"\\{ord(c):06x}" for c in str(text))


def _href(url: str | None) -> str | None:
    return url if url and re.match(r"https?://", url, re.IGNORECASE) else None





def render_html(report: MonthlyReport) -> str:
    """One self-contained HTML document: inline CSS, inline SVG charts and map, every source text escaped."""
    import jinja2
    from markupsafe import Markup

    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    env.filters["sentence"] = sentence_case
    r = report
    has_counted = not r.empty
    context = {
        "r": r,
        "headline": [("Attacks", r.change("Attacks")), ("Killed", r.change("Killed (all incidents)")),
                     ("Injured", r.change("Injured (all incidents)")), ("Attacks foiled", r.change("Attacks foiled")),
                     ("Security operations", r.change("Security operations"))],
        "daily_svg": chart_daily(r) if has_counted else None,
        "sides_svg": chart_sides(r) if (r.killed or r.injured) else None,
        "tactics_svg": chart_tactics(r) if r.tactics else None,
        "map_svg": district_map_svg(r),
        "prevention": pct(r.operations_summary.prevention_ratio),
        "components": threat_components, "href": _href, "top_threat": TOP_THREAT,
        "header_css": Markup(_css_string(f"ctwatch · {r.title} · {r.month_label}")),
        "generated_css": Markup(_css_string(f"{r.generated_at:%Y-%m-%d %H:%M}")),
        "tlp_colour": _TLP_COLOURS.get(r.tlp, "#ff2b2b"),
    }
    return env.from_string(TEMPLATE_PATH.read_text(encoding="utf-8")).render(**context)


def render_pdf(report: MonthlyReport, path: Path | str) -> Path:
    """The HTML rendered to an A4 PDF with WeasyPrint (page numbers, TLP marking in the header)."""
    import logging
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # "HarfBuzz-Subset will be required by future versions"
        from weasyprint import HTML

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    path = Path(path)
    HTML(string=render_html(report), base_url=None).write_pdf(str(path))
    return path


def default_output(report: MonthlyReport, fmt: str) -> Path:
    return Path.cwd() / f"ctwatch-report-{report.month}.{fmt}"


def write_report(report: MonthlyReport, fmt: str, output: Path | str | None = None) -> Path:
    """Write the report as ``fmt`` (pdf, html or md) to ``output``, by default
    ``ctwatch-report-YYYY-MM.<fmt>`` in the working directory; returns the path written."""
    fmt = (fmt or "").lower()
    if fmt not in FORMATS:
        raise ConfigError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    path = Path(output) if output else default_output(report, fmt)
    if not path.parent.is_dir():
        raise ConfigError(f"cannot write the report to {path}: folder {path.parent} does not exist")
    try:
        if fmt == "pdf":
            render_pdf(report, path)
        else:
            path.write_text(render_markdown(report) if fmt == "md" else render_html(report), encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"cannot write the report to {path}: {error}") from error
    return path
