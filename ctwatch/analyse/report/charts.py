"""The monthly report's charts (matplotlib, as SVG text) and district map."""

from __future__ import annotations

import io
import re

from ..district_map import render_district_map
from .model import MonthlyReport

_COLOURS = {"attack": "#b2182b", "foiled": "#f4a582", "operation": "#2166ac",
            "security": "#2166ac", "civilian": "#d6604d", "militant": "#4d4d4d", "unknown": "#bababa"}


def _svg_of(figure, salt: str) -> str:
    import matplotlib

    with matplotlib.rc_context({"svg.hashsalt": salt, "svg.fonttype": "path"}):
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": "ctwatch"})
    return _inline_svg(buffer.getvalue())


def _inline_svg(svg: str) -> str:
    """An SVG document as an element to put inside HTML: no XML declaration, doctype or metadata."""
    svg = re.sub(r"^\s*<\?xml[^>]*\?>\s*", "", svg)
    svg = re.sub(r"<!DOCTYPE[^>]*>\s*", "", svg)
    return re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.DOTALL)


def _figure(width: float, height: float):
    from matplotlib.figure import Figure  # no pyplot: no backend or global state is touched

    figure = Figure(figsize=(width, height), layout="constrained")
    figure.patch.set_facecolor("white")
    return figure


def _style(axes) -> None:
    for spine in ("top", "right"):
        axes.spines[spine].set_visible(False)
    axes.tick_params(labelsize=8)
    axes.grid(axis="both", color="#e0e0e0", linewidth=0.6)
    axes.set_axisbelow(True)


def chart_daily(report: MonthlyReport) -> str:
    from matplotlib.ticker import MaxNLocator

    figure = _figure(7.0, 2.3)
    axes = figure.add_subplot()
    days = [d.day.day for d in report.daily]
    bottom = [0] * len(days)
    for kind, label in (("attack", "Attacks"), ("foiled", "Foiled"), ("operation", "Security operations")):
        values = [getattr(d, {"attack": "attacks", "foiled": "foiled", "operation": "operations"}[kind]) for d in report.daily]
        axes.bar(days, values, bottom=bottom, color=_COLOURS[kind], label=label, width=0.8)
        bottom = [b + v for b, v in zip(bottom, values)]
    axes.set_xlim(0.4, len(days) + 0.6)
    axes.set_xticks(range(1, len(days) + 1, 2 if len(days) > 16 else 1))
    axes.set_xlabel(f"Day of {report.month_label}", fontsize=8)
    axes.set_ylabel("Incidents", fontsize=8)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylim(0, max(max(bottom, default=0), 1) * 1.15)
    _style(axes)
    axes.grid(axis="x", visible=False)
    axes.legend(fontsize=7.5, frameon=False, ncols=3, loc="upper left")
    return _svg_of(figure, "ctwatch-daily")


def chart_sides(report: MonthlyReport) -> str:
    figure = _figure(7.0, 2.1)
    axes = figure.add_subplot()
    rows = list(report.sides)[::-1]
    labels = [s.label for s in rows]
    positions = range(len(rows))
    axes.barh([p + 0.2 for p in positions], [s.killed for s in rows], height=0.4, color=[_COLOURS[s.side] for s in rows],
              label="Killed")
    axes.barh([p - 0.2 for p in positions], [s.injured for s in rows], height=0.4, color=[_COLOURS[s.side] for s in rows],
              alpha=0.4, label="Injured")
    top = max([s.killed for s in rows] + [s.injured for s in rows] + [1])
    for p, s in zip(positions, rows):
        axes.text(s.killed + top * 0.01, p + 0.2, f"{s.killed} killed", va="center", fontsize=7.5)
        axes.text(s.injured + top * 0.01, p - 0.2, f"{s.injured} injured", va="center", fontsize=7.5, color="#555555")
    _finish_bars(axes, list(positions), labels, top * 1.2, "People (best figures)")
    return _svg_of(figure, "ctwatch-sides")


def chart_tactics(report: MonthlyReport) -> str:
    rows = list(report.tactics)[::-1]
    figure = _figure(7.0, max(1.4, 0.3 * len(rows) + 0.7))
    axes = figure.add_subplot()
    axes.barh(range(len(rows)), [t.attacks for t in rows], color=_COLOURS["attack"], height=0.6)
    top = max([t.attacks for t in rows] + [1])
    for p, t in enumerate(rows):
        axes.text(t.attacks + top * 0.01, p, f"{t.attacks} ({t.killed} killed)", va="center", fontsize=7.5)
    _finish_bars(axes, list(range(len(rows))), [t.tactic for t in rows], top * 1.25, "Attacks")
    return _svg_of(figure, "ctwatch-tactics")


def _finish_bars(axes, positions: list, labels: list[str], limit: float, xlabel: str) -> None:
    """Labels, integer ticks and the house style of a horizontal bar chart."""
    from matplotlib.ticker import MaxNLocator

    axes.set_yticks(positions, labels)
    axes.set_xlim(0, limit)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    _style(axes)
    axes.grid(axis="y", visible=False)
    axes.set_xlabel(xlabel, fontsize=8)


def district_map_svg(report: MonthlyReport, width: int = 640) -> str | None:
    """The district map of attacks (inline SVG), or None when no attack is in a Pakistani district."""
    if not report.map_values and not report.map_points:
        return None
    return _inline_svg(render_district_map(report.map_values, points=report.map_points, width=width,
                                           legend_label=f"Attacks, {report.month_label}"))
