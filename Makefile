# Two commands for a fresh machine (Python 3.11 or 3.12 as python3):
#   make run    set up .venv and run the whole flow on data/raw into data/processed
#   make test   set up .venv and run the test suite
# Both install exactly the versions in constraints.txt (the tested set).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
RAW    ?= data/raw
OUT    ?= data/processed

.PHONY: setup run test test-fast lock score clean

SPARK  := $(VENV)/spark

setup: $(VENV)/.installed $(SPARK)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

# Spark, for the test that the tables open in Spark (needs Java 17+), in a folder of its own off the
# app's path: pandera imports pyspark.pandas whenever it can, which patches pandas and warns on every run.
$(SPARK)/.installed: constraints.txt
	$(BIN)/python -m pip install --quiet -c constraints.txt --target $(SPARK) pyspark
	touch $@

run: setup
	$(BIN)/newsfacts run --raw $(RAW) --out $(OUT)

test: setup
	$(BIN)/python -m pytest

# The extraction, table and report logic alone: no Prefect, no server, no Spark, no browser (under 30 s).
test-fast: setup
	$(BIN)/python -m pytest -m "not slow"

# After a deliberate upgrade in .venv (and a green make test): write the tested set to constraints.txt.
lock:
	{ sed -n '/^#/p' constraints.txt; $(BIN)/python -m pip freeze --exclude-editable; \
	  $(BIN)/python -m pip freeze --path $(SPARK); } > constraints.txt.new
	mv constraints.txt.new constraints.txt

score: setup
	$(BIN)/python ../shared/eval/score.py --contract --out $(OUT) --gold ../shared/eval/dev/seeds.jsonl

clean:
	rm -rf $(OUT)/* $(VENV)
