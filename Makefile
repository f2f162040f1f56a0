# `make book` sets up and builds the book; `make test` runs every test (README).
# Smaller steps: `make test-fast` (unit and static checks, under a minute),
# `make test-notebooks [NB=chapters/zh/rnn-gluon.ipynb]`, `make test-book`,
# `make sync [NB=...]` (taught code from d2l_helpers and the Colab setup cell
# into the lessons) and
# `make execute [NB=...]` (re-run lessons in place; see CONTRIBUTING.md).
# Another Python: `make setup PYTHON=python3.13 VENV=.venv-3.13`, then the
# same VENV=... for the other targets (3.11, 3.12 and 3.13 are supported).
PYTHON ?= python3.11
VENV   ?= .venv
BIN     = $(VENV)/bin
PIP     = $(BIN)/python -m pip install -q
PYTEST  = $(BIN)/python -m pytest
NBVAL   = --nbval --nbval-current-env
NB     ?=
# 3.11, 3.12 or 3.13: how `setup` installs depends on it. Once $(VENV) exists,
# its interpreter decides, so `make test VENV=.venv-3.13` needs no PYTHON=.
VERSION_OF = $(shell $(1) -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)
PY_VERSION := $(call VERSION_OF,$(if $(wildcard $(BIN)/python),$(BIN)/python,$(PYTHON)))
ifeq ($(origin PYTHON),command line)
ifneq ($(call VERSION_OF,$(PYTHON)),$(PY_VERSION))
$(error $(VENV) is Python $(PY_VERSION), PYTHON=$(PYTHON) is not: choose another \
  VENV=..., or remove $(VENV))
endif
endif

.PHONY: setup fonts browser book test test-fast test-notebooks test-book sync execute \
	test-without-mxnet experiments spread

# PyTorch for lesson 5 (requirements-torch.txt says which build): by default
# on CPython 3.11 only; on 3.12 and 3.13 pip would fetch PyPI's CUDA build of
# several GB, so there only with TORCH=1. TORCH=0 skips it everywhere.
TORCH ?= $(if $(filter 3.11,$(PY_VERSION)),1,0)
WITH_TORCH = $(filter 1,$(TORCH))
# Without PyTorch in $(VENV), the notebook tests leave lesson 5 out, and say so.
NO_TORCH = $(BIN)/python -c 'import torch' 2>/dev/null || { \
  echo 'Lesson 5 left out: no PyTorch in $(VENV) (make setup TORCH=1 installs it)' >&2; \
  echo '--ignore-glob=chapters/*/rnn-pytorch.ipynb'; }

setup: $(VENV)/.installed $(if $(WITH_TORCH),$(VENV)/.torch)

$(VENV)/.torch: $(VENV)/.installed requirements-torch.txt
	$(PIP) -r requirements-torch.txt -c constraints.txt
	touch $@

# CPython 3.11, the version the stored outputs are made with: one resolver run.
INSTALL_3.11 = $(PIP) -r requirements.txt
# 3.12 and 3.13: numpy 2 (numpy 1.23 has no wheels for them), then MXNet
# without its dependencies, because its metadata asks for numpy<2
# (requirements-numpy2.txt says why that is safe).
INSTALL_NUMPY2 = $(PIP) -r requirements-numpy2.txt -c constraints-$(PY_VERSION).txt \
	&& $(PIP) --no-deps mxnet==1.9.1
INSTALL_3.12 = $(INSTALL_NUMPY2)
INSTALL_3.13 = $(INSTALL_NUMPY2)

$(VENV)/.installed: requirements.txt requirements-numpy2.txt constraints.txt \
		constraints-3.12.txt constraints-3.13.txt pyproject.toml
	$(if $(INSTALL_$(PY_VERSION)),,$(error PYTHON=$(PYTHON) is Python \
	  '$(PY_VERSION)'; the course runs on CPython 3.11, 3.12 and 3.13))
	$(PYTHON) -m venv $(VENV)
	$(INSTALL_$(PY_VERSION))
	touch $@

# Debian packages, installed only by the targets that need them (as root).
define apt_install
	if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
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
	$(PYTEST) -m '' $(NBVAL) $$($(NO_TORCH))

test-fast: setup
	$(PYTEST)

test-notebooks: setup fonts
	$(PYTEST) $(NBVAL) $(or $(NB),chapters $$($(NO_TORCH)))

test-book: setup browser
	$(PYTEST) -m book

sync: setup
	$(BIN)/python tools/sync_taught_code.py $(NB)

execute: setup fonts
	$(BIN)/python tools/execute_notebooks.py $(NB)

# The framework-free core, lesson 5's PyTorch helpers and lesson 5 itself
# (both languages, under nbval; chapters/conftest.py skips its cells tagged
# needs-mxnet), in a venv without MXNet (CPython 3.11: PyTorch's CPU build).
# CI runs it.
NO_MXNET = .venv-without-mxnet
PYTORCH_LESSON = chapters/zh/rnn-pytorch.ipynb chapters/en/rnn-pytorch.ipynb
$(NO_MXNET)/.installed: requirements-without-mxnet.txt constraints.txt pyproject.toml
	python3.11 -m venv $(NO_MXNET)
	$(NO_MXNET)/bin/python -m pip install -q -r requirements-without-mxnet.txt
	$(NO_MXNET)/bin/python -m pip install -q --no-deps -e .
	touch $@

test-without-mxnet: $(NO_MXNET)/.installed
	$(NO_MXNET)/bin/python -c 'import mxnet' 2>/dev/null \
	  && { echo 'MXNet is installed in $(NO_MXNET)' >&2; exit 1; } || true
	$(NO_MXNET)/bin/python -m pytest tests/test_framework_free.py \
	  tests/test_pytorch.py tests/test_ngrams.py tests/test_bootstrap.py
	$(NO_MXNET)/bin/python -m pytest $(NBVAL) $(PYTORCH_LESSON)

# The long runs behind the lesson on where a recurrent network beats counting
# (experiments/README.md): about 30-45 minutes on 2 idle cores. Writes
# experiments/results/where-networks-win.json and .npz.
experiments: setup
	$(BIN)/python experiments/where_networks_win.py --out experiments/results

# How far the training results the lessons quote move with other thread counts,
# load and seeds (experiments/README.md): five runs of each training lesson,
# about an hour on 2 idle cores; runs already stored are skipped (AGAIN=1 redoes
# them). Writes experiments/results/live-spread/ and live-spread.json.
spread: setup
	$(BIN)/python experiments/live_spread.py $(if $(AGAIN),--again)
	$(BIN)/python experiments/live_spread.py --summary
