"""Downloading corpora: checksum, re-fetching bad copies, clear errors, no partial files.

A local HTTP server on 127.0.0.1 serves small made-up files (and copies of
the real corpora); CORPORA and D2L_DATA_DIR are pointed at it and at a
temporary folder. The tests of `real_data_dir` (conftest.verified_corpora_dir)
check both of its ways: the course's own download into the data folder, and
the verified copies in D2L_DATA_DIR.

The tests named *_d2l_data_url need the product to honour the environment
variable D2L_DATA_URL (a base URL replacing every corpus's host); they fail
until `download` does.
"""
import d2l_helpers as d2l

import hashlib
import http.server
import socket

import pytest
from nbfiles import REPO
from support import corpus_module, local_server, verified_corpora_dir

corpus = corpus_module()  # where CORPORA, data_dir and download live

GOOD = b'a small made-up corpus\nwith two lines\n' * 50
BAD = b'these are not the bytes you are looking for\n' * 10
NAME = 'made-up.txt'


class Handler(http.server.BaseHTTPRequestHandler):
    requests = []
    files = {}  # path -> bytes served as they are

    def do_GET(self):  # noqa: N802  (http.server's spelling)
        Handler.requests.append(self.path)
        if self.path == '/good':
            body, length = GOOD, len(GOOD)
        elif self.path == '/corrupt':
            body, length = BAD, len(BAD)
        elif self.path == '/truncated':  # promises more than it sends, then hangs up
            body, length = GOOD[:100], len(GOOD)
        elif self.path in Handler.files:
            body = Handler.files[self.path]
            length = len(body)
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
    monkeypatch.delenv('D2L_DATA_URL', raising=False)  # CI may point it at a mirror
    for var in ('http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'all_proxy',
                'ALL_PROXY'):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv('NO_PROXY', '127.0.0.1,localhost')
    monkeypatch.setenv('no_proxy', '127.0.0.1,localhost')
    Handler.requests.clear()
    Handler.files.clear()
    return tmp_path / 'data'


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def serve(monkeypatch, url):
    monkeypatch.setitem(corpus.CORPORA, NAME, (url, sha256(GOOD)))


def only(monkeypatch, corpora):
    """CORPORA becomes {name: (url, sha256)}, and nothing else."""
    monkeypatch.setattr(corpus, 'CORPORA', corpora)


def listing(folder):
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.fixture
def repo_data(folder, monkeypatch):
    """No D2L_DATA_DIR; the repository's data folder is a temporary one."""
    monkeypatch.delenv('D2L_DATA_DIR')
    monkeypatch.setattr(corpus, 'data_dir', lambda: folder)
    return folder


def closed_port_url():
    with socket.socket() as sock:
        sock.bind(('127.0.0.1', 0))
        port = sock.getsockname()[1]
    return f'http://127.0.0.1:{port}/good'  # nothing listens there any more


def test_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv('D2L_DATA_DIR', str(tmp_path))
    assert d2l.data_dir() == tmp_path
    monkeypatch.delenv('D2L_DATA_DIR')
    assert d2l.data_dir() == REPO / 'data'


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
    assert sha256(GOOD) in str(err.value)  # the expected hash
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
    readme = (REPO / 'data' / 'README.md').read_text()
    for name, (url, expected) in corpus.CORPORA.items():
        assert url.startswith('https://'), f'{name} is fetched over plain HTTP: {url}'
        assert len(expected) == 64, f'{name}: {expected!r} is not a SHA-256'
        assert sha256((real_data_dir / name).read_bytes()) == expected
        assert expected in readme and url in readme and name in readme


# real_data_dir without D2L_DATA_DIR: the course's own download into data/


def test_first_run_downloads_real_corpora_into_data_folder(real_data_dir, server, repo_data,
                                                           monkeypatch):
    """A newcomer's first run: both corpora fetched (here from a local server), verified."""
    for name, (_, expected) in list(corpus.CORPORA.items()):
        monkeypatch.setitem(corpus.CORPORA, name, (f'{server}/hosts/{name}', expected))
        Handler.files[f'/hosts/{name}'] = (real_data_dir / name).read_bytes()
    assert verified_corpora_dir() == repo_data
    assert listing(repo_data) == sorted(corpus.CORPORA)
    for name, (_, expected) in corpus.CORPORA.items():
        assert sha256((repo_data / name).read_bytes()) == expected
    assert sorted(Handler.requests) == sorted(f'/hosts/{name}' for name in corpus.CORPORA)
    assert verified_corpora_dir() == repo_data
    assert len(Handler.requests) == len(corpus.CORPORA)  # verified copies are not re-fetched


def test_first_run_refuses_a_wrong_file_served(server, repo_data, monkeypatch):
    only(monkeypatch, {NAME: (server + '/corrupt', sha256(GOOD))})
    with pytest.raises(pytest.fail.Exception) as err:
        verified_corpora_dir()
    message = str(err.value)
    assert NAME in message and sha256(GOOD) in message  # the file and its expected hash
    assert 'D2L_DATA_DIR' in message and 'data/README.md' in message
    assert listing(repo_data) == []  # neither the wrong file nor a partial one is kept


def test_first_run_without_internet_says_to_set_d2l_data_dir(repo_data, monkeypatch):
    url = closed_port_url()
    only(monkeypatch, {NAME: (url, sha256(GOOD))})
    with pytest.raises(pytest.fail.Exception) as err:
        verified_corpora_dir()
    message = str(err.value)
    assert NAME in message and url in message
    assert 'set the environment variable D2L_DATA_DIR' in message
    assert 'data/README.md' in message
    assert listing(repo_data) == []


# real_data_dir with D2L_DATA_DIR: the verified copies there, nothing downloaded


def test_d2l_data_dir_with_verified_copies_is_used_as_is(server, folder, monkeypatch):
    only(monkeypatch, {NAME: (server + '/good', sha256(GOOD))})
    folder.mkdir()
    (folder / NAME).write_bytes(GOOD)
    assert verified_corpora_dir() == folder
    assert Handler.requests == []


def test_d2l_data_dir_with_a_wrong_or_missing_file_is_refused(server, folder, monkeypatch):
    only(monkeypatch, {NAME: (server + '/good', sha256(GOOD)),
                       'other.zip': (server + '/good', sha256(BAD + b'!'))})
    folder.mkdir()
    (folder / NAME).write_bytes(BAD)
    with pytest.raises(pytest.fail.Exception) as err:
        verified_corpora_dir()
    message = str(err.value)
    assert f'D2L_DATA_DIR={folder}' in message
    assert NAME in message and sha256(GOOD) in message and sha256(BAD) in message
    assert 'other.zip is missing' in message
    assert 'data/README.md' in message and 'unset D2L_DATA_DIR' in message  # what to do
    assert Handler.requests == []  # not silently replaced by a download ...
    assert (folder / NAME).read_bytes() == BAD  # ... nor deleted: the folder is the user's
    assert listing(folder) == [NAME]


# D2L_DATA_URL (NEEDS THE PRODUCT CHANGE): a base URL that replaces every corpus's
# host, so that `make test` on a fresh clone can download from a local stand-in.


def test_download_from_d2l_data_url(server, folder, monkeypatch):
    """NEEDS D2L_DATA_URL in `download`: the file name is appended to the base URL."""
    only(monkeypatch, {NAME: ('https://corpora.invalid/some/path/' + NAME, sha256(GOOD))})
    Handler.files['/mirror/' + NAME] = GOOD
    monkeypatch.setenv('D2L_DATA_URL', server + '/mirror/')
    assert d2l.download(NAME).read_bytes() == GOOD
    assert Handler.requests == ['/mirror/' + NAME]
    assert listing(folder) == [NAME]


def test_download_from_d2l_data_url_still_verified(server, folder, monkeypatch):
    """NEEDS D2L_DATA_URL in `download`: a mirror's wrong file is refused, and names the mirror."""
    only(monkeypatch, {NAME: ('https://corpora.invalid/' + NAME, sha256(GOOD))})
    Handler.files['/' + NAME] = BAD
    monkeypatch.setenv('D2L_DATA_URL', server)
    with pytest.raises(ValueError) as err:
        d2l.download(NAME)
    assert NAME in str(err.value) and sha256(GOOD) in str(err.value)
    assert f'{server}/{NAME}' in str(err.value)
    assert Handler.requests == ['/' + NAME]
    assert listing(folder) == []


def test_first_run_from_d2l_data_url(real_data_dir, server, repo_data, monkeypatch):
    """NEEDS D2L_DATA_URL in `download`: CI's fresh clone, the corpora's hosts replaced."""
    for name in corpus.CORPORA:
        Handler.files['/' + name] = (real_data_dir / name).read_bytes()
    monkeypatch.setenv('D2L_DATA_URL', server)
    assert verified_corpora_dir() == repo_data
    assert listing(repo_data) == sorted(corpus.CORPORA)
    assert sorted(Handler.requests) == sorted('/' + name for name in corpus.CORPORA)
