"""Streaming readers for the benchmarks ``ctwatch eval`` knows, one row at a time.

Each reader yields :class:`Item` ``(id, text, published, gold)``: ``gold`` maps each scored FIELD
of the benchmark (see :data:`FIELDS`) to its gold value, ``None`` where the row's gold is null (the
runner leaves such rows out of that field's score). For ``seed`` the gold is the whole gold file.

Every problem with the input raises :class:`BenchmarkError` (a :class:`~ctwatch.errors.SourceError`)
whose message names the file and, for a bad row, the line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from ctwatch.errors import SourceError

BENCHMARKS = ("seed", "satp-india", "satp-southasia", "ipe-docs", "ipe-sents", "acled-snippets")

SATP_SOUTHASIA_LABELS = ("armed_assault", "bombing", "kidnapping", "other")
IPE_LABELS = ("KILL", "ARREST", "ANY_ACTION", "FAIL", "FORCE")
ACLED_CODES = (
    "ARMED_CLASH", "GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER", "CHEM_WEAP", "AIR_STRIKE",
    "SUIC_BOMB", "ART_MISS_ATTACK", "REM_EXPLOS", "GRENADE", "SEX_VIOL", "ATTACK", "ABDUCT_DISSAP",
    "PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR", "MOB_VIOL",
    "AGREEMENT", "ARREST", "CHANGE_TO_GROUP_ACT", "DISR_WEAP", "HQ_ESTABLISHED", "PROPERTY_DISTRUCT",
    "NON_VIOL_TERRIT_TRANSFER", "OTHER",
)
NON_ACLED_CODES = ("MAN_MADE_DISASTER", "NATURAL_DISASTER", "DIPLO", "ORG_CRIME", "ATTRIB")

# What each benchmark scores: FIELD -> kind (multi | single | count | place | label | section).
# ``label`` fields are per-label binary scores over the row's ``labels`` list (IndiaPoliceEvents).
FIELDS: dict[str, dict[str, str]] = {
    "satp-india": {
        "perpetrator": "single",
        "action_types": "multi",
        "first_target": "single",
        "fatalities.total": "count",
        "injuries.total": "count",
        "arrests.total_arrests": "count",
        "location.state": "place",
        "location.district": "place",
    },
    "satp-southasia": {"labels": "multi"},
    "ipe-docs": {label: "label" for label in IPE_LABELS},
    "ipe-sents": {label: "label" for label in IPE_LABELS},
    "acled-snippets": {"label": "single"},
    "seed": {},  # one field per gold section, see ctwatch.eval.seed.SECTIONS
}


class BenchmarkError(SourceError):
    """A benchmark name, file or row that ``ctwatch eval`` cannot use."""


class Item(NamedTuple):
    id: str
    text: str
    published: date | None
    gold: dict[str, Any]


def check_benchmark(benchmark: str) -> str:
    """The benchmark name, or a BenchmarkError listing the valid ones."""
    if benchmark not in BENCHMARKS:
        raise BenchmarkError(f"unknown benchmark {benchmark!r}: valid benchmarks are {', '.join(BENCHMARKS)}")
    return benchmark


def read_benchmark(benchmark: str, path: Path | str) -> Iterator[Item]:
    """Yield the rows of ``path`` as ``benchmark`` items (lazily; errors surface as rows are read)."""
    check_benchmark(benchmark)
    path = Path(path)
    if not path.exists():
        raise BenchmarkError(f"{benchmark} file not found: {path}")
    if benchmark == "seed":
        return read_seed(path)
    if path.is_dir():
        raise BenchmarkError(f"{path} is a folder; {benchmark} reads one JSONL file")
    row_reader = {
        "satp-india": _satp_india_gold,
        "satp-southasia": _labels_gold(SATP_SOUTHASIA_LABELS),
        "ipe-docs": _labels_gold(IPE_LABELS),
        "ipe-sents": _labels_gold(IPE_LABELS),
        "acled-snippets": _acled_gold,
    }[benchmark]
    return _read_jsonl(path, row_reader)


# --------------------------------------------------------------------------- JSONL benchmarks


def _read_jsonl(path: Path, gold_of) -> Iterator[Item]:
    try:
        handle = path.open(encoding="utf-8")
    except OSError as e:
        raise BenchmarkError(f"cannot read {path}: {e.strerror or e}") from e
    rows = 0
    with handle:
        lineno = 0
        try:
            for lineno, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                where = f"{path}, line {lineno}"
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as e:
                    raise BenchmarkError(f"{where}: not valid JSON ({e.msg} at column {e.colno})") from e
                if not isinstance(row, dict):
                    raise BenchmarkError(f"{where}: expected a JSON object, got {type(row).__name__}")
                text = row.get("text")
                if not isinstance(text, str):
                    raise BenchmarkError(f"{where}: field 'text' is missing or not a string")
                row_id = row.get("id")
                row_id = str(row_id) if row_id is not None else f"{path.name}:{lineno}"
                published = _date(row.get("published", row.get("date")), where)
                rows += 1
                yield Item(row_id, text, published, gold_of(row, where))
        except UnicodeDecodeError as e:
            raise BenchmarkError(f"{path}, line {lineno + 1}: not UTF-8 ({e.reason})") from e
    if rows == 0:
        raise BenchmarkError(f"{path} has no rows: a benchmark file holds one JSON object per line")  # not scores of 0.000


def _date(value: Any, where: str) -> date | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as e:
        raise BenchmarkError(f"{where}: date {value!r} is not YYYY-MM-DD") from e


def _require(row: dict, key: str, where: str) -> Any:
    if key not in row:
        raise BenchmarkError(f"{where}: field {key!r} is missing")
    return row[key]


def _string(value: Any, name: str, where: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise BenchmarkError(f"{where}: field {name!r} should be a string or null, got {value!r}")
    return value


def _string_list(value: Any, name: str, where: str) -> list[str] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BenchmarkError(f"{where}: field {name!r} should be a list of strings or null, got {value!r}")
    return value


def _count(value: Any, name: str, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value) or value < 0:
        raise BenchmarkError(f"{where}: field {name!r} should be a whole number >= 0 or null, got {value!r}")
    return int(value)


def _nested(row: dict, dotted: str, where: str) -> Any:
    """``row["a"]["b"]`` for ``"a.b"``; a null parent gives None, a missing key is an error."""
    top, sub = dotted.split(".", 1)
    parent = _require(row, top, where)
    if parent is None:
        return None
    if not isinstance(parent, dict):
        raise BenchmarkError(f"{where}: field {top!r} should be an object or null, got {parent!r}")
    return parent.get(sub)


def _satp_india_gold(row: dict, where: str) -> dict[str, Any]:
    return {
        "perpetrator": _string(_require(row, "perpetrator", where), "perpetrator", where),
        "action_types": _string_list(_require(row, "action_types", where), "action_types", where),
        "first_target": _string(_require(row, "first_target", where), "first_target", where),
        "fatalities.total": _count(_nested(row, "fatalities.total", where), "fatalities.total", where),
        "injuries.total": _count(_nested(row, "injuries.total", where), "injuries.total", where),
        "arrests.total_arrests": _count(
            _nested(row, "arrests.total_arrests", where), "arrests.total_arrests", where
        ),
        "location.state": _string(_nested(row, "location.state", where), "location.state", where),
        "location.district": _string(_nested(row, "location.district", where), "location.district", where),
    }


def _labels_gold(known: tuple[str, ...]):
    known_norm = {k.casefold() for k in known}

    def gold(row: dict, where: str) -> dict[str, Any]:
        labels = _string_list(_require(row, "labels", where), "labels", where)
        unknown = [l for l in labels or () if l.casefold() not in known_norm]
        if unknown:
            raise BenchmarkError(f"{where}: unknown label(s) {unknown}; valid labels are {', '.join(known)}")
        return {"labels": labels}

    return gold


_ACLED_ALL = {c.casefold() for c in ACLED_CODES + NON_ACLED_CODES}


def _acled_gold(row: dict, where: str) -> dict[str, Any]:
    label = _string(_require(row, "label", where), "label", where)
    if label is not None and label.casefold() not in _ACLED_ALL:
        raise BenchmarkError(
            f"{where}: unknown label {label!r}; valid labels are {', '.join(ACLED_CODES + NON_ACLED_CODES)}"
        )
    return {"label": label}


# --------------------------------------------------------------------------- seed-shaped gold files


def seed_files(path: Path) -> list[Path]:
    """The gold files a seed PATH stands for: the file itself, or a folder's ``*.gold.json``."""
    if path.is_dir():
        files = sorted(path.glob("*.gold.json"))
        if not files:
            raise BenchmarkError(f"no *.gold.json files in folder {path}")
        return files
    return [path]


def read_seed(path: Path) -> Iterator[Item]:
    """Each gold file with the raw text of its article (``article`` is relative to the file's folder)."""
    for gold_path in seed_files(path):
        yield read_seed_file(gold_path)


def read_seed_file(gold_path: Path) -> Item:
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except OSError as e:
        raise BenchmarkError(f"cannot read {gold_path}: {e.strerror or e}") from e
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise BenchmarkError(f"{gold_path}: not a valid JSON gold file ({e})") from e
    if not isinstance(gold, dict):
        raise BenchmarkError(f"{gold_path}: expected a JSON object")
    article = gold.get("article")
    if not isinstance(article, str) or not article:
        raise BenchmarkError(f"{gold_path}: field 'article' (the article's path, relative to this file) is missing")
    article_path = gold_path.parent / article
    try:
        text = article_path.read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise BenchmarkError(f"{gold_path}: article file not found: {article_path}") from e
    except (OSError, UnicodeDecodeError) as e:
        raise BenchmarkError(f"{gold_path}: cannot read article {article_path}: {e}") from e
    for section, value in gold.items():
        if section in ("actors", "people", "places", "quotes", "reported_speech", "incidents", "relations",
                       "not_incidents") and value is not None and not isinstance(value, list):
            raise BenchmarkError(f"{gold_path}: section {section!r} should be a list, got {type(value).__name__}")
    published = _date(gold.get("published"), str(gold_path))
    name = gold_path.name.removesuffix(".gold.json").removesuffix(".json")
    return Item(name, text, published, gold)
