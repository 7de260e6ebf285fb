"""Fixtures shared by every test module."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The project's ``shared/`` folder (seed article, benchmarks) beside the repository."""
    path = Path(os.environ.get("CTWATCH_SHARED", REPO.parent / "shared")).resolve()
    if not (path / "seed" / "article-001.txt").exists():
        pytest.fail(f"shared/ not found at {path}: set CTWATCH_SHARED to the folder holding seed/ and benchmarks/")
    return path


# --- A real PostgreSQL server, started once per test session on loopback in a temporary folder ---

import getpass
import shutil
import socket
import subprocess
import tempfile
import uuid

import sqlalchemy as sa


def _postgres_bin() -> Path:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    if not candidates:
        pytest.fail("PostgreSQL is not installed (no pg_ctl): run `make test`, which installs it, "
                    "or set CTWATCH_TEST_POSTGRES_URL to a server of your own")
    return candidates[-1].parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_server():
    """Admin URL of a PostgreSQL server: CTWATCH_TEST_POSTGRES_URL if set, else one started here."""
    given = os.environ.get("CTWATCH_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    bin_dir = _postgres_bin()
    root = Path(tempfile.mkdtemp(prefix="ctwatch-pg-"))
    data, sockets, log = root / "data", root / "sock", root / "server.log"
    sockets.mkdir()
    # initdb refuses to run as root: run the server as the `postgres` system user then.
    as_user: list[str] = []
    if os.geteuid() == 0:
        as_user = ["runuser", "-u", "postgres", "--"]
        shutil.chown(root, "postgres")
        shutil.chown(sockets, "postgres")
        root.chmod(0o755)
    user = "postgres" if as_user else getpass.getuser()
    port = _free_port()
    run = lambda *args: subprocess.run(as_user + [str(a) for a in args], check=True, capture_output=True, text=True)
    try:
        run(bin_dir / "initdb", "-D", data, "-U", user, "--auth=trust", "--no-sync", "-E", "UTF8")
        run(bin_dir / "pg_ctl", "-D", data, "-l", log, "-w", "-t", "60", "start", "-o",
            f"-p {port} -c listen_addresses=127.0.0.1 -k {sockets} -c fsync=off -c full_page_writes=off")
    except subprocess.CalledProcessError as error:
        pytest.fail(f"could not start PostgreSQL: {error.stderr or error.stdout}")
    yield f"postgresql://{user}@127.0.0.1:{port}/postgres"
    subprocess.run(as_user + [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server):
    """A fresh, empty database on the test server, dropped afterwards."""
    name = f"ctwatch_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(postgres_server.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = postgres_server.rsplit("/", 1)[0] + f"/{name}"
    yield url
    with admin.connect() as connection:
        connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """Each store test runs twice: on a SQLite file and on the real PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "ctwatch.db")
    return request.getfixturevalue("postgres_url")


# --- Stored articles with one reported incident each, for resolution, analysis and alert tests ---

@pytest.fixture
def add_reported_event():
    """``add(store, text, publisher, district, day, killed, province=..., associated=...)``: store an article of
    2025-03-<day> whose extraction reports one IED attack in ``district`` with ``killed`` dead (and, if given,
    ``associated``, an ActorMention, as its associated actor)."""
    import datetime as dt

    from ctwatch.extract.model import Casualties, Count, EventMention, Extraction, PlaceMention, Span
    from ctwatch.models import CharMap, RawArticle, RepairResult, content_fingerprint
    from ctwatch.settings import load_settings
    from ctwatch.store import repository
    from ctwatch.store.extractions import save_extraction

    def add(store, text: str, publisher: str, district: str, day: int, killed: int,
            province: str = "Khyber Pakhtunkhwa", associated=None) -> None:
        raw = RawArticle(text=text, source="t.txt", publisher=publisher, published=dt.datetime(2025, 3, day, 9))
        repaired = RepairResult(text=text, char_map=CharMap.identity(len(text)), edits=())
        place = PlaceMention(Span(0, 5, district), None, district, "admin2", "PK", province, district)
        event = EventMention(span=Span(0, len(text), text), status="occurred", actions=["bombing"],
                             acled_event_type="Explosions/Remote violence",
                             acled_sub_event_type="Remote explosive/landmine/IED", place=place, geo_precision=2,
                             date=dt.date(2025, 3, day), time_precision=1, killed=Casualties(total=Count(killed)),
                             associated=associated)
        with store.transaction() as session:
            article = repository.add_article(session, raw, repaired, fingerprint=content_fingerprint(text), minhash=None,
                                             duplicate_of=None, similarity=None, run_id=None, settings=load_settings(),
                                             actor="tester", language="en")
            save_extraction(session, article, Extraction(events=[event]), "test", "tester")

    return add


# --- The `ctwatch` command as a user runs it (a real process) ---

class Cli:
    repo = REPO

    @staticmethod
    def run(*args: str, db: str | None = None, cwd: Path | None = None, env: dict | None = None
            ) -> "subprocess.CompletedProcess":
        import subprocess
        import sys

        command = [sys.executable, "-m", "ctwatch", *args] + (["--db", db] if db else [])
        env = {**os.environ, "COLUMNS": "200", "PYTHONPATH": str(REPO), **(env or {})}
        return subprocess.run(command, capture_output=True, cwd=cwd or REPO, env=env, timeout=300)

    @staticmethod
    def text(result) -> str:
        return result.stdout.decode() + result.stderr.decode()


@pytest.fixture(scope="session")
def cli() -> Cli:
    return Cli()
