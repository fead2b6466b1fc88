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

# Debian's Chromium for the browser test of graph.html; without it that test is skipped.
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
		&& apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
		>/dev/null; } || echo "chromium not installed: the browser test will be skipped"

# Debian's Frog tags the silver POS data of the training recipe (training/scripts/silver_pos.py);
# without it the tests of that step are skipped. kg itself never needs it.
frog:
	@command -v frog >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
		&& apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq frog frogdata \
		>/dev/null; } \
		|| echo "frog not installed: the tests of the silver POS step will be skipped"

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
