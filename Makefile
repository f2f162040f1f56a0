# `make book` sets everything up and builds the book; `make test` runs every test.
PYTHON ?= python3.11
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: setup book test

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt constraints.txt pyproject.toml
	@if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    --no-install-recommends fonts-noto-cjk chromium; \
	else echo "Install the CJK fonts and Chromium yourself (Debian: fonts-noto-cjk chromium)"; fi
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -r requirements.txt
	touch $@

book: setup
	$(BIN)/jupyter-book build . --all -W -n --keep-going

test: setup
	$(BIN)/python -m pytest
