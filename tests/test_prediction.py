"""Generating text: greedy and temperature sampling, bad prefixes."""

import d2l_helpers as d2l

import mxnet as mx
import numpy as np
import pytest
from mxnet import nd
from mxnet.gluon import rnn

H = 16


@pytest.fixture
def scratch(small, ctx):
    d2l.set_seed(5)
    _, char_to_idx, idx_to_char, vocab_size = small
    params = d2l.get_params(vocab_size, H, ctx)
    for p in params:  # bigger weights than the default 0.01: a less uniform model
        p[:] = p * 100

    def predict(prefix, num_chars, **kwargs):
        return d2l.predict_rnn(prefix, num_chars, d2l.rnn, params, d2l.init_rnn_state, H,
                               vocab_size, ctx, idx_to_char, char_to_idx, **kwargs)
    return predict, params


def test_greedy_is_deterministic_and_argmax(scratch, small, ctx):
    predict, params = scratch
    _, char_to_idx, idx_to_char, vocab_size = small
    text = predict('the ', 20)
    assert text == predict('the ', 20, temperature=0)
    assert text.startswith('the ') and len(text) == 24
    # by hand: feed the prefix, then always the most likely next character
    forward = d2l.scratch_forward(d2l.rnn, params, vocab_size)
    state = d2l.init_rnn_state(1, H, ctx)
    for c in 'the ':
        logits, state = forward(nd.array([[char_to_idx[c]]], ctx=ctx), state)
    expected = 'the '
    for _ in range(20):
        nxt = int(np.argmax(logits[0].asnumpy()))
        expected += idx_to_char[nxt]
        logits, state = forward(nd.array([[nxt]], ctx=ctx), state)
    assert text == expected


def test_temperature_sampling_reproducible_and_varied(scratch, small):
    predict, _ = scratch
    runs = []
    for seed in (0, 0, 1):
        d2l.set_seed(seed)
        runs.append(predict('the', 60, temperature=1.0))
    assert runs[0] == runs[1]
    assert runs[0] != runs[2]
    assert all(r.startswith('the') and len(r) == 63 for r in runs)
    assert len(set(runs[0][3:])) > 3  # samples, not the same character again
    d2l.set_seed(0)
    assert predict('the', 60, temperature=1e-4) == predict('the', 60)


def test_gluon_prediction(small, ctx):
    _, char_to_idx, idx_to_char, vocab_size = small
    model = d2l.RNNModel(rnn.LSTM(H), vocab_size)
    model.initialize(mx.init.Normal(1), ctx=ctx)
    greedy = d2l.predict_rnn_gluon('time', 10, model, vocab_size, ctx, idx_to_char,
                                   char_to_idx)
    assert greedy == d2l.predict_rnn_gluon('time', 10, model, vocab_size, ctx,
                                           idx_to_char, char_to_idx, temperature=0)
    assert greedy.startswith('time') and len(greedy) == 14
    d2l.set_seed(3)
    a = d2l.predict_rnn_gluon('time', 40, model, vocab_size, ctx, idx_to_char,
                              char_to_idx, temperature=2)
    d2l.set_seed(3)
    assert a == d2l.predict_rnn_gluon('time', 40, model, vocab_size, ctx, idx_to_char,
                                      char_to_idx, temperature=2)


@pytest.mark.parametrize('bad', ['thé', 'Time', 'x!'])
def test_prefix_outside_vocabulary(scratch, small, bad):
    predict, _ = scratch
    unknown = [c for c in bad if c not in small[1]]
    assert unknown
    with pytest.raises(ValueError) as err:
        predict(bad, 5)
    for c in unknown:
        assert repr(c) in str(err.value)


def test_empty_prefix(scratch, small, ctx):
    predict, _ = scratch
    with pytest.raises(ValueError, match='empty'):
        predict('', 5)
    model = d2l.RNNModel(rnn.RNN(H), small[3])
    model.initialize(ctx=ctx)
    with pytest.raises(ValueError, match='empty'):
        d2l.predict_rnn_gluon('', 5, model, small[3], ctx, small[2], small[1])


def test_generate_zero_chars_returns_prefix(scratch):
    predict, _ = scratch
    assert predict('time', 0) == 'time'


def test_pick_distribution():
    logits = nd.array([1.0, 2.0, 0.5, 3.0])
    assert d2l.pick(logits, 0) == 3
    np.random.seed(0)
    assert all(d2l.pick(logits, 1e-3) == 3 for _ in range(50))  # ~argmax
    n = 3000
    counts = np.bincount([d2l.pick(logits, 1.0) for _ in range(n)], minlength=4)
    probs = np.exp([1.0, 2.0, 0.5, 3.0])
    probs /= probs.sum()
    # each count within 5 standard deviations of its binomial mean
    sd = np.sqrt(n * probs * (1 - probs))
    assert np.all(np.abs(counts - n * probs) < 5 * sd)
    # a high temperature flattens the distribution
    hot = np.bincount([d2l.pick(logits, 100.0) for _ in range(n)], minlength=4)
    assert hot.min() > 0.2 * n
