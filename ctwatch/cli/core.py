"""The core commands: ingest, read, export, extract, evaluate and train; and the database commands."""

from __future__ import annotations

import logging
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from .. import __version__
from ..errors import ConfigError
from ..settings import load_settings
from .common import (EXIT_REJECTED, DateOption, DbOption, actor_text, add_row, app, clip, db_app, err, force_progress,
                     open_db, out, state)


def _version(value: bool) -> None:
    if value:
        out.print(f"ctwatch {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Show the Python traceback when something fails.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")] = False,
) -> None:
    state["debug"] = debug
    # trafilatura logs an ERROR for every page it cannot parse; ctwatch reports those as rejections.
    logging.getLogger("trafilatura").setLevel(logging.DEBUG if debug else logging.CRITICAL)


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, URLs, feeds, JSONL/CSV corpora, or - for standard input.", show_default=False)],
    db: DbOption = None,
    text_field: Annotated[Optional[str], typer.Option(help="Corpus field holding the article text (dotted paths reach into nested JSON).")] = None,
    title_field: Annotated[Optional[str], typer.Option(help="Corpus field holding the title.")] = None,
    url_field: Annotated[Optional[str], typer.Option(help="Corpus field holding the article URL.")] = None,
    date_field: Annotated[Optional[str], typer.Option(help="Corpus field holding the publication date.")] = None,
    publisher_field: Annotated[Optional[str], typer.Option(help="Corpus field holding the publisher.")] = None,
    author_field: Annotated[Optional[str], typer.Option(help="Corpus field holding the author.")] = None,
    id_field: Annotated[Optional[str], typer.Option(help="Corpus field holding the source's own id (kept in metadata).")] = None,
    language_field: Annotated[Optional[str], typer.Option(help="Corpus field holding the language code.")] = None,
    publisher: Annotated[Optional[str], typer.Option(help="Publisher to record for documents that do not name one.")] = None,
    published: Annotated[Optional[str], typer.Option(
        help="Publication date (YYYY-MM-DD) for documents that carry none, such as plain .txt reports.")] = None,
    follow_links: Annotated[bool, typer.Option("--follow-links/--no-follow-links", help="Feeds: fetch the page each entry links to.")] = True,
    delimiter: Annotated[Optional[str], typer.Option(help="CSV delimiter (default: sniffed).")] = None,
    max_bytes: Annotated[Optional[int], typer.Option(help="Largest document accepted, in bytes [env: CTWATCH_MAX_DOCUMENT_BYTES; default 10 MB].")] = None,
    org: Annotated[Optional[str], typer.Option(help="Owning organisation of the new records [env: CTWATCH_ORGANISATION].")] = None,
    tlp: Annotated[Optional[str], typer.Option(help="TLP marking of the new records [env: CTWATCH_TLP; default CLEAR].")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    extract: Annotated[bool, typer.Option("--extract/--no-extract", help="Run extraction on the new articles afterwards.")] = True,
) -> None:
    """Read SOURCES, repair scraping damage, link duplicates, store the articles, and extract from them.

    Exits 1 when any document was rejected (the rest are stored), 0 otherwise.
    """
    from ..ingest import IngestOptions
    from ..pipeline import ingest as run_ingest
    from ..store.database import open_store

    published_on = None
    if published is not None:
        try:
            published_on = datetime.strptime(published, "%Y-%m-%d")
        except ValueError:
            raise typer.BadParameter(f"must be a date like 2025-03-14, got {published!r}", param_hint="--published") from None
    if delimiter is not None and len(delimiter) != 1:
        raise typer.BadParameter(f"must be one character, got {delimiter!r}", param_hint="--delimiter")
    settings = load_settings(db=db, max_document_bytes=max_bytes, organisation=org, tlp=tlp)
    options = IngestOptions(
        text_field=text_field, title_field=title_field, url_field=url_field, date_field=date_field,
        publisher_field=publisher_field, author_field=author_field, id_field=id_field,
        language_field=language_field, publisher=publisher, follow_links=follow_links, csv_delimiter=delimiter,
        published=published_on,
    )
    store = open_store(settings.db)
    progress = Progress(SpinnerColumn(), TextColumn("[bold]ingesting"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[tally]}"), TimeElapsedColumn(), console=err,
                        disable=quiet or not err.is_terminal and not force_progress())
    tally = {"new": 0, "duplicate": 0, "near_duplicate": 0, "rejected": 0}
    with progress:
        task = progress.add_task("ingest", total=None, tally="")

        def advance(outcome: str, _document) -> None:
            tally[outcome] += 1
            progress.update(task, advance=1, tally=" ".join(f"{k.replace('_', '-')} {v}" for k, v in tally.items()))

        summary = run_ingest(sources, store, settings, options, stdin=sys.stdin.buffer, progress=advance,
                             debug=state["debug"])
    _print_summary(summary, settings.db)
    failed = _run_extraction(store, ids=summary.stored_ids, quiet=quiet) if extract and summary.stored_ids else 0
    if settings.watch_rules and extract and summary.stored_ids:
        from ..pipeline import check_watch_rules

        alerts = check_watch_rules(store, settings)
        out.print(f"watch rules ({escape(settings.watch_rules)}): {len(alerts)} new alert{'s' if len(alerts) != 1 else ''}"
                  + (" — `ctwatch alerts list`" if alerts else ""))
    store.close()
    if summary.rejected or failed:
        raise typer.Exit(EXIT_REJECTED)


def _run_extraction(store, ids: list[int] | None = None, everything: bool = False, quiet: bool = False) -> int:
    """Extract and print a summary; returns how many articles failed."""
    from ..pipeline import extract_stored

    progress = Progress(SpinnerColumn(), TextColumn("[bold]extracting"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=err, disable=quiet or not err.is_terminal and not force_progress())
    with progress:
        task = progress.add_task("extract", total=None)
        summary = extract_stored(store, ids=ids, everything=everything, debug=state["debug"],
                                 progress=lambda done, total: progress.update(task, completed=done, total=total))
    out.print(f"extracted {summary.articles} article{'s' if summary.articles != 1 else ''}: "
              f"{summary.events} incident mention{'s' if summary.events != 1 else ''}, "
              f"{summary.actors} actor mention{'s' if summary.actors != 1 else ''}"
              + (f"; {summary.failed} failed" if summary.failed else ""))
    for failure in summary.failures[:20]:
        err.print(f"[red]extraction failed[/red] {escape(failure)}", highlight=False)
    if summary.articles:
        from .incidents import run_resolution

        run_resolution(store)
    return summary.failed


def _print_summary(summary, db: str) -> None:
    table = Table(title=f"Ingest run {summary.run_id} into {db}", show_header=False, title_justify="left")
    table.add_row("new articles", str(summary.new))
    table.add_row("  with repairs", str(summary.repaired))
    table.add_row("  with damage flagged", str(summary.flagged))
    table.add_row("duplicates (already stored, skipped)", str(summary.duplicate))
    table.add_row("near-duplicates (stored, linked to the original)", str(summary.near_duplicate))
    table.add_row("rejected", str(summary.rejected))
    for reason, count in summary.rejection_reasons.most_common():
        table.add_row(f"  {reason}", str(count))
    out.print(table)
    shown = summary.rejections[:20]
    for rejection in shown:
        err.print(f"[red]rejected[/red] {escape(str(rejection))}", highlight=False, soft_wrap=True)
    if len(summary.rejections) > len(shown):
        err.print(f"… and {len(summary.rejections) - len(shown)} more: `ctwatch rejections --run {summary.run_id}`")


@app.command()
def articles(
    db: DbOption = None,
    publisher: Annotated[Optional[str], typer.Option(help="Only this publisher (case-insensitive).")] = None,
    since: Annotated[Optional[datetime], DateOption] = None,
    until: Annotated[Optional[datetime], DateOption] = None,
    search: Annotated[Optional[str], typer.Option("--search", "-s", help='Full-text search: words and "quoted phrases", all must match.')] = None,
    originals: Annotated[bool, typer.Option("--originals", help="Leave out near-duplicate copies.")] = False,
    limit: Annotated[int, typer.Option(min=1, help="Rows to show.")] = 50,
    offset: Annotated[int, typer.Option(min=0, help="Rows to skip.")] = 0,
) -> None:
    """List stored articles, newest id last."""
    from ..store import repository

    _, store = open_db(db)
    with store.sessions() as session:
        rows, total = repository.list_articles(session, limit=limit, offset=offset, publisher=publisher, since=since,
                                               until=until, search=search, originals_only=originals)
        table = Table(title=f"{total} article{'s' if total != 1 else ''}" + (f" (showing {offset + 1}–{offset + len(rows)})" if total > len(rows) else ""),
                      title_justify="left")
        for column in ("id", "published", "publisher", "title / opening", "words", "edits", "copy of"):
            table.add_column(column, overflow="fold" if column == "title / opening" else "ellipsis")
        for a in rows:
            opening = a.title or " ".join(a.text.split()[:12]) + "…"
            add_row(table, str(a.id), a.published_at.date().isoformat() if a.published_at else "", a.publisher or "",
                          opening, str(len(a.text.split())), str(sum(e.applied for e in a.edits)),
                          str(a.duplicate_of_id or ""))
    store.close()
    out.print(table)


@app.command()
def show(
    article_id: Annotated[int, typer.Argument(metavar="ID", help="Article id (from `ctwatch articles`).")],
    db: DbOption = None,
    edits: Annotated[bool, typer.Option("--edits", help="List every repair and flag with its reason and place.")] = False,
    raw: Annotated[bool, typer.Option("--raw", help="Print the raw text as scraped instead of the repaired text.")] = False,
    extracted: Annotated[bool, typer.Option("--extracted", help="List what extraction found: actors, people, places, quotes, incidents.")] = False,
) -> None:
    """Show one article: metadata, repaired (or raw) text, and optionally its edits and extraction."""
    from ..store import repository

    _, store = open_db(db)
    with store.sessions() as session:
        a = repository.get_article(session, article_id)
        copies = repository.copies_of(session, article_id)
        meta = Table.grid(padding=(0, 2))
        for name, value in (("id", a.id), ("uid", a.uid), ("title", a.title), ("publisher", a.publisher),
                            ("author", a.author), ("published", a.published_at), ("url", a.url),
                            ("language", a.language), ("source", f"{a.source}" + (f", {a.source_place}" if a.source_place else "")),
                            ("marking", f"TLP:{a.tlp}, owned by {a.org}"),
                            ("copy of", f"article {a.duplicate_of_id} (similarity {a.similarity:.2f})" if a.duplicate_of_id else None),
                            ("copies", ", ".join(f"{c.id} ({c.similarity:.2f})" for c in copies) or None),
                            ("edits", f"{sum(e.applied for e in a.edits)} repairs, {sum(not e.applied for e in a.edits)} flags")):
            if value not in (None, ""):
                meta.add_row(f"[bold]{name}[/bold]", escape(str(value)))
        out.print(meta)
        out.print()
        out.print(a.raw_text if raw else a.text, markup=False, highlight=False)
        if edits:
            out.print()
            out.print("[bold]Edits[/bold] (raw span → repaired span; flags change nothing)")
            for e in a.edits:
                label = e.kind + ("" if e.applied else " (flag)")
                out.print(f"{e.seq + 1:>3}. [bold]{escape(label)}[/bold]  raw {e.raw_start}–{e.raw_end} → text {e.start}–{e.end}",
                          highlight=False)
                out.print(f"     {escape(e.reason)}", highlight=False)
                if e.kind != "glued_words":  # the reason already shows the split
                    out.print(f"     {clip(e.before)!r} → {clip(e.after)!r}", markup=False, highlight=False)
        if extracted:
            from ..store.extractions import get_extraction

            _print_extraction(get_extraction(session, article_id))
    store.close()




@app.command()
def export(
    db: DbOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl or csv.")] = "jsonl",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default: standard output).")] = None,
    publisher: Annotated[Optional[str], typer.Option(help="Only this publisher.")] = None,
    since: Annotated[Optional[datetime], DateOption] = None,
    until: Annotated[Optional[datetime], DateOption] = None,
    search: Annotated[Optional[str], typer.Option("--search", "-s", help="Full-text search filter.")] = None,
    originals: Annotated[bool, typer.Option("--originals", help="Leave out near-duplicate copies.")] = False,
    include_raw: Annotated[bool, typer.Option("--include-raw", help="Add the raw text and the character map.")] = False,
) -> None:
    """Export articles, one record each: metadata, repaired text, edits and extraction."""
    from ..store.export import write_export

    if format not in ("jsonl", "csv"):
        raise ConfigError(f"--format must be jsonl or csv, not {format!r}")
    _, store = open_db(db)
    with store.sessions() as session:
        count = write_export(session, format, output, include_raw=include_raw, publisher=publisher, since=since,
                             until=until, search=search, originals_only=originals)
    store.close()
    if output:
        err.print(f"wrote {count} article{'s' if count != 1 else ''} to {output}")


@app.command()
def rejections(
    db: DbOption = None,
    run: Annotated[Optional[int], typer.Option(help="Only this ingest run.")] = None,
    limit: Annotated[int, typer.Option(min=1)] = 100,
) -> None:
    """List rejected inputs with the reason and the place in the source."""
    from ..store import repository

    _, store = open_db(db)
    with store.sessions() as session:
        rows = repository.list_rejections(session, run_id=run, limit=limit)
        table = Table(title=f"{len(rows)} rejection{'s' if len(rows) != 1 else ''}", title_justify="left")
        for column in ("run", "source", "place", "reason", "detail"):
            table.add_column(column, overflow="fold")
        for r in rows:
            add_row(table, str(r.ingest_run_id or ""), r.source, r.place, r.reason, r.detail)
    store.close()
    out.print(table)


@app.command()
def status(db: DbOption = None) -> None:
    """How many articles, copies and rejections the database holds."""
    from ..store import repository
    from ..store.database import current_revision

    settings, store = open_db(db)
    with store.sessions() as session:
        numbers = repository.counts(session)
    out.print(f"database {settings.db} (schema {current_revision(store)})")
    for name, value in numbers.items():
        out.print(f"  {name.replace('_', ' ')}: {value}")
    store.close()


@app.command("extract")
def extract_command(
    db: DbOption = None,
    ids: Annotated[Optional[list[int]], typer.Option("--id", help="Only this article (repeatable).")] = None,
    everything: Annotated[bool, typer.Option("--all", help="Re-extract every article, not only new or outdated ones.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Extract actors, people, places, quotes, incidents and relations from stored articles.

    By default only articles with no extraction, or one by an older extractor version, are processed.
    Exits 1 when extraction failed for any article (the others are stored).
    """
    _, store = open_db(db)
    failed = _run_extraction(store, ids=ids, everything=everything, quiet=quiet)
    store.close()
    if failed:
        raise typer.Exit(EXIT_REJECTED)


@app.command()
def mentions(
    db: DbOption = None,
    since: Annotated[Optional[datetime], DateOption] = None,
    until: Annotated[Optional[datetime], DateOption] = None,
    admin1: Annotated[Optional[str], typer.Option(help="Only this province or state.")] = None,
    kind: Annotated[Optional[str], typer.Option("--type", help="Only this ACLED sub-event type, e.g. 'Suicide bomb'.")] = None,
    status: Annotated[Optional[list[str]], typer.Option(help="occurred, foiled, hypothetical (threats) or negated; repeatable [default: occurred and foiled].")] = None,
    limit: Annotated[int, typer.Option(min=1)] = 50,
) -> None:
    """List incident mentions as each article reports them (one row per article and incident; `incidents` lists them resolved)."""
    from ..store.extractions import list_event_mentions

    statuses = tuple(status or ("occurred", "foiled"))
    unknown = set(statuses) - {"occurred", "foiled", "hypothetical", "negated"}
    if unknown:
        raise ConfigError(f"--status must be occurred, foiled, hypothetical or negated, not {', '.join(sorted(unknown))}")
    _, store = open_db(db)
    with store.sessions() as session:
        rows, total = list_event_mentions(session, since=since, until=until, admin1=admin1, sub_event_type=kind,
                                          statuses=statuses, limit=limit)
        table = Table(title=f"{total} incident mention{'s' if total != 1 else ''}", title_justify="left")
        for column in ("article", "date", "type", "perpetrator", "place", "killed", "injured"):
            table.add_column(column, overflow="fold")
        for r in rows:
            add_row(table, str(r.article_id), r.event_date.isoformat() if r.event_date else "", r.acled_sub_event_type or "",
                          actor_text(r.perpetrator, r.associated), ", ".join(x for x in (r.location, r.admin2, r.admin1) if x),
                          "" if r.killed is None else str(r.killed), "" if r.injured is None else str(r.injured))
    store.close()
    out.print(table)


@app.command()
def actors(
    db: DbOption = None,
    candidates: Annotated[bool, typer.Option("--candidates", help="Only groups the knowledge base does not know yet.")] = False,
    limit: Annotated[int, typer.Option(min=1)] = 50,
) -> None:
    """Actors mentioned in the stored articles, or the candidates waiting to be added to data/actors.yaml."""
    from ..store.extractions import actor_mention_counts

    _, store = open_db(db)
    with store.sessions() as session:
        rows = actor_mention_counts(session, candidates_only=candidates)
    store.close()
    table = Table(title=f"{len(rows)} {'candidate groups' if candidates else 'actors'}", title_justify="left")
    for column in ("name", "id", "kind", "mentions", "articles"):
        table.add_column(column, overflow="fold")
    for name, actor_id, kind, count, articles in rows[:limit]:
        add_row(table, name, actor_id or "(candidate)", kind, str(count), str(articles))
    out.print(table)


@app.command()
def people(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=1)] = 50,
) -> None:
    """People named in the stored articles, linked across articles when name and role or province agree."""
    from ..store.people import people_across_articles

    _, store = open_db(db)
    with store.sessions() as session:
        rows = people_across_articles(session)
    store.close()
    table = Table(title=f"{len(rows)} people", title_justify="left")
    for column in ("name", "articles", "roles", "also written"):
        table.add_column(column, overflow="fold")
    for person in rows[:limit]:
        add_row(table, person.name, ", ".join(map(str, sorted(person.articles))), "; ".join(sorted(person.roles)),
                      ", ".join(sorted(person.variants - {person.name})))
    out.print(table)


@app.command("eval")
def eval_command(
    benchmark: Annotated[str, typer.Argument(help="seed, satp-india, satp-southasia, ipe-docs, ipe-sents, acled-snippets or resolution.")],
    file: Annotated[Path, typer.Argument(help="Gold file (or, for seed, a folder of *.gold.json files).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print exactly one JSON object.")] = False,
    limit: Annotated[Optional[int], typer.Option(min=1, help="Score only the first N items.")] = None,
) -> None:
    """Score the extractor against gold data: precision, recall and F1 per field."""
    import json

    from ..eval.runner import format_table, run_eval
    from ..extract.pipeline import extract

    if benchmark == "resolution":
        from ..eval.resolution import run_resolution_eval

        result = run_resolution_eval(file, limit=limit)
    else:
        result = run_eval(benchmark, file, extract=extract, limit=limit)
    if as_json:
        sys.stdout.write(json.dumps(result) + "\n")
    else:
        sys.stdout.write(format_table(result) + "\n")


@app.command("train")
def train_command(
    shared: Annotated[Path, typer.Option(help="Folder holding benchmarks/ (the project's shared/).",
                                         envvar="CTWATCH_SHARED")] = Path("../shared"),
    output: Annotated[Optional[Path], typer.Option(help="Where to write the heads (default: the package's data/models).")] = None,
) -> None:
    """Rebuild the trained classifier heads from the benchmarks' training parts and retune their blend with
    the fine-tuned encoder (by cross-validation; the encoder itself comes from scripts/train_encoder.py)."""
    from ..extract.heads import MODELS_DIR
    from ..train import train_heads

    report = train_heads(shared, output or MODELS_DIR)
    out.print_json(data=report)


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None, revision: Annotated[str, typer.Option(help="Target revision.")] = "head") -> None:
    """Create the database or migrate it to the newest schema (also done by every command)."""
    from ..store.database import current_revision, open_store, upgrade

    settings = load_settings(db=db)
    store = open_store(settings.db, migrate=False)
    upgrade(store, revision)
    out.print(f"{settings.db} is at schema {current_revision(store)}")
    store.close()


@db_app.command("downgrade")
def db_downgrade(revision: Annotated[str, typer.Argument(help="Target revision, e.g. base or 0001.")], db: DbOption = None) -> None:
    """Migrate the schema back to REVISION (data in dropped tables is lost)."""
    from ..store.database import current_revision, downgrade, open_store

    settings = load_settings(db=db)
    store = open_store(settings.db, migrate=False)
    downgrade(store, revision)
    out.print(f"{settings.db} is at schema {current_revision(store) or 'base'}")
    store.close()


def _evidence(event: dict) -> str:
    """The words each value of an incident came from: 'date "on Thursday"; killed "At least seven soldiers were
    killed"; ...' (every value keeps its span; this is where an analyst checks one)."""
    def span_of(value: dict | None) -> str | None:
        return ((value or {}).get("span") or {}).get("text")

    parts = [("date", (event.get("date_span") or {}).get("text")), ("place", span_of(event["place"])),
             ("by", span_of(event["perpetrator"])), ("claimed by", span_of(event.get("claimed_by"))),
             ("organised by", span_of(event.get("associated"))),
             ("killed", span_of(event["killed"].get("total"))), ("injured", span_of(event["injured"].get("total"))),
             ("arrested", span_of(event.get("arrested")))]
    shown = [(label, words) for label, words in parts if words]
    return "; ".join(f'{label} "{clip(words, 80)}"' for label, words in shown
                     if not (label == "claimed by" and words == span_of(event["perpetrator"])))


def _print_extraction(data: dict | None) -> None:
    out.print()
    if data is None:
        out.print("[bold]Extraction[/bold]: none yet (run `ctwatch extract`)")
        return
    actors: dict[str, list[str]] = {}
    for a in data["actors"]:
        actors.setdefault(f"{a['name']} ({a['kind']}" + ("" if a["actor_id"] else ", not in the knowledge base") + ")", []).append(a["span"]["text"])
    out.print("[bold]Actors[/bold]")
    for name, surfaces in actors.items():
        out.print(f"  {escape(name)}: {escape(', '.join(sorted(set(surfaces))))}", highlight=False)
    out.print("[bold]People[/bold]")
    for p in data["people"]:
        roles = "; ".join(r["text"] for r in p["roles"])
        out.print(f"  {escape(p['canonical'])}: {escape(', '.join(sorted({m['text'] for m in p['mentions']})))}"
                  + (f" — {escape(roles)}" if roles else ""), highlight=False)
    out.print("[bold]Places[/bold]")
    for name in sorted({f"{p['name']} ({p['kind']}, {', '.join(x for x in (p['admin2'], p['admin1'], p['country']) if x)})" for p in data["places"]}):
        out.print(f"  {escape(name)}", highlight=False)
    if data.get("region"):  # older extractions have no region
        r = data["region"]
        out.print(f"  no state named; the region head's guess: {escape(r['admin1'])}, {r['country']} (probability {r['probability']})",
                  highlight=False)
    out.print("[bold]Quotes[/bold]")
    for q in data["quotes"]:
        out.print(f"  {q['kind']}, {escape(q['speaker_name'] or 'unknown speaker')}: {escape(clip(q['span']['text']))!r}", highlight=False)
    out.print("[bold]Incidents[/bold]")
    for e in data["events"]:
        place = e["place"] or {}
        where = ", ".join(x for x in (place.get("name"), place.get("admin2"), place.get("admin1")) if x)
        killed = (e["killed"].get("total") or {}).get("value")
        injured = (e["injured"].get("total") or {}).get("value")
        out.print(f"  {escape(e['acled_sub_event_type'] or ', '.join(e['actions']))} ({e['status']}) by "
                  f"{escape((e['perpetrator'] or {}).get('name') or 'unknown')}"
                  + (f" in {escape(where)} (geo precision {e['geo_precision']})" if where else "")
                  + (f" on {e['date']} (time precision {e['time_precision']})" if e["date"] else "")
                  + (f"; killed {killed}" if killed is not None else "") + (f", injured {injured}" if injured is not None else "")
                  + (f"; typed by the event-type head (probability {e['type_probability']})" if e.get("typed_by", "rules") != "rules" else ""),
                  highlight=False)
        out.print(f"     {escape(clip(e['span']['text'], 110))!r}", highlight=False)
        evidence = _evidence(e)
        if evidence:
            out.print(f"     [dim]from[/dim] {escape(evidence)}", highlight=False)
    if data.get("profiles"):
        out.print("[bold]Actor profiles[/bold] (from general statements)")
        for p in data["profiles"]:
            parts = [f"tactics: {', '.join(p['gtd_attack_types'])}" if p["gtd_attack_types"] else "",
                     f"targets: {', '.join(p['gtd_target_types'])}" if p["gtd_target_types"] else "",
                     f"areas: {', '.join(p['areas'])}" if p["areas"] else ""]
            out.print(f"  {escape(p['actor']['name'])}: {escape('; '.join(x for x in parts if x))}", highlight=False)
    if data["relations"]:
        out.print("[bold]Relations[/bold]")
        for r in data["relations"]:
            out.print(f"  {escape(r['a'])} —{r['kind']}— {escape(r['b'])}", highlight=False)


