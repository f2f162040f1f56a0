"""Shared fixtures for the d2l_helpers unit tests.

Tests that need the real corpora read them from the folder named by
D2L_DATA_DIR (CI points it at verified copies); without it they fail with a
message that says what to do.
"""
import contextlib
import http.server
import inspect
import os
import pathlib
import sys
import threading

import matplotlib

matplotlib.use('Agg')  # no display in tests; set before pyplot is imported

import d2l_helpers as d2l  # noqa: E402  (first: sets the thread count)

#: The tools' modules (nbfiles reads the notebooks, sync_taught_code, ...).
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / 'tools'))

# isort: split
import pytest  # noqa: E402
from mxnet.gluon import rnn  # noqa: E402

#: A short, repetitive English text: small vocabulary, quick to learn.
SMALL_TEXT = ('the time traveller for so it will be convenient to speak of him '
              'was expounding a recondite matter to us ') * 6


def gluon_layers(num_hiddens):
    """{name: factory} of the recurrent layers RNNModel must work with."""
    return {
        'rnn': lambda: rnn.RNN(num_hiddens),
        'gru': lambda: rnn.GRU(num_hiddens),
        'lstm': lambda: rnn.LSTM(num_hiddens),
        'rnn-2-layers': lambda: rnn.RNN(num_hiddens, num_layers=2),
        'lstm-2-layers': lambda: rnn.LSTM(num_hiddens, num_layers=2),
        'gru-bidirectional': lambda: rnn.GRU(num_hiddens, bidirectional=True),
    }


def signature_problems(module, expected):
    """How module's functions differ from {name: [leading positional parameters]}.

    Those parameters must come first, in that order, positional-or-keyword;
    any others must be keyword-only. Returns a list of messages.
    """
    problems = []
    for name, positional in expected.items():
        params = list(inspect.signature(getattr(module, name)).parameters.values())
        head, extra = params[:len(positional)], params[len(positional):]
        if [p.name for p in head] != positional or any(
                p.kind != p.POSITIONAL_OR_KEYWORD for p in head):
            problems.append(f'{name}: positional {[p.name for p in head]} != {positional}')
        bad = [p.name for p in extra if p.kind not in (p.KEYWORD_ONLY, p.VAR_KEYWORD)]
        if bad:
            problems.append(f'{name}: extra parameters not keyword-only: {bad}')
    return problems


@contextlib.contextmanager
def local_server(handler):
    """Serve requests with `handler` on 127.0.0.1 (an ephemeral port); yields the base URL."""
    server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f'http://127.0.0.1:{server.server_port}'
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def language():
    """d2l.set_language, with English restored after the test."""
    yield d2l.set_language
    d2l.set_language('en')


@pytest.fixture(scope='session')
def real_data_dir():
    """The folder with verified corpora, from D2L_DATA_DIR."""
    folder = os.environ.get('D2L_DATA_DIR')
    if not folder:
        pytest.fail('set the environment variable D2L_DATA_DIR to a folder holding '
                    'verified copies of jaychou_lyrics.txt.zip and timemachine.txt '
                    '(see data/README.md), e.g. D2L_DATA_DIR=/work/shared/data',
                    pytrace=False)
    path = pathlib.Path(folder)
    missing = [name for name in d2l.data.CORPORA if not (path / name).is_file()]
    if missing:
        pytest.fail(f'D2L_DATA_DIR={folder} lacks {missing}; put verified copies there',
                    pytrace=False)
    return path


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
