"""Vocabularies, encoding, loaders and the two minibatch samplers."""
import d2l_helpers as d2l

import json
import os
import random
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

FAST = settings(max_examples=60, deadline=None)


def batches(it):
    """A sampler's minibatches as lists of (X, Y) NumPy int arrays."""
    return [(X.asnumpy().astype(int), Y.asnumpy().astype(int)) for X, Y in it]


# ---------------------------------------------------------------- vocabulary
def test_build_vocab_first_appearance_order():
    idx_to_char, char_to_idx = d2l.build_vocab('hello world')
    assert idx_to_char == ['h', 'e', 'l', 'o', ' ', 'w', 'r', 'd']
    assert char_to_idx == {c: i for i, c in enumerate(idx_to_char)}


def test_encode_roundtrip_and_unknown():
    idx_to_char, char_to_idx = d2l.build_vocab('abcab')
    assert d2l.encode('cab', char_to_idx) == [2, 0, 1]
    with pytest.raises(ValueError, match='z'):
        d2l.encode('abz', char_to_idx)
    with pytest.raises(ValueError) as err:
        d2l.encode('xay', char_to_idx)
    assert "'x'" in str(err.value) and "'y'" in str(err.value)
    assert d2l.encode('xay', char_to_idx, skip_unknown=True) == [0]


def test_split_corpus_by_hand():
    out = d2l.split_corpus('abcabXdab', 5, 4)
    corpus, char_to_idx, idx_to_char, vocab_size, valid = out
    assert corpus == [0, 1, 2, 0, 1]
    assert idx_to_char == ['a', 'b', 'c'] and vocab_size == 3
    assert valid == [0, 1]  # 'Xdab': X and d are unknown, dropped
    assert len(d2l.split_corpus('abcabXdab', 5, 0)) == 4


_VOCAB_SCRIPT = '''
import json, sys
import d2l_helpers as d2l
_, _, idx_to_char, _ = d2l.load_data_jay_lyrics()
text = d2l.read_jay_lyrics()[:10000]
json.dump({"vocab": idx_to_char, "set": list(set(text))}, sys.stdout)
'''


def test_vocabulary_order_identical_across_processes(real_data_dir):
    """idx_to_char must not depend on the string hash seed (list(set(...)) does)."""
    procs = []
    for seed in ('1', '2', '3'):
        env = dict(os.environ, PYTHONHASHSEED=seed, OMP_NUM_THREADS='1',
                   D2L_DATA_DIR=str(real_data_dir))
        procs.append(subprocess.Popen([sys.executable, '-c', _VOCAB_SCRIPT], env=env,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE))
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
        results.append(json.loads(out))
    vocabs = [r['vocab'] for r in results]
    assert len(vocabs[0]) == 1027
    assert vocabs[0] == vocabs[1] == vocabs[2]
    # The original book's list(set(text)) changes with the hash seed, so the
    # comparison above really would catch that bug.
    sets = [r['set'] for r in results]
    assert sorted(sets[0]) == sorted(vocabs[0])
    assert not (sets[0] == sets[1] == sets[2])


# ---------------------------------------------------------------- loaders
def test_jay_lyrics(jay, real_data_dir):
    corpus, char_to_idx, idx_to_char, vocab_size, valid = jay
    assert len(corpus) == 10000
    assert vocab_size == len(idx_to_char) == len(char_to_idx) == 1027
    assert '\n' not in char_to_idx and '\r' not in char_to_idx
    assert all(char_to_idx[c] == i for i, c in enumerate(idx_to_char))
    text = d2l.read_jay_lyrics()
    assert '\n' not in text and '\r' not in text
    assert ''.join(idx_to_char[i] for i in corpus) == text[:10000]
    # held-out: the next 2,000 characters, those unseen in training dropped
    assert all(0 <= i < vocab_size for i in valid)
    expected = [c for c in text[10000:12000] if c in char_to_idx]
    assert ''.join(idx_to_char[i] for i in valid) == ''.join(expected)
    assert len(valid) == 2000 - 253  # data/README.md: 253 of them are new


def test_time_machine(time_machine):
    corpus, char_to_idx, idx_to_char, vocab_size, valid = time_machine
    assert len(corpus) == 10000
    assert set(idx_to_char) == set('abcdefghijklmnopqrstuvwxyz ')
    assert vocab_size == 27
    text = ''.join(idx_to_char[i] for i in corpus)
    assert '  ' not in text
    assert len(valid) == 2000 and all(0 <= i < vocab_size for i in valid)
    full = d2l.read_time_machine()
    assert set(full) <= set('abcdefghijklmnopqrstuvwxyz ')
    assert full[:10000] == text
    assert ''.join(idx_to_char[i] for i in valid) == full[10000:12000]


def test_loader_num_train(real_data_dir):
    corpus, _, idx_to_char, vocab_size = d2l.load_data_time_machine(num_train=500)
    assert len(corpus) == 500 and max(corpus) < vocab_size == len(idx_to_char)


# ---------------------------------------------------------------- samplers
def test_data_iter_consecutive_exact_batches():
    # range(12), batch_size 2, num_steps 2: the offset is 0 or 1 (below
    # num_steps, and 12 - 1 still leaves 2 * (2 + 1) characters)
    expected = {
        # rows [0..5] and [6..11]; (6 - 1) // 2 = 2 batches
        0: [([[0, 1], [6, 7]], [[1, 2], [7, 8]]),
            ([[2, 3], [8, 9]], [[3, 4], [9, 10]])],
        # rows [1..5] and [6..10] (11 // 2 = 5 each); (5 - 1) // 2 = 2 batches
        1: [([[1, 2], [6, 7]], [[2, 3], [7, 8]]),
            ([[3, 4], [8, 9]], [[4, 5], [9, 10]])]}
    seen = set()
    for seed in range(20):
        random.seed(seed)
        got = batches(d2l.data_iter_consecutive(list(range(12)), 2, 2))
        offset = int(got[0][0][0, 0])
        seen.add(offset)
        assert len(got) == len(expected[offset])
        for (X, Y), (eX, eY) in zip(got, expected[offset]):
            np.testing.assert_array_equal(X, eX)
            np.testing.assert_array_equal(Y, eY)
    assert seen == {0, 1}
    # range(13), batch_size 3: 13 - 9 leaves room for offsets 0 and 1 only;
    # offset 0: rows [0..3] [4..7] [8..11] (12 dropped); one batch
    for seed in range(20):
        random.seed(seed)
        got = batches(d2l.data_iter_consecutive(list(range(13)), 3, 2))
        assert len(got) == 1
        offset = int(got[0][0][0, 0])
        assert offset in (0, 1)
        np.testing.assert_array_equal(got[0][0], offset + np.array([[0, 1], [4, 5], [8, 9]]))
        np.testing.assert_array_equal(got[0][1], got[0][0] + 1)


def test_data_iter_random_by_hand():
    # 11 = 2 * 5 + 1 characters: the offset can only be 0, and the two
    # subsequences [0..4] and [5..9] form the only minibatch, in some order.
    random.seed(0)
    (X, Y), = batches(d2l.data_iter_random(list(range(11)), 2, 5))
    assert sorted(X.tolist()) == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]
    np.testing.assert_array_equal(Y, X + 1)


@pytest.mark.parametrize('sampler', [d2l.data_iter_random, d2l.data_iter_consecutive])
def test_sampler_too_short_corpus(sampler):
    with pytest.raises(ValueError, match='batch_size'):
        list(sampler(list(range(10)), 4, 5))


@pytest.mark.parametrize('sampler', [d2l.data_iter_random, d2l.data_iter_consecutive])
def test_sampler_ctx(sampler, ctx):
    X, Y = next(iter(sampler(list(range(50)), 2, 3, ctx)))
    assert X.context == ctx and Y.context == ctx
    assert X.shape == Y.shape == (2, 3)


sizes = st.tuples(st.integers(1, 5), st.integers(1, 6), st.integers(0, 40))


@FAST
@given(sizes, st.integers(0, 2**32 - 1))
def test_random_sampler_properties(size, seed):
    batch_size, num_steps, extra = size
    n = batch_size * num_steps + 1 + extra
    random.seed(seed)
    got = batches(d2l.data_iter_random(list(range(n)), batch_size, num_steps))
    assert got, 'at least one minibatch'
    starts = []
    for X, Y in got:
        assert X.shape == Y.shape == (batch_size, num_steps)
        assert X.min() >= 0 and Y.max() <= n - 1
        np.testing.assert_array_equal(Y, X + 1)
        np.testing.assert_array_equal(X, X[:, :1] + np.arange(num_steps))  # contiguous
        starts.extend(X[:, 0].tolist())
    # non-overlapping subsequences within the epoch, all cut at the same offset
    starts.sort()
    assert all(b - a >= num_steps for a, b in zip(starts, starts[1:]))
    assert len({s % num_steps for s in starts}) == 1
    # no more than a minibatch's worth of whole subsequences is left out
    offset = starts[0] % num_steps
    num_examples = (n - offset - 1) // num_steps
    assert len(got) == num_examples // batch_size


@FAST
@given(sizes)
def test_random_sampler_covers_both_ends(size):
    """Across seeds the random offset lets the sampler reach the corpus's end."""
    batch_size, num_steps, extra = size
    n = batch_size * num_steps + 1 + extra
    first = last = False
    for seed in range(500):
        random.seed(seed)
        for X, Y in batches(d2l.data_iter_random(list(range(n)), batch_size, num_steps)):
            first = first or X.min() == 0
            last = last or Y.max() == n - 1
        if first and last:
            break
    assert first and last


@FAST
@given(sizes, st.integers(0, 2**32 - 1))
def test_consecutive_sampler_properties(size, seed):
    batch_size, num_steps, extra = size
    n = batch_size * (num_steps + 1) + extra
    random.seed(seed)
    got = batches(d2l.data_iter_consecutive(list(range(n)), batch_size, num_steps))
    # the rows start at a random offset below num_steps that leaves a minibatch
    offset = int(got[0][0][0, 0])
    assert 0 <= offset <= min(num_steps - 1, extra)
    batch_len = (n - offset) // batch_size
    assert len(got) == (batch_len - 1) // num_steps >= 1
    for k, (X, Y) in enumerate(got):
        assert X.shape == Y.shape == (batch_size, num_steps)
        assert X.min() >= 0 and Y.max() <= n - 1
        np.testing.assert_array_equal(Y, X + 1)
        np.testing.assert_array_equal(X, X[:, :1] + np.arange(num_steps))
        if k:  # row i of batch k continues row i of batch k - 1
            np.testing.assert_array_equal(X[:, 0], got[k - 1][0][:, -1] + 1)
    # row i reads the i-th block of batch_len characters after the offset
    np.testing.assert_array_equal(got[0][0][:, 0], offset + np.arange(batch_size) * batch_len)


@FAST
@given(sizes)
def test_consecutive_offset_varies_across_seeds(size):
    """Every offset from 0 to min(num_steps - 1, the characters to spare) occurs."""
    batch_size, num_steps, extra = size
    n = batch_size * (num_steps + 1) + extra
    offsets = set()
    for seed in range(300):
        random.seed(seed)
        X, _ = next(iter(d2l.data_iter_consecutive(list(range(n)), batch_size, num_steps)))
        offsets.add(int(X[0, 0].asscalar()))
    assert offsets == set(range(min(num_steps - 1, extra) + 1))


@FAST
@given(st.integers(1, 5), st.integers(1, 6), st.integers(1, 4), st.data())
def test_consecutive_sampler_covers_both_ends(batch_size, num_steps, k, data):
    """Across seeds the first character is read and the last one is a label.

    The corpus is num_steps * k + 1 characters a row after an offset e below
    num_steps: with offset 0 the first character is read, with offset e the
    rows end exactly where the corpus does, so its last character is a label.
    """
    e = data.draw(st.integers(0, num_steps - 1))
    n = batch_size * (num_steps * k + 1) + e
    first = last = False
    for seed in range(500):
        random.seed(seed)
        for X, Y in batches(d2l.data_iter_consecutive(list(range(n)), batch_size,
                                                      num_steps)):
            first = first or X.min() == 0
            last = last or Y.max() == n - 1
        if first and last:
            break
    assert first and last


def test_split_corpus_with_test_text():
    corpus, _, idx_to_char, size, valid, test = d2l.split_corpus(
        'abcabXdabca', 5, 4, num_test=2)
    assert corpus == [0, 1, 2, 0, 1] and valid == [0, 1] and test == [2, 0]
    assert len(d2l.split_corpus('abcabXdabca', 5, 4)) == 5  # no test text asked for
    assert d2l.split_corpus('abcabXdabca', 5, 0, num_test=2)[4] == []  # 'Xd': unknown
