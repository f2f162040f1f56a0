"""What the tests share besides fixtures (those are in conftest.py).

A module of its own, not conftest.py: pytest loads more than one conftest.py
(chapters/conftest.py for the notebooks), so `from conftest import ...` could
reach the wrong one.
"""
import d2l_helpers as d2l

import contextlib
import hashlib
import http.server
import importlib.util
import inspect
import os
import pathlib
import threading

import pytest

#: A short, repetitive English text: small vocabulary, quick to learn.
SMALL_TEXT = ('the time traveller for so it will be convenient to speak of him '
              'was expounding a recondite matter to us ') * 6


def load_script(path):
    """The Python file at `path` (a script, not a package module), imported as a module."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gluon_layers(num_hiddens):
    """{name: factory} of the recurrent layers RNNModel must work with."""
    from mxnet.gluon import rnn  # here: the tests without MXNet import this module

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


def corpus_module():
    """The module with CORPORA, data_dir and download (d2l_helpers.corpus, formerly .data).

    The one d2l.download is defined in, where it looks those names up: tests
    monkeypatch them there.
    """
    return importlib.import_module(d2l.download.__module__)


def sha256_of(path):
    return hashlib.sha256(pathlib.Path(path).read_bytes()).hexdigest()


def verified_corpora_dir():
    """The folder holding verified copies of every corpus in CORPORA (real_data_dir).

    With D2L_DATA_DIR set: that folder, whose files must already be there and
    match their SHA-256 (nothing is downloaded into it or changed). Without it:
    the course's own download of each corpus into the data folder (the
    repository's data/), as a reader's notebook does. Fails the test with a
    message that says what to do.
    """
    corpus = corpus_module()
    named = os.environ.get('D2L_DATA_DIR')
    if named:
        folder = pathlib.Path(named)
        problems = []
        for name, (_, sha256) in corpus.CORPORA.items():
            path = folder / name
            if not path.is_file():
                problems.append(f'{name} is missing')
            elif (actual := sha256_of(path)) != sha256:
                problems.append(f'{name} has SHA-256 {actual}, not the expected {sha256}')
        if problems:
            pytest.fail(
                f'D2L_DATA_DIR={named} does not hold verified copies of the corpora: '
                f'{"; ".join(problems)}. Put byte-exact copies there (names, sizes and '
                'SHA-256 in data/README.md), or unset D2L_DATA_DIR to let the tests '
                "download them into the repository's data/ folder.", pytrace=False)
        return folder
    try:
        paths = [corpus.download(name) for name in corpus.CORPORA]
    except (FileNotFoundError, ValueError) as err:  # download's errors say which file, why
        error = str(err)
    else:
        folder = corpus.data_dir()
        assert all(path.resolve().parent == folder.resolve() for path in paths), (paths, folder)
        return folder
    pytest.fail(  # outside the except: the message alone, not a chain of tracebacks
        f'the tests need the corpora {sorted(corpus.CORPORA)} and could not download '
        f'verified copies into {corpus.data_dir()}: {error}\nWithout internet, set the '
        'environment variable D2L_DATA_DIR to a folder holding verified copies '
        '(names, sizes and SHA-256 in data/README.md).', pytrace=False)
