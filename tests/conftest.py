"""Shared fixtures for the d2l_helpers unit tests.

Tests that need the real corpora get them the way a reader's notebook does:
downloaded (and verified) into the repository's data/ folder on first use. With
D2L_DATA_DIR set, they read the verified copies in the folder it names instead
(for machines without internet; see data/README.md).
"""
import pathlib
import sys

import matplotlib

matplotlib.use('Agg')  # no display in tests; set before pyplot is imported

import d2l_helpers as d2l  # noqa: E402  (first: sets the thread count)

#: The tools' modules (nbfiles reads the notebooks, sync_taught_code, ...).
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / 'tools'))

# isort: split
import pytest  # noqa: E402
from support import SMALL_TEXT, verified_corpora_dir  # noqa: E402


@pytest.fixture
def language():
    """d2l.set_language, with English restored after the test."""
    yield d2l.set_language
    d2l.set_language('en')


@pytest.fixture(scope='session')
def real_data_dir():
    """The folder with verified corpora: D2L_DATA_DIR, else data/ after downloading."""
    return verified_corpora_dir()


@pytest.fixture(scope='session')
def jay(real_data_dir):
    """load_data_jay_lyrics(num_valid=2000)."""
    return d2l.load_data_jay_lyrics(num_valid=2000)


@pytest.fixture(scope='session')
def time_machine(real_data_dir):
    """load_data_time_machine(num_valid=2000)."""
    return d2l.load_data_time_machine(num_valid=2000)


@pytest.fixture(scope='session')
def small():
    """(corpus_indices, char_to_idx, idx_to_char, vocab_size) of SMALL_TEXT."""
    return d2l.split_corpus(SMALL_TEXT, len(SMALL_TEXT), 0)


@pytest.fixture
def ctx():
    return d2l.try_gpu()
