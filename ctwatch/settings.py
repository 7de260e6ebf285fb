"""One table of settings -> one validated Settings object.

Each setting has a default, an environment variable ``CTWATCH_<NAME>`` and a help line; command-line
options override the environment, which overrides the default.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

from .errors import ConfigError


@dataclass(frozen=True)
class Settings:
    db: str = "ctwatch.db"
    max_document_bytes: int = 10 * 1024 * 1024
    http_timeout: float = 20.0
    http_retries: int = 2
    http_user_agent: str = "ctwatch/0.1 (+https://github.com/ctwatch/ctwatch; OSINT research crawler)"
    respect_robots: bool = True
    near_duplicate_threshold: float = 0.7
    minhash_permutations: int = 128
    organisation: str = "local"
    tlp: str = "CLEAR"
    watch_rules: str = ""  # a watch-rules YAML file; when set, ingest checks the rules after resolving
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_sender: str = "ctwatch@localhost"
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_security: str = "starttls"
    webhook_secret: str = ""
    encoder: bool = True  # blend the fine-tuned encoder into the incident heads (off: linear heads alone, faster)


TLP_LEVELS = ("CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED")


def tlp_rank(tlp: str | None) -> int:
    """Position in TLP 2.0 order, CLEAR lowest; an unknown marking ranks as RED, the safe side."""
    normalised = (tlp or "").upper()
    return TLP_LEVELS.index(normalised) if normalised in TLP_LEVELS else len(TLP_LEVELS) - 1


def _convert(name: str, kind: type, value: str | object) -> object:
    if not isinstance(value, str) or kind is str:
        return value
    try:
        if kind is bool:
            lowered = value.strip().lower()
            if lowered in {"1", "true", "yes", "on"}:
                return True
            if lowered in {"0", "false", "no", "off"}:
                return False
            raise ValueError(value)
        return kind(value)
    except ValueError:
        raise ConfigError(f"setting {name} (CTWATCH_{name.upper()}): {value!r} is not a valid {kind.__name__}") from None


def load_settings(**overrides: object) -> Settings:
    """Defaults, then ``CTWATCH_*`` environment variables, then non-None ``overrides``."""
    values: dict[str, object] = {}
    for f in fields(Settings):
        kind = type(f.default)
        env = os.environ.get(f"CTWATCH_{f.name.upper()}")
        if env is not None and env != "":
            values[f.name] = _convert(f.name, kind, env)
        if overrides.get(f.name) is not None:
            values[f.name] = _convert(f.name, kind, overrides[f.name])
    settings = replace(Settings(), **values)
    _validate(settings)
    return settings


def _setting(name: str, option: str | None = None) -> str:
    """A setting as its user sets it: "max_document_bytes (--max-bytes or CTWATCH_MAX_DOCUMENT_BYTES)"."""
    return f"{name} ({option + ' or ' if option else ''}CTWATCH_{name.upper()})"


def _validate(s: Settings) -> None:
    if s.max_document_bytes <= 0:
        raise ConfigError(f"{_setting('max_document_bytes', '--max-bytes')} must be positive, not {s.max_document_bytes}")
    if not 0.0 < s.near_duplicate_threshold <= 1.0:
        raise ConfigError(f"{_setting('near_duplicate_threshold')} must be in (0, 1], not {s.near_duplicate_threshold}")
    if s.minhash_permutations < 16:
        raise ConfigError(f"{_setting('minhash_permutations')} must be at least 16, not {s.minhash_permutations}")
    if s.tlp.upper() not in TLP_LEVELS:
        raise ConfigError(f"{_setting('tlp', '--tlp')} must be one of {', '.join(TLP_LEVELS)}, not {s.tlp!r}")
    if s.http_timeout <= 0 or s.http_retries < 0:
        raise ConfigError(f"{_setting('http_timeout')} must be positive and {_setting('http_retries')} zero or more")


def database_url(db: str) -> str:
    """A file path becomes a SQLite URL; URLs pass through."""
    if "://" in db:
        if db.startswith("postgres://"):
            db = "postgresql://" + db[len("postgres://"):]
        if db.startswith("postgresql://"):
            db = "postgresql+psycopg://" + db[len("postgresql://"):]
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"
