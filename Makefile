# newsgraph: the README's two commands are `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CORPUS ?= examples/corpus
OUT ?= out/demo

.PHONY: demo test lint bench lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Stamp files make each install step run again only when its lock file changes.
$(VENV)/.deps: requirements.lock requirements-build.lock | $(BIN)/python
	$(BIN)/python -m pip install -q --require-hashes -r requirements-build.lock
	$(BIN)/python -m pip install -q --require-hashes -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.dev: requirements-dev.lock $(VENV)/.deps
	$(BIN)/python -m pip install -q --require-hashes -r requirements-dev.lock
	touch $@

demo: $(VENV)/.deps
	rm -f $(OUT)/newsgraph.db $(OUT)/newsgraph.db-wal $(OUT)/newsgraph.db-shm
	$(BIN)/newsgraph analyze $(CORPUS) --out $(OUT) --db $(OUT)/newsgraph.db

test: $(VENV)/.dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	@# pytest exits 5 when it collects no tests: a suite that tests nothing is a failure.
	$(BIN)/python -m pytest -q $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests" >&2; exit 1; fi; exit $$rc

lint: $(VENV)/.dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

# Regenerate the pinned, hashed lock files after editing pyproject.toml. No index or wheel folder of
# the machine that ran it is written into them: pip's own configuration says where packages come from.
LOCKFLAGS = -q --generate-hashes --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links
lock:
	$(BIN)/python -m pip install -q pip-tools
	$(BIN)/pip-compile $(LOCKFLAGS) -o requirements.lock pyproject.toml
	$(BIN)/pip-compile $(LOCKFLAGS) --extra dev -o requirements-dev.lock pyproject.toml
	$(BIN)/pip-compile $(LOCKFLAGS) -o requirements-build.lock requirements-build.in

clean:
	rm -rf $(VENV) out build *.egg-info src/*.egg-info
