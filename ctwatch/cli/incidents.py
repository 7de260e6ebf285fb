"""Resolved incidents: listing, one incident with its sources, re-resolution, human merges and splits."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table

from .common import DateOption, DbOption, actor_text, add_row, app, clip, err, open_db, out

incident_app = typer.Typer(no_args_is_help=True, help="One incident: show it, merge, split, and revert those decisions.")
app.add_typer(incident_app, name="incident")

ReasonOption = Annotated[str, typer.Option("--reason", help="Why: kept with the decision in the audit log.")]


def run_resolution(store) -> None:
    from ..pipeline import resolve_stored_incidents

    summary = resolve_stored_incidents(store)
    out.print(f"resolved {summary.mentions} mention{'s' if summary.mentions != 1 else ''} into {summary.incidents} "
              f"incident{'s' if summary.incidents != 1 else ''} ({summary.created} new, {summary.updated} changed, "
              f"{summary.removed} gone)")
    if summary.outdated_articles:
        err.print(f"[yellow]note:[/yellow] {summary.outdated_articles} article(s) were extracted by an older extractor; "
                  "run `ctwatch extract` to bring their incident mentions (tolls by side, places) up to date")
    if summary.orphaned_decisions:
        err.print(f"[yellow]note:[/yellow] {summary.orphaned_decisions} merge/split decision(s) name mentions that are "
                  "no longer stored (re-extraction renumbered them): `ctwatch incident decisions` lists them")


@app.command()
def resolve(db: DbOption = None) -> None:
    """Re-resolve every stored incident mention into incidents (ingest and extract do this themselves)."""
    _, store = open_db(db)
    run_resolution(store)
    store.close()


@app.command()
def incidents(
    db: DbOption = None,
    since: Annotated[Optional[datetime], DateOption] = None,
    until: Annotated[Optional[datetime], DateOption] = None,
    admin1: Annotated[Optional[str], typer.Option(help="Only this province or state.")] = None,
    admin2: Annotated[Optional[str], typer.Option(help="Only this district.")] = None,
    kind: Annotated[Optional[str], typer.Option("--type", help="Only this ACLED sub-event type, e.g. 'Suicide bomb'.")] = None,
    perpetrator: Annotated[Optional[str], typer.Option(help="Only this perpetrator (knowledge-base id or name).")] = None,
    min_sources: Annotated[int, typer.Option(min=1, help="Only incidents reported by at least this many independent publishers.")] = 1,
    limit: Annotated[int, typer.Option(min=1)] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print the incidents (full records) as one JSON list (--limit applies).")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print ACLED-style CSV rows, one per incident (--limit applies).")] = False,
) -> None:
    """List resolved incidents, newest first: one row per incident, however many articles report it."""
    from ..store.incidents import list_incidents

    _, store = open_db(db)
    with store.sessions() as session:
        rows, total = list_incidents(session, since=since.date() if since else None, until=until.date() if until else None,
                                     admin1=admin1, admin2=admin2, sub_event_type=kind, perpetrator=perpetrator,
                                     min_sources=min_sources, limit=limit)
        if as_json or as_csv:
            if as_json:
                sys.stdout.write(json.dumps([r.data for r in rows]) + "\n")
            else:
                write_incidents_csv([r.data for r in rows], sys.stdout)
            store.close()
            return
        table = Table(title=f"{total} incident{'s' if total != 1 else ''}", title_justify="left")
        for column in ("id", "date", "type", "perpetrator", "place", "killed", "injured", "sources", "publishers"):
            table.add_column(column, overflow="fold")
        for r in rows:
            add_row(table, r.uid[:8], r.event_date.isoformat() if r.event_date else "", r.acled_sub_event_type or "",
                    actor_text(r.perpetrator, r.associated), ", ".join(x for x in (r.location, r.admin2, r.admin1) if x),
                    _toll_text(r.data["killed"].get("total")), _toll_text(r.data["injured"].get("total")),
                    str(r.sources), str(r.corroboration))
    store.close()
    out.print(table)


CSV_COLUMNS = ("incident_id", "event_date", "time_precision", "event_type", "sub_event_type", "gtd_attack_type",
               "status", "actor1", "actor1_id", "assoc_actor_1", "target", "country", "admin1", "admin2", "location",
               "latitude", "longitude", "geo_precision", "fatalities", "fatalities_low", "fatalities_high",
               "killed_security", "killed_civilian", "killed_militant", "injured", "arrested", "sources", "publishers",
               "source_urls", "tlp")


def write_incidents_csv(records: list[dict], stream) -> None:
    """Incidents as CSV with ACLED's column names where ACLED has one; fatalities are the best figures."""
    import csv

    def figure(tolls: dict, side: str, which: str = "best"):
        return tolls.get(side, {}).get(which, "")

    writer = csv.writer(stream)
    writer.writerow(CSV_COLUMNS)
    for d in records:
        writer.writerow([d["uid"], d["date"] or "", d["time_precision"] or "", d["acled_event_type"] or "",
                         d["acled_sub_event_type"] or "", d["gtd_attack_type"] or "", d["status"], d["perpetrator"] or "",
                         d["perpetrator_id"] or "", d.get("associated") or "", d["target_category"] or "",
                         d["country"] or "", d["admin1"] or "", d["admin2"] or "", d["location"] or "",
                         d["lat"] if d["lat"] is not None else "", d["lon"] if d["lon"] is not None else "",
                         d["geo_precision"] or "",
                         figure(d["killed"], "total"), figure(d["killed"], "total", "low"),
                         figure(d["killed"], "total", "high"), figure(d["killed"], "security"),
                         figure(d["killed"], "civilian"), figure(d["killed"], "militant"), figure(d["injured"], "total"),
                         d["arrested"] if d["arrested"] is not None else "", len({s["article_id"] for s in d["sources"]}),
                         d["corroboration"], " ".join(sorted({s["url"] for s in d["sources"] if s["url"]})), d["tlp"]])


def _toll_text(toll: dict | None) -> str:
    if not toll:
        return ""
    if toll["low"] == toll["high"]:
        return str(toll["best"])
    return f"{toll['best']} ({toll['low']}–{toll['high']})"


@incident_app.command("show")
def show_incident(incident_id: Annotated[str, typer.Argument(help="Incident uid or its first 6+ characters.")],
                  db: DbOption = None) -> None:
    """One incident: its fields, tolls by side with the conflicting reports, and every source sentence."""
    from ..store.incidents import get_incident

    _, store = open_db(db)
    with store.sessions() as session:
        record = get_incident(session, incident_id)
        data = record.data
    store.close()
    out.print(f"[bold]Incident {record.uid}[/bold] ({data['status']}, TLP:{data['tlp']}, owner {escape(data['org'])})")
    where = ", ".join(x for x in (data["location"], data["admin2"], data["admin1"], data["country"]) if x)
    fields = [("type", f"{data['acled_event_type'] or ''} / {data['acled_sub_event_type'] or ''}"),
              ("GTD attack type", data["gtd_attack_type"] or ""), ("perpetrator", data["perpetrator"] or "unknown"),
              ("organised by", data.get("associated") or ""),  # incidents resolved before 0005 have no such key
              ("target", data["target_category"] or ""),
              ("place", f"{where} (geo precision {data['geo_precision']})" if where else "unknown"),
              ("date", f"{data['date']} (time precision {data['time_precision']})" if data["date"] else "unknown"),
              ("arrested", "" if data["arrested"] is None else str(data["arrested"])),
              ("sources", f"{len({s['article_id'] for s in data['sources']})} articles, "
                          f"{data['corroboration']} independent publisher{'s' if data['corroboration'] != 1 else ''}")]
    for name, value in fields:
        if value:
            out.print(f"  {name}: {escape(value)}", highlight=False)
    publishers = {s["article_id"]: s["publisher"] or f"article {s['article_id']}" for s in data["sources"]}
    for label, tolls in (("killed", data["killed"]), ("injured", data["injured"])):
        for side, toll in tolls.items():
            said = [f"{publishers.get(a, f'article {a}')} {n}" for a, n in zip(toll.get("articles", ()), toll["reports"])]
            conflict = f" — reports disagree: {escape(', '.join(said or map(str, toll['reports'])))}" \
                if len(set(toll["reports"])) > 1 else ""
            if side == "total" and toll["reports"] and toll["best"] > max(toll["reports"]):
                conflict += " (the sides' figures add up to more than any report of the total)"
            out.print(f"  {label} ({side}): {_toll_text(toll)}{conflict}", highlight=False)
    out.print("[bold]Sources[/bold]")
    taken = {}
    for name, uid in data.get("provenance", {}).items():
        taken.setdefault(uid, []).append(name)
    for s in data["sources"]:
        fields_from = f" · gives {', '.join(taken[s['mention_uid']])}" if s["mention_uid"] in taken else ""
        out.print(f"  mention {s['mention_uid'][:8]} · article {s['article_id']} · {escape(s['publisher'] or 'unknown publisher')}"
                  f" · {(s['published_at'] or '')[:10]}{fields_from}", highlight=False)
        out.print(f"     {escape(clip(s['sentence'], 110))!r}", highlight=False)


@incident_app.command("merge")
def merge(incident_ids: Annotated[list[str], typer.Argument(help="Two or more incident uids (or 6+ character prefixes).")],
          reason: ReasonOption, db: DbOption = None) -> None:
    """Merge incidents into one; later resolution runs keep them together until the decision is reverted."""
    from ..pipeline import actor_name
    from ..store.incidents import merge_incidents

    _, store = open_db(db)
    with store.transaction() as session:
        decision = merge_incidents(session, incident_ids, actor_name("incident merge"), reason)
    store.close()
    out.print(f"merged {len(incident_ids)} incidents (decision {decision.uid[:8]}; undo with "
              f"`ctwatch incident revert {decision.uid[:8]} --reason ...`)")


@incident_app.command("split")
def split(incident_id: Annotated[str, typer.Argument(help="The incident to split.")],
          mentions: Annotated[list[str], typer.Option("--mention", help="A source mention to take out (uid prefix as `incident show` lists it); repeatable.")],
          reason: ReasonOption, db: DbOption = None) -> None:
    """Take some source mentions out of an incident; they never rejoin its other sources until reverted."""
    from ..pipeline import actor_name
    from ..store.incidents import split_incident

    _, store = open_db(db)
    with store.transaction() as session:
        decision = split_incident(session, incident_id, mentions, actor_name("incident split"), reason)
    store.close()
    out.print(f"split {len(decision.groups[0])} mention(s) off (decision {decision.uid[:8]}; undo with "
              f"`ctwatch incident revert {decision.uid[:8]} --reason ...`)")


@incident_app.command("revert")
def revert(decision_id: Annotated[str, typer.Argument(help="Decision uid or prefix, from `ctwatch incident decisions`.")],
           reason: ReasonOption, db: DbOption = None) -> None:
    """Revert a merge or split; the decision is kept, marked reverted, and incidents are re-resolved."""
    from ..pipeline import actor_name
    from ..store.incidents import revert_decision

    _, store = open_db(db)
    with store.transaction() as session:
        decision = revert_decision(session, decision_id, actor_name("incident revert"), reason)
    store.close()
    out.print(f"reverted {decision.kind} {decision.uid[:8]}")


@incident_app.command("decisions")
def decisions(db: DbOption = None) -> None:
    """Every merge and split people made, standing or reverted, with who and why."""
    from ..store.incidents import list_decisions, orphaned_decisions

    _, store = open_db(db)
    with store.sessions() as session:
        orphaned = {d.uid for d in orphaned_decisions(session)}
        table = Table(title="Resolution decisions", title_justify="left")
        for column in ("id", "kind", "when", "who", "why", "mentions", "reverted"):
            table.add_column(column, overflow="fold")
        for d in list_decisions(session):
            add_row(table, d.uid[:8], d.kind, f"{d.created_at:%Y-%m-%d %H:%M}", d.actor, d.reason,
                    " | ".join(str(len(g)) for g in d.groups) + (" (some no longer stored)" if d.uid in orphaned else ""),
                    f"{d.reverted_at:%Y-%m-%d} by {d.reverted_by}: {d.revert_reason}" if d.reverted_at else "")
    store.close()
    out.print(table)
