# Task runner of the participation portal. `make run` and `make test` are the
# two commands a fresh machine needs; everything they depend on installs itself.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.8
HOST ?= 127.0.0.1
PORT ?= 8000
# Extra arguments for pytest, e.g. `make test PYTEST_ARGS="-m 'not browser' --create-db"`.
PYTEST_ARGS ?=

.PHONY: help install run test lint format messages benchmark benchmark-faults system-deps clean
.PHONY: benchmark-load benchmark-lighthouse
.PHONY: benchmark-widgets
# Search benchmark (search/, benchmarks/search)
.PHONY: benchmark-search
.PHONY: screenshots

help:
	@echo "make run        install, migrate, load demo content and serve on http://$(HOST):$(PORT)"
	@echo "make test       install (Chromium included) and run the whole test suite"
	@echo "make lint       ruff check, format check and the import layers (lint-imports)"
	@echo "make format     ruff format and autofix"
	@echo "make messages   extract and compile the pl, en and uk catalogues (needs gettext)"
	@echo "make benchmark  run the benchmarks in benchmarks/ and print their table"
	@echo "make benchmark-faults  survey submissions while gunicorn, Redis and SMTP fail (benchmarks/faults)"
	@echo "make benchmark-load    wrk against gunicorn, in-app cache and Varnish; survey responses/s"
	@echo "make benchmark-lighthouse  Lighthouse scores of the main page types (headless Chromium)"
	@echo "make benchmark-widgets  widget requests/s from the page cache and uncached; loader size"
	@echo "make benchmark-search  search latency p50/p95 at 1k/10k/100k pages on PostgreSQL (datasets kept)"
	@echo "make screenshots  full-page screenshots at 390 and 1366 px into docs/screenshots/"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The lock files pin every package, hashes included: every machine installs
# exactly the versions the tests passed with. requirements.lock is what
# production needs; requirements-dev.lock adds the test and lint tools.
$(VENV)/.installed: requirements-dev.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"
	$(BIN)/uv pip sync --quiet --python $(BIN)/python requirements-dev.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python "uv==$(UV_VERSION)"
	touch $@

install: $(VENV)/.installed

node_modules/.installed: package.json package-lock.json | system-deps
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Browser tests drive Debian's Chromium (no browser is downloaded) with
# axe-core from npm; the catalogue test extracts strings with GNU gettext;
# the purge test runs Debian's Varnish in front of the live server; the
# benchmarks load the server with Debian's wrk.
system-deps:
	@missing=""; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	[ -x /usr/sbin/varnishd ] || missing="$$missing varnish"; \
	command -v wrk >/dev/null || missing="$$missing wrk"; \
	command -v xgettext >/dev/null || missing="$$missing gettext"; \
	command -v npm >/dev/null || missing="$$missing nodejs npm"; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = "0" ]; then \
			echo "Installing Debian packages:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else \
			echo "The tests need these Debian packages:$$missing"; \
			echo "Install them with:  sudo apt-get install$$missing"; \
			exit 1; \
		fi; \
	fi

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py prepare_renditions
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install system-deps node_modules/.installed
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: install
	$(BIN)/python manage.py makemessages --locale pl --locale en --locale uk --ignore ".venv/*" --ignore "node_modules/*" --ignore "tests/*" --ignore "benchmarks/*" --ignore "media/*" --no-obsolete
	$(BIN)/python manage.py compilemessages --ignore ".venv/*" --ignore "node_modules/*"

benchmark: install
	$(BIN)/python -m benchmarks

benchmark-faults: install
	$(BIN)/python -m benchmarks.faults

# Whole-page cache and cheap pages (issue #12): every page type uncached, cached
# in-app and through Varnish, and survey responses per second, on PostgreSQL and
# Redis; benchmarks/results/load.md. Refuses to run on a busy host (see
# benchmarks/load/__main__.py for the BENCHMARK_LOAD_* settings).
benchmark-load: install system-deps
	$(BIN)/python -m benchmarks.load

# Lighthouse's four category scores of the main page types with production
# settings; benchmarks/results/lighthouse.md.
benchmark-lighthouse: install system-deps node_modules/.installed
	CHROME_PATH=$${CHROME_PATH:-/usr/bin/chromium} $(BIN)/python -m benchmarks.lighthouse

# Widgets (issue #10): wrk against gunicorn with the page cache on and off, and the
# loader's gzipped size; benchmarks/results/widgets.md.
benchmark-widgets: install system-deps
	$(BIN)/python -m benchmarks.widgets

# Full-page screenshots of the home, project, survey and event pages at 390 and
# 1366 px, taken by the browser tests (tests/browser/test_participation.py)
# into docs/screenshots/, which README.md shows.
screenshots: install system-deps node_modules/.installed
	SCREENSHOT_DIR=docs/screenshots $(BIN)/pytest tests/browser/test_participation.py -k screenshots $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) node_modules db.sqlite3 media staticfiles

# Search benchmark: PostgreSQL databases bench_search_1k/10k/100k (created,
# filled and indexed once, then kept); SEARCH_BENCHMARK_ARGS e.g. "--strict".
benchmark-search: install
	$(BIN)/python -m benchmarks.search $(SEARCH_BENCHMARK_ARGS)
