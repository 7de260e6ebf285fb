"""Analysis commands: `ctwatch stats …` (counts, hotspots, operations, early warning, threat, development
priority) and `ctwatch alerts …` (check rules, list, acknowledge). Each only loads incidents and calls
:mod:`ctwatch.analyse`; ``--json`` prints one JSON document for scripts."""

from __future__ import annotations

import dataclasses
import json
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table

from ..errors import ConfigError
from .common import DateOption, DbOption, add_row, app, err, open_db, out

stats_app = typer.Typer(no_args_is_help=True, help="Statistics over resolved incidents: counts, hotspots, operations, early warning, threat.")
alerts_app = typer.Typer(no_args_is_help=True, help="Watch rules and their alerts: check, list, acknowledge.")
app.add_typer(stats_app, name="stats")
app.add_typer(alerts_app, name="alerts")

SinceOption = Annotated[Optional[datetime], DateOption]
JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON document instead of a table.")]
AsOfOption = Annotated[Optional[datetime], typer.Option("--as-of", formats=["%Y-%m-%d"], help="Evaluate as of this day [default: today].")]


def _incidents(db: str | None, since: datetime | None = None, until: datetime | None = None, **filters):
    from ..store.incidents import load_incidents

    _, store = open_db(db)
    with store.sessions() as session:
        incidents = load_incidents(session, since=since.date() if since else None, until=until.date() if until else None,
                                   **filters)
    store.close()
    return incidents


def _emit(rows: list[dict], title: str, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(rows, default=str) + "\n")
        return
    table = Table(title=title, title_justify="left")
    for column in (rows[0] if rows else {"(none)": ""}):
        table.add_column(column, overflow="fold")
    for row in rows:
        add_row(table, *("" if v is None else f"{v:.2f}" if isinstance(v, float) else str(v) for v in row.values()))
    out.print(table)


def _as_of(value: datetime | None) -> date:
    return value.date() if value else date.today()


@stats_app.command("counts")
def counts(db: DbOption = None, by: Annotated[str, typer.Option(help="Comma-separated: period, perpetrator, country, admin1, admin2, event_type, sub_event_type, tactic, role.")] = "period,admin1",
           period: Annotated[str, typer.Option(help="day, week, month or year.")] = "month",
           since: SinceOption = None, until: SinceOption = None,
           admin1: Annotated[Optional[str], typer.Option(help="Only this province.")] = None,
           perpetrator: Annotated[Optional[str], typer.Option(help="Only this group (id or name).")] = None,
           as_json: JsonOption = False) -> None:
    """Incidents and deaths/injuries (best figures, by side) per period × group × place × type."""
    from ..analyse.stats import tally

    dims = [d.strip() for d in by.split(",") if d.strip()]
    try:
        rows = tally(_incidents(db, since, until, admin1=admin1, perpetrator=perpetrator), dims, period)
    except ValueError as error:
        raise ConfigError(str(error)) from None
    _emit([{**dict(zip(dims, r.key)), "incidents": r.incidents, "killed": r.killed, "injured": r.injured,
            "killed_security": r.killed_security, "killed_civilian": r.killed_civilian,
            "killed_militant": r.killed_militant} for r in rows], f"Incidents by {', '.join(dims)}", as_json)


@stats_app.command("hotspots")
def hotspots(db: DbOption = None, since: SinceOption = None, until: SinceOption = None,
             top: Annotated[int, typer.Option(min=1)] = 10, as_json: JsonOption = False) -> None:
    """Districts with the most attacks executed (then deaths), with a mean position for mapping."""
    from ..analyse.stats import hotspots as find_hotspots

    _emit(find_hotspots(_incidents(db, since, until), top), "Hotspots (attacks executed)", as_json)


@stats_app.command("operations")
def operations(db: DbOption = None, since: SinceOption = None, until: SinceOption = None,
               gaps: Annotated[bool, typer.Option("--gaps", help="Only coverage gaps: attacks reported, no operation or foiled attack.")] = False,
               as_json: JsonOption = False) -> None:
    """Security operations (arrests, surrenders, seizures, militants killed, attacks foiled) against attacks executed, per district."""
    from ..analyse.stats import coverage_gaps, operations_balance

    incidents = _incidents(db, since, until)
    rows = coverage_gaps(incidents) if gaps else operations_balance(incidents)
    _emit([{**dataclasses.asdict(r), "prevention_ratio": r.prevention_ratio} for r in rows],
          "Coverage gaps" if gaps else "Operations against attacks", as_json)


@stats_app.command("early-warning")
def early_warning_command(db: DbOption = None, as_of: AsOfOption = None,
                          everything: Annotated[bool, typer.Option("--all", help="Also units that are not flagged.")] = False,
                          as_json: JsonOption = False) -> None:
    """Districts and groups whose recent attacks rise significantly above their own baseline (Poisson test, FDR-controlled)."""
    from ..analyse.trends import early_warning

    signals = early_warning(_incidents(db), _as_of(as_of))
    _emit([dataclasses.asdict(s) for s in signals if everything or s.flagged],
          f"Early warning as of {_as_of(as_of)}", as_json)


@stats_app.command("threat")
def threat(db: DbOption = None, as_of: AsOfOption = None,
           explain: Annotated[Optional[str], typer.Option(help="Show one district's components and top incidents ('Quetta' or 'Aurangabad, Bihar').")] = None,
           window: Annotated[Optional[int], typer.Option(min=1, help="Window in days [default from data/analysis.yaml].")] = None,
           as_json: JsonOption = False) -> None:
    """District threat scores, each a sum of weighted components that `--explain` lays out."""
    from ..analyse.threat import district_threat_scores

    scores = district_threat_scores(_incidents(db), _as_of(as_of), window_days=window)
    if explain:
        district, _, province = (part.strip() for part in explain.partition(","))
        chosen = [s for s in scores if s.admin2.casefold() == district.casefold()
                  and (not province or (s.admin1 or "").casefold() == province.casefold())]
        if not chosen:
            raise ConfigError(f"no threat score for district {explain!r} as of {_as_of(as_of)} "
                              f"(scored: {', '.join(s.admin2 for s in scores[:10]) or 'none'})")
        if len(chosen) > 1:
            raise ConfigError(f"{len(chosen)} districts are called {district!r}: say which, e.g. "
                              f"--explain '{district}, {chosen[0].admin1}'")
        if as_json:
            sys.stdout.write(json.dumps(chosen[0].as_dict()) + "\n")
            return
        score = chosen[0]
        out.print(f"[bold]{escape(score.admin2)}, {escape(score.admin1 or '')}[/bold]: threat score {score.score:.2f}")
        _emit([{"component": c.name, "value": c.value, "weight": c.weight, "contribution": c.contribution}
               for c in score.components], "Components", False)
        out.print("groups: " + escape(", ".join(score.groups) or "none identified"))
        _emit([{"incident": uid[:8], "contribution": v} for uid, v in score.top_incidents], "Incidents that weigh most", False)
        return
    _emit([{"rank": n, "admin2": s.admin2, "admin1": s.admin1, "score": s.score,
            **{c.name: c.contribution for c in s.components}} for n, s in enumerate(scores, 1)],
          f"District threat scores as of {_as_of(as_of)}", as_json)


@stats_app.command("priority")
def priority(indicators: Annotated[Path, typer.Option(help="CSV with a district column and numeric indicator columns.")],
             indicator: Annotated[str, typer.Option(help="The indicator column to rank need by.")],
             db: DbOption = None, as_of: AsOfOption = None,
             lower_is_worse: Annotated[bool, typer.Option(help="For indicators such as literacy, where less is worse.")] = False,
             as_json: JsonOption = False) -> None:
    """Rank high-risk districts for development work: threat score and a socio-economic indicator you supply."""
    from ..analyse.stats import development_priority, read_indicators
    from ..analyse.threat import district_threat_scores

    table = read_indicators(indicators)
    columns = sorted({name for values in table.values() for name in values})
    if indicator not in columns:
        raise ConfigError(f"{indicators} has no indicator column {indicator!r}; its columns: {', '.join(columns) or 'none'}")
    threat_rows = [s.as_dict() for s in district_threat_scores(_incidents(db), _as_of(as_of))]
    _emit(development_priority(threat_rows, table, indicator, higher_is_worse=not lower_is_worse),
          f"Development priority by threat and {indicator}", as_json)


@alerts_app.command("check")
def alerts_check(db: DbOption = None,
                 rules: Annotated[Optional[str], typer.Option(help="Watch-rules YAML [env: CTWATCH_WATCH_RULES].")] = None,
                 as_of: AsOfOption = None,
                 replay_from: Annotated[Optional[datetime], typer.Option("--replay-from", formats=["%Y-%m-%d"], help="Check as of every day from this one to --as-of, as daily checks would have.")] = None,
                 deliver: Annotated[bool, typer.Option("--deliver/--no-deliver", help="Send e-mails and webhooks.")] = True) -> None:
    """Evaluate the watch rules on the stored incidents; store, deliver and print the new alerts."""
    from ..pipeline import check_watch_rules

    settings, store = open_db(db)
    outcomes = check_watch_rules(store, settings, rules_path=rules, as_of=as_of.date() if as_of else None,
                                 replay_from=replay_from.date() if replay_from else None, deliver=deliver)
    store.close()
    out.print(f"{len(outcomes)} new alert{'s' if len(outcomes) != 1 else ''}")
    for o in outcomes:
        sent = ", ".join(f"{r.channel} {'ok' if r.ok else 'FAILED: ' + r.detail}" for r in o.deliveries)
        out.print(f"  [{o.severity}] {escape(o.title)} ({o.uid[:8]})" + (f" → {escape(sent)}" if sent else ""), highlight=False)


@alerts_app.command("list")
def alerts_list(db: DbOption = None,
                everything: Annotated[bool, typer.Option("--all", help="Include acknowledged alerts.")] = False,
                limit: Annotated[int, typer.Option(min=1)] = 50, as_json: JsonOption = False) -> None:
    """Alerts, newest first (unacknowledged only unless --all)."""
    from ..store.alerts import list_alerts

    _, store = open_db(db)
    with store.sessions() as session:
        rows = [{"id": a.uid[:8], "created": f"{a.created_at:%Y-%m-%d %H:%M}", "severity": a.severity, "title": a.title,
                 "incidents": len(a.incident_uids),
                 "delivered": ", ".join(f"{d['channel']} {'ok' if d['ok'] else 'failed'}" for d in a.deliveries),
                 "acknowledged": f"{a.acknowledged_at:%Y-%m-%d} by {a.acknowledged_by}" if a.acknowledged_at else ""}
                for a in list_alerts(session, include_acknowledged=everything, limit=limit)]
    store.close()
    _emit(rows, "Alerts", as_json)


@alerts_app.command("ack")
def alerts_ack(alert_id: Annotated[str, typer.Argument(help="Alert id (or prefix) from `ctwatch alerts list`.")],
               note: Annotated[str, typer.Option(help="What was done about it.")] = "", db: DbOption = None) -> None:
    """Acknowledge an alert (recorded with who, when and the note)."""
    from ..pipeline import actor_name
    from ..store.alerts import acknowledge

    _, store = open_db(db)
    with store.transaction() as session:
        record = acknowledge(session, alert_id, actor_name("alerts ack"), note)
        title = record.title
    store.close()
    out.print(f"acknowledged: {escape(title)}")


@app.command("network")
def network(db: DbOption = None, since: SinceOption = None, until: SinceOption = None,
            output: Annotated[Optional[Path], typer.Option(help="Write the graph: .graphml, .gexf or .json (by suffix).")] = None,
            top: Annotated[int, typer.Option(min=1, help="Actors to list by centrality.")] = 15,
            compare: Annotated[Optional[tuple[str, str]], typer.Option(help="Two months YYYY-MM: relations that appeared, disappeared or changed, and centrality shifts.")] = None,
            as_json: JsonOption = False) -> None:
    """The actor network: hostile, allied, splinter, branch and claim relations with evidence, co-location, shared targets."""
    from ..analyse.network import build_network, centrality, network_change, write_graph
    from ..store.incidents import load_incidents
    from ..store.relations import relation_evidence

    if compare and (since or until or output):
        raise ConfigError("--compare takes its own two months: leave out --since, --until and --output with it")
    _, store = open_db(db)
    with store.sessions() as session:
        incidents, evidence = load_incidents(session), relation_evidence(session)
    store.close()
    if compare:
        change = network_change(incidents, evidence, _month_range(compare[0]), _month_range(compare[1]))
        if as_json:
            sys.stdout.write(json.dumps(change, default=str) + "\n")
            return
        for key in ("appeared", "disappeared", "changed"):
            _emit(change[key], f"Relations that {key} from {compare[0]} to {compare[1]}", False)
        _emit(change["centrality"][:top], "Centrality change", False)
        return
    graph = build_network(incidents, evidence, since=since.date() if since else None, until=until.date() if until else None)
    if output:
        try:
            write_graph(graph, output)
        except ValueError as error:
            raise ConfigError(str(error)) from None
        except OSError as error:
            raise ConfigError(f"cannot write {output}: {error.strerror or error}") from None
        err.print(f"wrote {graph.number_of_nodes()} actors and {graph.number_of_edges()} relations to {escape(str(output))}")
    kinds: dict[str, int] = {}
    for _, _, kind in graph.edges(keys=True):
        kinds[kind] = kinds.get(kind, 0) + 1
    if not as_json:
        out.print(f"{graph.number_of_nodes()} actors; relations: "
                  + (", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "none"))
    _emit(centrality(graph)[:top], "Actors by centrality", as_json)


def _month_range(month: str) -> tuple[date, date]:
    try:
        first = datetime.strptime(month, "%Y-%m").date()
    except ValueError:
        raise ConfigError(f"--compare takes months as YYYY-MM, not {month!r}") from None
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first, following - timedelta(days=1)
