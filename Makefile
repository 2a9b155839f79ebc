# The commands people type. `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SHARED ?= ../shared

.PHONY: run test test-offscreen test-xvfb test-bundle bench eval screenshot dist lint format setup system-deps clean

setup: $(STAMP) system-deps

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@# pip compiles the packages it installs, but not an editable project: compile ours too,
	@# so the first start (or one with PYTHONDONTWRITEBYTECODE set) does not.
	$(BIN)/python -m compileall -q desktop > /dev/null
	@touch $(STAMP)

system-deps:
	@bash packaging/ensure-system-deps.sh

run: setup
	$(BIN)/simak

test: setup lint test-offscreen test-xvfb test-bundle

test-offscreen: setup
	QT_QPA_PLATFORM=offscreen bash packaging/run-tests.sh $(BIN)/pytest -p no:xvfb -m "not xvfb" -q --ignore=tests/packaging/test_bundle.py

test-xvfb: setup
	QT_QPA_PLATFORM=xcb bash packaging/run-tests.sh $(BIN)/pytest -m xvfb -q

# Build the PyInstaller bundle and start it: analyse the sample, open the window offscreen.
test-bundle: dist
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -p no:xvfb -q tests/packaging/test_bundle.py

bench: setup
	@for b in tests/benchmarks/bench_*.py; do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

eval: setup
	@$(BIN)/python scripts/eval_ner.py --dev $(SHARED)/data/idner-news-2k/dev.txt
	@$(BIN)/python scripts/eval_coverage.py $(SHARED)/data/idner-news-2k/dev.txt

screenshot: setup
	@bash packaging/screenshot.sh simak-screenshot.png

dist: setup
	bash packaging/build-dist.sh

lint: setup
	$(BIN)/ruff check desktop tests scripts
	$(BIN)/ruff format --check desktop tests scripts

format: setup
	$(BIN)/ruff format desktop tests scripts
	$(BIN)/ruff check --fix desktop tests scripts

clean:
	rm -rf $(VENV) build dist .pytest_cache
