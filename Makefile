# Two commands do everything: `make run` builds the sample graph, `make test` runs the tests.
# Both create the local virtual environment .venv from the pinned requirements.lock first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORPUS ?= data/corpus
OUT ?= out

.PHONY: run test browser frog lint bench clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/kg build $(CORPUS) -o $(OUT)

test: $(STAMP) browser frog
	$(BIN)/python -m pytest

# $(call debian,COMMAND,PACKAGES,WHAT): install Debian PACKAGES (as root, with apt-get) unless
# COMMAND exists; otherwise say that WHAT will be skipped.
debian = @command -v $(1) >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	&& apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2) \
	>/dev/null; } || echo "$(1) not installed: $(3) will be skipped"

# Debian's Chromium for the browser test of graph.html.
browser:
	$(call debian,chromium,chromium,the browser test)

# Debian's Frog tags the silver POS data of the training recipe (training/scripts/silver_pos.py);
# kg itself never needs it.
frog:
	$(call debian,frog,frog frogdata,the tests of the silver POS step)

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy

# Run on demand, not in CI: model scores and speed (needs ../shared/nlp-data), a build of 100
# documents (20 copies of data/corpus) with one and two workers.
bench: $(STAMP)
	$(BIN)/python -m benchmarks.model
	$(BIN)/python -m benchmarks.build

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
