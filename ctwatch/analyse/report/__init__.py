"""The monthly security report, in the shape of the PICSS/PIPS monthly security reports.

:func:`build_monthly_report` is pure: from every incident it is given (it picks the month, the
month before for the change, and the weeks before for the threat score and early warning) it
computes a :class:`MonthlyReport`. Three renderers turn the report into Markdown, one
self-contained HTML document (inline CSS, inline SVG charts and district map) and an A4 PDF
(WeasyPrint from the HTML). :func:`write_report` writes one of them, by default to
``ctwatch-report-YYYY-MM.<md|html|pdf>`` in the working directory.

Definitions (also printed in the report's method note and in ``docs/report.md``):

* an *attack* is an incident executed by a non-state or unknown actor, a *foiled attack* one stopped
  before it harmed, a *security operation* an arrest, seizure, surrender or state-initiated fight
  (:func:`ctwatch.analyse.stats.role`); protests, riots and political developments are left out;
* an incident's figure for a side is its *best* figure (the median report); its total is the larger
  of its reported total and the sum of its sides, and the part of a total given to no side counts as
  *unidentified*, so the sides add up to the total.

The package: ``model`` builds the report, ``markdown``, ``charts`` and ``html`` render it (the HTML
template is ``ctwatch/data/templates/monthly-report.html.j2``).
"""

from .html import default_output, render_html, render_pdf, write_report
from .markdown import render_markdown
from .model import FORMATS, MonthlyReport, build_monthly_report, month_name, parse_month, report_window

__all__ = ["FORMATS", "MonthlyReport", "build_monthly_report", "default_output", "month_name", "parse_month",
           "render_html", "render_markdown", "render_pdf", "report_window", "write_report"]
