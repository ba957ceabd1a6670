# Puente — `make run` starts everything, `make test` runs every test. `make help` lists the rest.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
RASA_VENV := .venv-rasa
APP_STAMP := $(VENV)/.installed
RASA_STAMP := $(RASA_VENV)/.installed
PY := $(VENV)/bin/python

.DEFAULT_GOAL := help
.PHONY: help setup run test lint format train eval-nlu eval-dev eval-danger bench messages clean

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(APP_STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip wheel
	$(PY) -m pip install -q -e '.[dev]'
	@touch $@

$(RASA_STAMP): requirements/rasa-py310.txt requirements/rasa-py311.txt tools/make-rasa-venv.sh
	tools/make-rasa-venv.sh
	@touch $@

setup: $(APP_STAMP) $(RASA_STAMP) ## create .venv and .venv-rasa (only when their pins changed)

run: setup ## set up, migrate, train if needed, start Rasa and the app on http://localhost:8000
	$(PY) -m bot run

test: setup ## run every test (CI=true turns skips for missing PostgreSQL/Chromium into failures)
	$(PY) -m pytest

lint: $(APP_STAMP) ## ruff, mypy and the layer contracts (import-linter)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check bot tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

format: $(APP_STAMP) ## format the code
	$(VENV)/bin/ruff format bot tests bench
	$(VENV)/bin/ruff check --fix .

train: setup ## train the production model if its config or data changed
	$(PY) -m bot train

eval-nlu: setup ## train if needed and score the held-out NLU test set per language
	$(PY) -m bot eval-nlu

eval-dev: setup ## score development sets and print their misses: make eval-dev SETS="tests/understanding/topics_dev2"
	$(PY) -m bot eval-dev $(SETS)

eval-danger: setup ## score the danger screen end to end on the blind sets, Rasa down and up
	$(PY) -m bot eval-danger

bench: setup ## run the benchmarks in bench/
	@for b in bench/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

messages: $(APP_STAMP) ## extract interface strings and update the catalogs
	$(VENV)/bin/pybabel extract -F babel.cfg -k N_ --no-location --sort-output \
		-o locales/messages.pot --project Puente .
	$(VENV)/bin/pybabel update -D messages -i locales/messages.pot -d locales --no-fuzzy-matching

clean: ## remove caches (keeps venvs and models)
	rm -rf .pytest_cache .mypy_cache .ruff_cache
