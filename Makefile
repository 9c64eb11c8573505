# Two commands for a fresh machine (Python 3.11 or 3.12 as python3):
#   make run    set up .venv and run the whole flow on data/raw into data/processed
#   make test   set up .venv and run the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
RAW    ?= data/raw
OUT    ?= data/processed

.PHONY: setup run test score clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: setup
	$(BIN)/newsfacts run --raw $(RAW) --out $(OUT)

test: setup
	$(BIN)/python -m pytest

score: setup
	$(BIN)/python ../shared/eval/score.py --contract --out $(OUT) --gold ../shared/eval/dev/seeds.jsonl

clean:
	rm -rf $(OUT)/* $(VENV)
