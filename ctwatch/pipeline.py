"""The jobs. Ingest: sources -> RawArticle -> repair -> duplicate check -> store, one article per transaction.

Each article is written in its own transaction, so a batch killed part-way leaves only whole
articles behind, and a re-run skips them by fingerprint and completes the rest.
"""

from __future__ import annotations

import getpass
import re
from collections import Counter
from datetime import date
from dataclasses import dataclass, field
from typing import Callable, Sequence

from sqlalchemy.exc import IntegrityError, OperationalError

from . import duplicates
from .clean import repair
from .errors import ConfigError, CtwatchError, NotFound, StoreError
from .ingest import IngestOptions, iter_documents
from .models import RawArticle, Rejection, content_fingerprint
from .settings import Settings
from .store import repository
from .store.database import Store


@dataclass
class IngestSummary:
    run_id: int
    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    rejected: int = 0
    repaired: int = 0  # new articles with at least one repair applied
    flagged: int = 0  # new articles with damage or near-duplicate sentences flagged
    rejection_reasons: Counter = field(default_factory=Counter)
    rejections: list[Rejection] = field(default_factory=list)
    stored_ids: list[int] = field(default_factory=list)  # the articles this run added

    def as_dict(self) -> dict[str, int]:
        return {"new": self.new, "duplicate": self.duplicate, "near_duplicate": self.near_duplicate,
                "rejected": self.rejected, "repaired": self.repaired, "flagged": self.flagged}


# What happened to one document, for progress displays: new | duplicate | near_duplicate | rejected
Outcome = str
ProgressCallback = Callable[[Outcome, RawArticle | Rejection], None]

_LATIN_WORD = re.compile(r"[a-z]+")
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on was with as by at from he it his said were are be has have an".split()
)


def guess_language(text: str) -> str | None:
    """'en' when function words make up a news-like share of the text; None when unsure.

    Only English is recognised for now: the extractors that follow are English-only, and saying
    "unknown" is more honest than guessing another language.
    """
    words = _LATIN_WORD.findall(text[:20000].lower())
    if len(words) < 5:
        return None
    share = sum(w in _ENGLISH_FUNCTION_WORDS for w in words) / len(words)
    return "en" if share >= 0.15 else None


def load_index(store: Store, settings: Settings) -> duplicates.NearDuplicateIndex:
    index = duplicates.NearDuplicateIndex(settings.near_duplicate_threshold, settings.minhash_permutations)
    with store.sessions() as session:
        for article_id, data in repository.originals_with_signatures(session):
            minhash = duplicates.from_bytes(data, settings.minhash_permutations)
            if minhash is None:
                raise ConfigError(
                    f"article {article_id} was stored with a different number of MinHash permutations than "
                    f"{settings.minhash_permutations} (CTWATCH_MINHASH_PERMUTATIONS): near-duplicates could not be "
                    f"found; use the setting the database was built with")
            index.add(article_id, minhash)
    return index


def ingest(sources: Sequence[str], store: Store, settings: Settings, options: IngestOptions = IngestOptions(), *,
           stdin=None, progress: ProgressCallback | None = None, debug: bool = False) -> IngestSummary:
    actor = actor_name("ingest")
    try:
        with store.transaction() as session:
            summary = IngestSummary(run_id=repository.start_run(session, list(sources)).id)
        index = load_index(store, settings)
        for document in iter_documents(sources, settings, options, stdin=stdin):
            outcome = _ingest_one(document, store, settings, index, summary, actor, debug)
            if isinstance(outcome, Rejection):
                document = outcome
                outcome = "rejected"
            if progress:
                progress(outcome, document)
        # Only a run that went through is marked finished: an unfinished row tells of a stopped one.
        with store.transaction() as session:
            repository.finish_run(session, summary.run_id, summary.as_dict())
    except OperationalError as error:
        raise StoreError(f"the database stopped answering during the ingest: {error.orig}") from error
    return summary


def _ingest_one(document: RawArticle | Rejection, store: Store, settings: Settings,
                index: duplicates.NearDuplicateIndex, summary: IngestSummary, actor: str,
                debug: bool) -> Outcome | Rejection:
    if isinstance(document, RawArticle):
        try:
            return _store_article(document, store, settings, index, summary, actor)
        except (OperationalError, StoreError):
            raise  # the database, not the document: stop the run
        except (CtwatchError, ValueError) as error:
            if debug:
                raise
            document = Rejection(document.source, document.place, "unprocessable", str(error))
        except Exception as error:  # one bad document must not stop a batch of thousands
            if debug:
                raise
            document = Rejection(document.source, document.place, "internal_error",
                                 f"{error.__class__.__name__}: {error} (run with --debug for the traceback)")
    with store.transaction() as session:
        repository.add_rejection(session, document, summary.run_id)
    summary.rejected += 1
    summary.rejection_reasons[document.reason] += 1
    summary.rejections.append(document)
    return document


def _store_article(raw: RawArticle, store: Store, settings: Settings, index: duplicates.NearDuplicateIndex,
                   summary: IngestSummary, actor: str) -> Outcome | Rejection:
    fingerprint = content_fingerprint(raw.text)
    with store.sessions() as session:
        if repository.article_id_by_fingerprint(session, fingerprint) is not None:
            summary.duplicate += 1
            return "duplicate"
    repaired = repair(raw.text)
    if not repaired.text.strip():
        return Rejection(raw.source, raw.place, "empty", "nothing is left after removing scraping debris")
    minhash = duplicates.signature(repaired.text, settings.minhash_permutations)
    match = index.best_match(minhash)
    try:
        with store.transaction() as session:
            article = repository.add_article(
                session, raw, repaired, fingerprint=fingerprint, minhash=duplicates.to_bytes(minhash),
                duplicate_of=match.article_id if match else None, similarity=match.similarity if match else None,
                run_id=summary.run_id, settings=settings, actor=actor, language=guess_language(repaired.text))
    except IntegrityError:
        with store.sessions() as session:
            if repository.article_id_by_fingerprint(session, fingerprint) is None:
                raise  # not a duplicate: a real constraint failure
        summary.duplicate += 1  # another process stored the same text a moment ago
        return "duplicate"
    summary.stored_ids.append(article.id)
    if match:
        summary.near_duplicate += 1
        return "near_duplicate"
    index.add(article.id, minhash)
    summary.new += 1
    summary.repaired += any(e.applied for e in repaired.edits)
    summary.flagged += any(not e.applied for e in repaired.edits)
    return "new"


def actor_name(command: str) -> str:
    """Who the audit log names for a write: the local user and the command they ran."""
    try:
        return f"{getpass.getuser()} via ctwatch {command}"
    except (KeyError, OSError):
        return f"ctwatch {command}"


# --- The extract job: stored articles -> Extraction -> store, one article per transaction ---

@dataclass
class ExtractSummary:
    articles: int = 0
    events: int = 0
    actors: int = 0
    failed: int = 0
    failures: list[str] = field(default_factory=list)


def extract_stored(store: Store, *, ids: list[int] | None = None, everything: bool = False,
                   progress: Callable[[int, int], None] | None = None, debug: bool = False) -> ExtractSummary:
    """Run extraction over stored articles that lack a current one (or ``ids``, or ``everything``).

    ``progress(done, total)`` is called after each article.
    """
    from .extract.pipeline import EXTRACTOR_VERSION, Item, extract_many
    from .store.extractions import article_ids_to_extract, save_extraction
    from .store.schema import Article

    actor = actor_name("extract")
    with store.sessions() as session:
        todo = article_ids_to_extract(session, EXTRACTOR_VERSION, everything=everything, ids=ids)
    missing = sorted(set(ids or ()) - set(todo))
    if missing:
        raise NotFound(f"no article with id {', '.join(map(str, missing))} (list them with `ctwatch articles`)")
    summary = ExtractSummary()
    for chunk_start in range(0, len(todo), 64):
        chunk = todo[chunk_start:chunk_start + 64]
        with store.sessions() as session:
            articles = {a.id: (a.text, a.published_at.date() if a.published_at else None)
                        for a in session.query(Article).filter(Article.id.in_(chunk))}
        chunk = [i for i in chunk if i in articles]  # deleted since the list was made
        items = [Item(*articles[i]) for i in chunk]
        for article_id, extraction in zip(chunk, _safe_extract(extract_many, items, summary, chunk, debug)):
            if extraction is not None:
                with store.transaction() as session:
                    save_extraction(session, session.get(Article, article_id), extraction, EXTRACTOR_VERSION, actor)
                summary.articles += 1
                summary.events += len(extraction.events)
                summary.actors += len(extraction.actors)
            if progress:
                progress(chunk_start + chunk.index(article_id) + 1, len(todo))
    return summary


def _safe_extract(extract_many, items, summary: ExtractSummary, ids: list[int], debug: bool):
    """Extractions for a batch; if the batch fails, each article alone, so one bad text costs only itself."""
    try:
        yield from list(extract_many(items))
        return
    except Exception:
        if debug:
            raise
    for article_id, item in zip(ids, items):
        try:
            yield next(extract_many([item]))
        except Exception as error:  # reported per article; the rest of the run goes on
            if debug:
                raise
            summary.failed += 1
            summary.failures.append(f"article {article_id}: {error.__class__.__name__}: {error}")
            yield None


# --- The resolve job: every stored mention -> incidents, in one transaction ---

def resolve_stored_incidents(store: Store):
    """Re-resolve incidents from all stored mentions, honouring standing human decisions."""
    from .store.incidents import resolve_stored

    with store.transaction() as session:
        return resolve_stored(session, actor_name("resolve"))


# --- The watch job: rules -> new alerts (stored first) -> delivery (recorded) ---

@dataclass
class AlertOutcome:
    uid: str
    severity: str
    title: str
    deliveries: list = field(default_factory=list)  # DeliveryResult


def check_watch_rules(store: Store, settings: Settings, *, rules_path: str | None = None,
                      as_of: date | None = None, replay_from: date | None = None,
                      deliver: bool = True) -> list[AlertOutcome]:
    """Evaluate the watch rules (``rules_path`` or the ``watch_rules`` setting) as of ``as_of`` (today).

    With ``replay_from``, evaluate them as of every day from then to ``as_of``, as a daily check
    would have: how the rules would have fired over a past stretch. New alerts are committed before
    any delivery is tried, so a mail server that is down loses no alert; each delivery's result is
    recorded on its alert, and every check retries the channels of unacknowledged alerts that have
    not yet been delivered (up to five attempts each). Returns the new alerts.
    """
    from .analyse.delivery import SmtpConfig, deliver as send, trigger_from_payload
    from .analyse.rules import load_rules
    from .store.alerts import raise_alerts, record_deliveries, undelivered
    from .store.incidents import load_incidents

    path = rules_path or settings.watch_rules
    if not path:
        raise ConfigError("no watch rules: give a rules file or set CTWATCH_WATCH_RULES "
                          "(an example: ctwatch/data/watch-rules.example.yaml)")
    rules = load_rules(path)
    last = as_of or date.today()
    if replay_from and replay_from > last:
        raise ConfigError(f"--replay-from {replay_from} is after --as-of {last}: nothing to replay")
    # checked before anything is stored, so a bad setting cannot leave alerts that were never sent
    smtp = (SmtpConfig(host=settings.smtp_host, port=settings.smtp_port, sender=settings.smtp_sender,
                       username=settings.smtp_user or None, password=settings.smtp_password or None,
                       security=settings.smtp_security) if settings.smtp_host else None)
    created = []
    with store.sessions() as session:
        incidents = load_incidents(session)
    for day in (date.fromordinal(n) for n in range((replay_from or last).toordinal(), last.toordinal() + 1)):
        with store.transaction() as session:
            created += [(record.uid, trigger) for record, trigger in
                        raise_alerts(session, rules, day, actor_name("alerts check"), settings.organisation, incidents)]
    outcomes = {uid: AlertOutcome(uid, trigger.severity, trigger.title) for uid, trigger in created}
    if deliver:
        with store.sessions() as session:
            pending = [(record.uid, record.trigger, channels) for record, channels in
                       undelivered(session, {rule.id: rule.notify for rule in rules})]
        for uid, payload, channels in pending:
            results = send(trigger_from_payload(payload), channels, smtp, settings.webhook_secret or None)
            with store.transaction() as session:
                record_deliveries(session, uid, results)
            if uid in outcomes:
                outcomes[uid].deliveries = results
    return list(outcomes.values())
