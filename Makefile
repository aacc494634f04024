# Everyday commands for diplograph. `make demo` and `make test` are the two
# commands the README opens with.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEEDS := ../shared/corpus/seeds
# The sample corpus: the shared seeds where this checkout has them, else our own examples.
CORPUS := $(shell [ -d $(SEEDS) ] && echo $(SEEDS) || echo examples/corpus)
DB ?= diplograph.duckdb

.PHONY: install demo test lint typecheck eval gsr bench bench-smoke clean screenshots train train-cv

$(BIN)/diplograph: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	@touch $@

# The web UI's browser libraries: pinned in web/package-lock.json, copied into
# src/diplograph/web/static/vendor/ (git-ignored). No CDN at run time.
install: $(BIN)/diplograph
	npm ci --prefix web --no-audit --no-fund --loglevel=error
	scripts/vendor-js.sh

demo: install
	rm -f $(DB)
	$(BIN)/diplograph ingest $(CORPUS) --manifest $(CORPUS)/manifest.csv --db $(DB)
	$(BIN)/diplograph stats --db $(DB)

# The whole suite in three processes (pytest-xdist): on two cores the third
# runs while the others wait on servers, browsers and killed ingests. The
# stores that tests only read are built once and shared (tests/conftest.py).
# Bytecode is written whatever PYTHONDONTWRITEBYTECODE says outside: the test
# processes of later runs read the test modules pytest has rewritten rather
# than rewrite them all again (about 2 CPU-seconds a process).
test: install
	PYTHONDONTWRITEBYTECODE= $(BIN)/pytest -q -n 3 --dist worksteal

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

typecheck: install
	$(BIN)/mypy

# The web UI's screenshots in docs/screenshots/, taken by the browser tests.
screenshots: install
	DIPLOGRAPH_SHOTS=$(CURDIR)/docs/screenshots $(BIN)/pytest -q tests/test_web_ui.py

# Seeds, dev and PLOVER GSR side by side (the sets found under ../shared/eval);
# a checkout without them has nothing to score, which is no error.
SHARED ?= ../shared
eval: install
	@if [ -d $(SHARED)/eval ]; then $(BIN)/diplograph eval --shared $(SHARED); \
	else echo "make eval: $(SHARED)/eval is absent, so there is nothing to score"; fi

gsr: install
	@if [ -d $(SHARED)/eval/plover-gsr ]; then \
	  $(BIN)/diplograph eval $(SHARED)/eval/plover-gsr/gold.jsonl --corpus $(SHARED)/eval/plover-gsr/docs; \
	else echo "make gsr: $(SHARED)/eval/plover-gsr is absent, so there is nothing to score"; fi

# The learned predicate classifier (docs/learned.md), rebuilt from the
# labelled news sentences and our own (a minute or two on a CPU); train-cv
# measures it with whole documents held out (5 folds, about ten minutes).
TRAIN := ../shared/train/news
train: install
	$(BIN)/python -m diplograph.learn.train $(TRAIN)/sentences.jsonl --own training/own/sentences.jsonl

train-cv: install
	$(BIN)/python -m diplograph.api.evaluation.crossval $(TRAIN)/sentences.jsonl $(TRAIN)/docs $(TRAIN)/manifest.csv \
		--own training/own/sentences.jsonl --work out/crossval

# Speed, memory and query-time figures (see docs/performance.md); minutes, not a test.
bench: install
	$(BIN)/python bench/throughput.py --words 300000
	$(BIN)/python bench/throughput.py --words 300000 --no-parse-cache
	$(BIN)/python bench/memory.py
	$(BIN)/python bench/queries.py

# Each benchmark at tiny sizes (seconds): that they still run, not figures.
# tests/test_bench.py runs the same.
bench-smoke: install
	for b in bench/*.py; do $(BIN)/python $$b --smoke || exit 1; done

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .mypy_cache .ruff_cache $(DB)
