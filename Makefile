# `make book` sets up and builds the book; `make test` runs every test (README).
# Smaller steps: `make test-fast` (unit and static checks, under a minute),
# `make test-notebooks [NB=chapters/zh/rnn-gluon.ipynb]`, `make test-book`,
# `make sync` (taught code from d2l_helpers into the lessons) and
# `make execute [NB=...]` (re-run lessons in place; see CONTRIBUTING.md).
PYTHON ?= python3.11
VENV   ?= .venv
BIN     = $(VENV)/bin
PYTEST  = $(BIN)/python -m pytest
NBVAL   = --nbval --nbval-current-env
NB     ?=

.PHONY: setup fonts browser book test test-fast test-notebooks test-book sync execute

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt constraints.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -r requirements.txt
	touch $@

# Debian packages, installed only by the targets that need them (as root).
define apt_install
	@if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    --no-install-recommends $(1); \
	else echo "Install $(1) yourself (Debian package names)"; fi
endef

# Chinese text in the figures of executed notebooks.
fonts:
	@fc-list 2>/dev/null | grep -q 'Noto Sans CJK' || $(call apt_install,fonts-noto-cjk)

# The browser test of the built book drives Debian's Chromium.
browser: fonts
	@command -v chromium >/dev/null || $(call apt_install,chromium)

book: setup
	$(BIN)/jupyter-book build . --all -W -n --keep-going

test: setup fonts browser
	$(PYTEST) -m '' $(NBVAL)

test-fast: setup
	$(PYTEST)

test-notebooks: setup fonts
	$(PYTEST) $(NBVAL) $(or $(NB),chapters)

test-book: setup browser
	$(PYTEST) -m book

sync: setup
	$(BIN)/python tools/sync_taught_code.py

execute: setup fonts
	$(BIN)/python tools/execute_notebooks.py $(NB)
