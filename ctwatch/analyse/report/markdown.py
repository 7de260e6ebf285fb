"""The monthly report as Markdown."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..threat import DistrictThreat
from .model import MonthlyReport, pct

def _md(value: object) -> str:
    """Text for a Markdown table cell."""
    return re.sub(r"\s+", " ", str(value if value is not None else "")).replace("|", "\\|").strip()


def _md_table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]
    return lines + [""]


def render_markdown(report: MonthlyReport) -> str:
    r = report
    lines = [f"# {r.title} — {r.month_label}", "",
             f"**TLP:{r.tlp}** · period {r.period_start} to {r.period_end} · generated {r.generated_at:%Y-%m-%d %H:%M} by ctwatch", ""]
    lines += ["## Key findings", ""] + [f"- {_md(f)}" for f in r.findings] + [""]
    lines += ["## Summary and month-on-month change", ""]
    lines += _md_table(["Measure", r.month_label, r.previous_label, "Change", "Change %"],
                       [(c.measure.strip(), c.current, c.previous, c.delta_text, c.pct_text) for c in r.changes])
    if r.empty:
        lines += [r.empty_text, ""]
    lines += ["## Killed and injured by side", ""]
    lines += _md_table(["Side", "Killed in attacks", "Killed in operations", "Killed (all)", "Injured (all)",
                        f"Killed {r.previous_label}", "Change %"],
                       [(s.label, s.killed_in_attacks, s.killed_in_operations, s.killed, s.injured, s.previous_killed,
                         s.change.pct_text) for s in r.sides]
                       + [("Total", sum(s.killed_in_attacks for s in r.sides), sum(s.killed_in_operations for s in r.sides),
                           r.killed, r.injured, r.change("Killed (all incidents)").previous, r.change("Killed (all incidents)").pct_text)])
    lines += [f"Best figures. Reports range from {r.killed_range[0]} to {r.killed_range[1]} killed and "
              f"{r.injured_range[0]} to {r.injured_range[1]} injured; {r.conflicting_tolls} incident(s) had "
              "conflicting tolls.", ""]
    lines += ["## By province", ""]
    lines += (_md_table(["Province", "Attacks", "Killed", "Injured", "Foiled", "Operations", "Arrests",
                         f"Attacks {r.previous_label}"],
                        [(p.admin1, p.attacks, p.killed, p.injured, p.foiled, p.operations, p.arrested, p.previous_attacks)
                         for p in r.provinces]) if r.provinces else ["No incidents by province.", ""])
    lines += ["## By district", ""]
    lines += (_md_table(["Province", "District", "Attacks", "Killed", "Injured", "Foiled", "Operations", "Arrests"],
                        [(d.admin1, d.admin2, d.attacks, d.killed, d.injured, d.foiled, d.operations, d.arrested)
                         for d in r.districts]) if r.districts else ["No incidents by district.", ""])
    if r.more_districts:
        lines += [f"{r.more_districts} more district(s) not shown.", ""]
    lines += ["The district map and the charts are in the HTML and PDF formats of this report.", ""]
    lines += ["## By tactic", ""]
    lines += (_md_table(["Tactic", "Attacks", "Share", "Killed", "Injured"],
                        [(t.tactic, t.attacks, f"{100 * t.share:.0f}%", t.killed, t.injured) for t in r.tactics])
              if r.tactics else ["No attacks this month.", ""])
    lines += ["## By group", ""]
    lines += (_md_table(["Group (as reported)", "Attacks", "Claimed", "Killed", "Injured", "Provinces"],
                        [(g.group, g.attacks, g.claimed, g.killed, g.injured, ", ".join(g.provinces)) for g in r.groups])
              if r.groups else ["No attacks this month.", ""])
    lines += ["Attribution is by reporting: incidents have no claim field; 'Claimed' counts attacks whose reports "
              "say a group claimed responsibility.", ""]
    o = r.operations_summary
    lines += ["## Security operations", ""]
    lines += _md_table(["Measure", "Count"], [
        ("Security operations", o.operations), ("Attacks foiled", o.foiled), ("Arrests", o.arrested),
        ("Surrenders", o.surrendered), ("Seizures", o.seizures), ("Militants killed (all incidents)", o.militants_killed),
        ("Attacks foiled as share of attempted", pct(o.prevention_ratio))])
    if o.districts:
        lines += _md_table(["Province", "District", "Operations", "Foiled", "Attacks", "Arrests", "Surrenders",
                            "Seizures", "Militants killed"],
                           [(d.admin1, d.admin2, d.operations, d.foiled, d.attacks, d.arrested, d.surrendered,
                             d.seizures, d.militants_killed) for d in o.districts])
    lines += ["## Notable incidents", ""]
    if not r.notable:
        lines += ["None this month.", ""]
    for n in r.notable:
        lines += [f"### {n.number}. {sentence_case(_md(n.type))} — {_md(n.place)}, {n.date:%d %B %Y}", "",
                  f"- Perpetrator (as reported): {_md(n.perpetrator)}", f"- Toll: {_md(n.toll_text)}",
                  f"- Independent publishers: {n.corroboration}", "- Sources:"]
        lines += [f"  - {_md(s.publisher or 'publisher not recorded')}: {_md(s.title or 'untitled')}"
                  + (f" <{_md(s.url)}>" if s.url else "") for s in n.sources]
        lines.append("")
    lines += ["## Early warning", ""]
    lines += (_md_table(["Kind", "Unit", "Attacks (recent)", "Expected", "Ratio", "q"],
                        [(s.unit_kind, s.unit, s.recent, f"{s.expected:.1f}", f"{s.ratio:.1f}", f"{s.q_value:.3f}")
                         for s in r.warnings])
              if r.warnings else [f"No district or group flagged as of {r.period_end} ({r.warnings_tested} tested).", ""])
    lines += ["## District threat, top 10", ""]
    lines += (_md_table(["#", "District", "Province", "Score", "Main components", "Groups"],
                        [(k, t.admin2, t.admin1, f"{t.score:.1f}", threat_components(t), r.threat_groups(t))
                         for k, t in enumerate(r.threat, 1)])
              if r.threat else [f"No district scored as of {r.period_end}.", ""])
    lines += ["## Method and sources", ""] + [f"- {_md(m)}" for m in r.method] + [""]
    if r.publishers:
        lines += ["Publishers (incidents reported): " + _md(", ".join(f"{p} ({n})" for p, n in r.publishers)), ""]
    return "\n".join(lines)


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def threat_components(threat: DistrictThreat) -> str:
    parts = sorted(threat.components, key=lambda c: -c.contribution)
    return ", ".join(f"{c.name} {c.contribution:.1f}" for c in parts[:3] if c.contribution > 0)
