# biopress: `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
WAREHOUSE ?= warehouse/biopress.duckdb
SAMPLES := samples/releases
EXAMPLE_QUERY := warehouse/queries/milestone_payments.sql
DEV_CORPUS ?= ../shared/dev-corpus

.PHONY: setup system-deps run test test-fast lint eval eval-ocr bench clean-warehouse

# The venv is rebuilt whenever the pinned set or the project's metadata changes.
$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $@

setup: $(VENV)/.installed

# What the tests and eval-ocr need beyond Python: headless Chromium for the report test, tesseract
# (with its English data) for the scan tests and eval-ocr (Debian's packages). Installed with
# apt-get when missing (as root, or through sudo); nothing is skipped silently.
SYSTEM_PACKAGES := chromium:chromium tesseract:tesseract-ocr tesseract:tesseract-ocr-eng
system-deps:
	@missing=""; for entry in $(SYSTEM_PACKAGES); do tool=$${entry%%:*}; package=$${entry#*:}; \
		if [ "$$package" = tesseract-ocr-eng ]; then \
			command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx eng && continue; \
		else command -v $$tool >/dev/null 2>&1 && continue; fi; \
		missing="$$missing $$package"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		SUDO=$$([ "$$(id -u)" -eq 0 ] || echo sudo); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

run: setup
	$(BIN)/biopress run --source $(SAMPLES) --warehouse $(WAREHOUSE)
	@echo
	@echo "Example query ($(EXAMPLE_QUERY)):"
	@grep -v '^--' $(EXAMPLE_QUERY)
	@$(BIN)/biopress query "$$(cat $(EXAMPLE_QUERY))" --warehouse $(WAREHOUSE)

test: setup system-deps
	$(BIN)/python -m pytest

# The inner loop: everything but the end-to-end tests that start Prefect (about a minute).
test-fast: setup system-deps
	$(BIN)/python -m pytest -m "not e2e"

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

eval: setup
	$(BIN)/python scripts/evaluate.py --corpus $(DEV_CORPUS) --samples

# Real OCR: texts printed, degraded and read by tesseract (scans cached under bench/work/scans).
eval-ocr: setup system-deps
	$(BIN)/python scripts/eval_ocr.py --corpus $(DEV_CORPUS)

# Synthetic corpora and warehouses under bench/work (git-ignored); figures in bench/RESULTS.md.
BENCH_SIZES ?= 1000,10000,100000
bench: setup
	$(BIN)/python scripts/bench.py --sizes $(BENCH_SIZES)

clean-warehouse:
	rm -rf warehouse/*.duckdb warehouse/*.duckdb.wal warehouse/*.duckdb.versions warehouse/parquet warehouse/raw warehouse/.prefect warehouse/staging warehouse/failed-runs warehouse/.biopress.lock warehouse/report.html
