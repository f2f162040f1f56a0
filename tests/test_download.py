"""Downloading corpora: checksum, re-fetching bad copies, clear errors, no partial files.

A local HTTP server on 127.0.0.1 serves small made-up files; CORPORA and
D2L_DATA_DIR are pointed at it and at a temporary folder.
"""
import d2l_helpers as d2l

import hashlib
import http.server
import pathlib
import socket

import pytest
from conftest import local_server

GOOD = b'a small made-up corpus\nwith two lines\n' * 50
BAD = b'these are not the bytes you are looking for\n' * 10
NAME = 'made-up.txt'


class Handler(http.server.BaseHTTPRequestHandler):
    requests = []

    def do_GET(self):  # noqa: N802  (http.server's spelling)
        Handler.requests.append(self.path)
        if self.path == '/good':
            body, length = GOOD, len(GOOD)
        elif self.path == '/corrupt':
            body, length = BAD, len(BAD)
        elif self.path == '/truncated':  # promises more than it sends, then hangs up
            body, length = GOOD[:100], len(GOOD)
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header('Content-Type', 'application/octet-stream')
        self.send_header('Content-Length', str(length))
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()
        self.close_connection = True

    def log_message(self, *args):
        pass


@pytest.fixture(scope='module')
def server():
    with local_server(Handler) as url:
        yield url


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv('D2L_DATA_DIR', str(tmp_path / 'data'))
    for var in ('http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'all_proxy',
                'ALL_PROXY'):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv('NO_PROXY', '127.0.0.1,localhost')
    monkeypatch.setenv('no_proxy', '127.0.0.1,localhost')
    Handler.requests.clear()
    return tmp_path / 'data'


def serve(monkeypatch, url):
    monkeypatch.setitem(d2l.data.CORPORA, NAME, (url, hashlib.sha256(GOOD).hexdigest()))


def closed_port_url():
    with socket.socket() as sock:
        sock.bind(('127.0.0.1', 0))
        port = sock.getsockname()[1]
    return f'http://127.0.0.1:{port}/good'  # nothing listens there any more


def test_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv('D2L_DATA_DIR', str(tmp_path))
    assert d2l.data_dir() == tmp_path
    monkeypatch.delenv('D2L_DATA_DIR')
    assert d2l.data_dir() == pathlib.Path(d2l.__file__).resolve().parent.parent / 'data'


def test_unknown_name(folder):
    with pytest.raises(ValueError, match='no-such-file'):
        d2l.download('no-such-file')


def test_good_file_downloaded_verified_then_cached(server, folder, monkeypatch):
    serve(monkeypatch, server + '/good')
    path = d2l.download(NAME)
    assert path == folder / NAME and path.read_bytes() == GOOD
    assert sorted(p.name for p in folder.iterdir()) == [NAME]
    assert Handler.requests == ['/good']
    assert d2l.download(NAME).read_bytes() == GOOD
    assert Handler.requests == ['/good']  # a verified copy is not fetched again


def test_verified_copy_used_without_network(folder, monkeypatch):
    serve(monkeypatch, closed_port_url())
    folder.mkdir()
    (folder / NAME).write_bytes(GOOD)
    assert d2l.download(NAME).read_bytes() == GOOD


def test_corrupt_cached_copy_is_fetched_again(server, folder, monkeypatch):
    serve(monkeypatch, server + '/good')
    folder.mkdir()
    (folder / NAME).write_bytes(BAD)
    path = d2l.download(NAME)
    assert path.read_bytes() == GOOD
    assert Handler.requests == ['/good']
    assert sorted(p.name for p in folder.iterdir()) == [NAME]


def test_corrupt_cached_copy_without_network_is_not_used(folder, monkeypatch):
    serve(monkeypatch, closed_port_url())
    folder.mkdir()
    (folder / NAME).write_bytes(GOOD[:-1] + b'!')
    with pytest.raises(FileNotFoundError):
        d2l.download(NAME)


def test_server_serves_corrupt_bytes(server, folder, monkeypatch):
    serve(monkeypatch, server + '/corrupt')
    with pytest.raises(ValueError) as err:
        d2l.download(NAME)
    assert 'SHA-256' in str(err.value) and NAME in str(err.value)
    assert not folder.exists() or list(folder.iterdir()) == []


def test_server_gone(folder, monkeypatch):
    url = closed_port_url()
    serve(monkeypatch, url)
    with pytest.raises(FileNotFoundError) as err:
        d2l.download(NAME)
    message = str(err.value)
    assert NAME in message and url in message and 'D2L_DATA_DIR' in message
    assert str(folder) in message
    assert not folder.exists() or list(folder.iterdir()) == []


def test_not_found_on_server(server, folder, monkeypatch):
    serve(monkeypatch, server + '/missing')
    with pytest.raises(FileNotFoundError, match='D2L_DATA_DIR'):
        d2l.download(NAME)
    assert not folder.exists() or list(folder.iterdir()) == []


def test_interrupted_download_leaves_nothing(server, folder, monkeypatch):
    serve(monkeypatch, server + '/truncated')
    with pytest.raises((FileNotFoundError, ValueError)) as err:
        d2l.download(NAME)
    assert NAME in str(err.value)
    assert not folder.exists() or list(folder.iterdir()) == []
    # ... and a later good download still works
    serve(monkeypatch, server + '/good')
    assert d2l.download(NAME).read_bytes() == GOOD
    assert sorted(p.name for p in folder.iterdir()) == [NAME]


def test_real_corpora_checksums(real_data_dir):
    """The copies the loaders use match their SHA-256 and data/README.md; URLs are HTTPS."""
    readme = (pathlib.Path(__file__).resolve().parent.parent / 'data' / 'README.md').read_text()
    for name, (url, sha256) in d2l.data.CORPORA.items():
        assert url.startswith('https://'), f'{name} is fetched over plain HTTP: {url}'
        assert len(sha256) == 64, f'{name}: {sha256!r} is not a SHA-256'
        assert hashlib.sha256((real_data_dir / name).read_bytes()).hexdigest() == sha256
        assert sha256 in readme and url in readme and name in readme
