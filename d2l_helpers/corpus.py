"""Corpora and character vocabularies; no deep-learning framework.

Corpora are downloaded over HTTPS on first use into the data folder and checked
by SHA-256 before use. The data folder is the repository's ``data/`` unless the
environment variable ``D2L_DATA_DIR`` names another; ``D2L_DATA_URL`` names
a mirror (a base URL) to download from instead of the corpora's own hosts.
"""
import logging
import os
import pathlib
import re
import zipfile

import pooch

from .labels import label

REPO_DATA_DIR = pathlib.Path(__file__).resolve().parent.parent / 'data'

#: file name -> (public HTTPS URL, SHA-256 of the file)
CORPORA = {
    'jaychou_lyrics.txt.zip': (
        'https://raw.githubusercontent.com/d2l-ai/d2l-zh/'
        '13177e16f335fef0b47317f98e2705c2f69a3440/data/jaychou_lyrics.txt.zip',
        '3cfedd7d174111cdad5a27eaffaa6a2432a2842cf2590a03dd8a97610ea07043'),
    'timemachine.txt': (
        'https://d2l-data.s3-accelerate.amazonaws.com/timemachine.txt',
        '8424dbd9532ac81f7e5f0b6add90e6952baea29158309d7d1bf3884f4e12c516'),
}

logging.getLogger('pooch').setLevel(logging.WARNING)  # no chatter in outputs


def data_dir():
    """The folder corpora are kept in: $D2L_DATA_DIR, else the repository's data/."""
    return pathlib.Path(os.environ.get('D2L_DATA_DIR') or REPO_DATA_DIR)


def download(name):
    """Return the local path of corpus file `name`, downloading it if needed.

    A cached copy is used only if its SHA-256 matches; otherwise it is fetched
    again. Downloads go to a temporary file first, so an interrupted one leaves
    nothing behind.
    """
    if name not in CORPORA:
        raise ValueError(f'unknown corpus file {name!r}; known: {sorted(CORPORA)}')
    url, sha256 = CORPORA[name]
    mirror = os.environ.get('D2L_DATA_URL')
    if mirror:  # the same verified file, from another host
        url = f'{mirror.rstrip("/")}/{name}'
    folder = data_dir()
    try:
        return pathlib.Path(pooch.retrieve(url, known_hash=f'sha256:{sha256}',
                                           fname=name, path=folder,
                                           progressbar=False))
    except ValueError as err:  # pooch's word for a checksum mismatch
        raise ValueError(
            f'{name} downloaded from {url} failed its SHA-256 check '
            f'(expected {sha256}); it was not used. {err}') from err
    except Exception as err:
        raise FileNotFoundError(
            f'{name} is not in {folder} and could not be downloaded from {url} '
            f'({type(err).__name__}: {err}). Without internet, put a verified '
            f'copy (SHA-256 {sha256}) in that folder, or point the environment '
            f'variable D2L_DATA_DIR at a folder that holds one.') from err


def read_jay_lyrics():
    """The Jay Chou lyrics as one string, line breaks turned into spaces."""
    with zipfile.ZipFile(download('jaychou_lyrics.txt.zip')) as zin:
        text = zin.read('jaychou_lyrics.txt').decode('utf-8')
    return text.replace('\n', ' ').replace('\r', ' ')


def read_time_machine():
    """The Time Machine as lower-case letters and single spaces."""
    text = download('timemachine.txt').read_text(encoding='utf-8')
    return re.sub('[^a-z]+', ' ', text.lower()).strip()


def build_vocab(chars):
    """Index the distinct characters of `chars` in order of first appearance.

    Returns (idx_to_char: list, char_to_idx: dict). The order depends only on
    the text, so the same corpus gives the same indices in every process.

    Defined in lesson 1 (language-models).
    """
    idx_to_char = list(dict.fromkeys(chars))
    char_to_idx = {char: i for i, char in enumerate(idx_to_char)}
    return idx_to_char, char_to_idx


def encode(chars, char_to_idx, *, skip_unknown=False):
    """Map a string to a list of indices.

    Characters outside the vocabulary raise ValueError, or are dropped when
    skip_unknown is true (held-out text may hold characters never seen in training).
    """
    if skip_unknown:
        return [char_to_idx[c] for c in chars if c in char_to_idx]
    unknown = sorted(set(chars) - set(char_to_idx))
    if unknown:
        raise ValueError(label('unknown_chars', unknown=unknown))
    return [char_to_idx[c] for c in chars]


def split_corpus(text, num_train, num_valid, *, num_test=0):
    """Index the first num_train characters of `text` and the parts after them.

    Returns (corpus_indices, char_to_idx, idx_to_char, vocab_size), plus
    valid_indices (the num_valid characters after the training text) when
    num_valid > 0, plus test_indices (the num_test after those) when
    num_test > 0. The vocabulary comes from the training part alone;
    held-out characters outside it are dropped.
    """
    train = text[:num_train]
    idx_to_char, char_to_idx = build_vocab(train)
    data = (encode(train, char_to_idx), char_to_idx, idx_to_char, len(idx_to_char))
    ends = num_train + num_valid, num_train + num_valid + num_test
    for start, end in [(num_train, ends[0]), ends]:
        if end > start:
            data += (encode(text[start:end], char_to_idx, skip_unknown=True),)
    return data


def load_data_jay_lyrics(*, num_train=10000, num_valid=0, num_test=0):
    """The first 10,000 characters of the Jay Chou lyrics, indexed.

    Returns (corpus_indices, char_to_idx, idx_to_char, vocab_size), then
    valid_indices (the next num_valid characters) and test_indices (the
    num_test after those) when asked for: see `split_corpus`.
    """
    return split_corpus(read_jay_lyrics(), num_train, num_valid,
                        num_test=num_test)


def load_data_time_machine(*, num_train=10000, num_valid=0, num_test=0):
    """The first 10,000 characters of The Time Machine (letters, spaces), indexed.

    Returns (corpus_indices, char_to_idx, idx_to_char, vocab_size), then
    valid_indices (the next num_valid characters) and test_indices (the
    num_test after those) when asked for: see `split_corpus`.
    """
    return split_corpus(read_time_machine(), num_train, num_valid,
                        num_test=num_test)

