# Jejak: `make run` sets up .venv and builds the dataset from data/raw; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(abspath $(VENV))/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-all test-slow test-browser install repro clean-outputs

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	PATH="$(BIN):$$PATH" dvc repro
	$(BIN)/jejak summary

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-all: $(STAMP)
	$(BIN)/python -m pytest -q -m ""

test-slow: $(STAMP)
	$(BIN)/python -m pytest -q -m slow

test-browser: $(STAMP)
	$(BIN)/python -m pytest -q -m browser

clean-outputs:
	rm -rf data/interim data/processed
