# Two commands: `make run` and `make test`. Everything else is created on demand.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
VPY := $(VENV)/bin/python
STAMP := $(VENV)/.requirements-installed

.PHONY: run dev test setup install browser lint bench-ingest bench-pipeline bench-matching bench-matching-quality bench-soak clean

$(STAMP): requirements.txt
	test -x $(VPY) || $(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --quiet --upgrade pip
	$(VPY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

install: $(STAMP)

# Debian's chromium for the browser tests; skipped (the tests then say so) where apt is unavailable.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "chromium not installed: browser tests will be skipped"; }

setup: install
	$(VPY) -m carbon.launcher setup

run: install
	$(VPY) -m carbon.launcher run

# The same with DEBUG on (Django's debug pages, static files from the source tree).
dev: install
	$(VPY) -m carbon.launcher dev

# The layer contracts first (pyproject.toml, [tool.importlinter]): a broken one fails.
test: install browser
	$(VENV)/bin/lint-imports
	$(VPY) -m carbon.launcher test $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/lint-imports
	$(VPY) -m ruff check .
	$(VPY) -m ruff format --check .

bench-ingest: install
	$(VPY) bench/ingest.py

bench-pipeline: install
	$(VPY) bench/pipeline.py

bench-matching: install
	$(VPY) bench/matching.py

bench-matching-quality: install
	$(VPY) bench/matching_quality.py

bench-soak: install
	$(VPY) bench/soak.py

clean:
	-$(VPY) -m carbon.core.devdb stop
	rm -rf .data media staticfiles test-artifacts
