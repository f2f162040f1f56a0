"""Shapes and behaviour of the from-scratch RNN and the Gluon RNNModel."""
import d2l_helpers as d2l

import numpy as np
import pytest
from mxnet import nd
from mxnet.gluon import rnn
from support import gluon_layers

V, H, B, T = 7, 5, 3, 4


def test_to_onehot():
    X = nd.array([[0, 2, 1], [3, 3, 0]])  # (batch 2, steps 3)
    out = d2l.to_onehot(X, 4)
    assert len(out) == 3
    for t, onehot in enumerate(out):
        assert onehot.shape == (2, 4)
        np.testing.assert_array_equal(onehot.asnumpy(), np.eye(4)[X.asnumpy()[:, t].astype(int)])


def test_get_params_and_state(ctx):
    params = d2l.get_params(V, H, ctx)
    assert [p.shape for p in params] == [(V, H), (H, H), (H,), (H, V), (V,)]
    for p in params:
        assert p.grad is not None and p.grad.shape == p.shape
        assert p.context == ctx
    assert not params[2].asnumpy().any() and not params[4].asnumpy().any()
    state = d2l.init_rnn_state(B, H, ctx)
    assert isinstance(state, tuple) and len(state) == 1
    assert state[0].shape == (B, H) and not state[0].asnumpy().any()


def test_rnn_by_hand(ctx):
    d2l.set_seed(1)
    params = d2l.get_params(V, H, ctx)
    X = nd.array(np.random.randint(0, V, size=(B, T)))
    inputs = d2l.to_onehot(X, V)
    outputs, (H_T,) = d2l.rnn(inputs, d2l.init_rnn_state(B, H, ctx), params)
    assert len(outputs) == T and all(o.shape == (B, V) for o in outputs)
    assert H_T.shape == (B, H)
    W_xh, W_hh, b_h, W_hq, b_q = (p.asnumpy() for p in params)
    h = np.zeros((B, H))
    for t in range(T):
        h = np.tanh(inputs[t].asnumpy() @ W_xh + h @ W_hh + b_h)
        np.testing.assert_allclose(outputs[t].asnumpy(), h @ W_hq + b_q, atol=1e-6)
    np.testing.assert_allclose(H_T.asnumpy(), h, atol=1e-6)


def test_split_steps_gives_a_list_even_for_one_step():
    Z = nd.arange(12).reshape((6, 2))
    blocks = d2l.split_steps(Z, 3)
    assert [b.asnumpy().tolist() for b in blocks] == [[[0, 1], [2, 3]], [[4, 5], [6, 7]],
                                                      [[8, 9], [10, 11]]]
    one = d2l.split_steps(Z, 1)
    assert isinstance(one, list) and len(one) == 1 and one[0].shape == (6, 2)


def test_rnn_single_step_as_in_prediction(ctx):
    d2l.set_seed(3)
    params = d2l.get_params(V, H, ctx)
    X = nd.array([[2]])
    outputs, (H_1,) = d2l.rnn(d2l.to_onehot(X, V), d2l.init_rnn_state(1, H, ctx), params)
    W_xh, W_hh, b_h, W_hq, b_q = (p.asnumpy() for p in params)
    h = np.tanh(W_xh[2] + b_h)  # a one-hot row picks row 2 of W_xh
    assert len(outputs) == 1
    np.testing.assert_allclose(outputs[0].asnumpy()[0], h @ W_hq + b_q, atol=1e-6)
    np.testing.assert_allclose(H_1.asnumpy()[0], h, atol=1e-6)


def test_scratch_forward_time_major(ctx):
    d2l.set_seed(2)
    params = d2l.get_params(V, H, ctx)
    forward = d2l.scratch_forward(d2l.rnn, params, V)
    X = nd.array(np.random.randint(0, V, size=(B, T)))
    logits, state = forward(X, d2l.init_rnn_state(B, H, ctx))
    assert logits.shape == (T * B, V) and state[0].shape == (B, H)
    outputs, _ = d2l.rnn(d2l.to_onehot(X, V), d2l.init_rnn_state(B, H, ctx), params)
    for t in range(T):  # row t * batch_size + b is step t of sequence b
        np.testing.assert_allclose(logits[t * B:(t + 1) * B].asnumpy(), outputs[t].asnumpy())


LAYERS = gluon_layers(H)


def state_shapes(kind):
    layers = 2 if '2-layers' in kind else 1
    directions = 2 if 'bidirectional' in kind else 1
    shape = (layers * directions, B, H)
    return [shape, shape] if kind.startswith('lstm') else [shape]


@pytest.mark.parametrize('hybridize', [False, True])
@pytest.mark.parametrize('kind', sorted(LAYERS))
def test_rnnmodel_forward(kind, hybridize, ctx):
    d2l.set_seed(3)
    model = d2l.RNNModel(LAYERS[kind](), V)
    model.initialize(ctx=ctx)
    if hybridize:
        model.hybridize()
    state = model.begin_state(batch_size=B, ctx=ctx)
    assert [s.shape for s in state] == state_shapes(kind)  # an LSTM's state is a pair
    X = nd.array(np.random.randint(0, V, size=(B, T)), ctx=ctx)
    logits, new_state = model(X, state)
    assert logits.shape == (T * B, V)
    assert [s.shape for s in new_state] == state_shapes(kind)
    if 'bidirectional' in kind:
        return
    # time-major and causal: changing X[1, 2] changes only rows t * B + 1, t >= 2
    X2 = X.copy()
    X2[1, 2] = (X[1, 2] + 1) % V
    logits2, _ = model(X2, model.begin_state(batch_size=B, ctx=ctx))
    changed = np.abs(logits2.asnumpy() - logits.asnumpy()).max(axis=1) > 0
    expected = np.zeros(T * B, bool)
    expected[[t * B + 1 for t in range(2, T)]] = True
    np.testing.assert_array_equal(changed, expected)


def test_rnnmodel_keeps_layer_and_vocab():
    layer = rnn.RNN(H)
    model = d2l.RNNModel(layer, V)
    assert model.rnn is layer and model.vocab_size == V


def test_rnnmodel_embedding_and_dropout(ctx):
    from mxnet import autograd
    d2l.set_seed(4)
    model = d2l.RNNModel(rnn.LSTM(H), V, embed_size=3, dropout=0.5)
    model.initialize(ctx=ctx)
    model.hybridize()
    X = nd.array(np.random.randint(0, V, size=(B, T)), ctx=ctx)
    logits, state = model(X, model.begin_state(batch_size=B, ctx=ctx))
    assert logits.shape == (T * B, V) and [s.shape for s in state] == [(1, B, H)] * 2
    assert model.embedding.weight.shape == (V, 3)
    i2h = [p for name, p in model.rnn.collect_params().items() if name.endswith('i2h_weight')]
    assert i2h[0].shape == (4 * H, 3)  # the layer reads embeddings
    again, _ = model(X, model.begin_state(batch_size=B, ctx=ctx))
    np.testing.assert_array_equal(again.asnumpy(), logits.asnumpy())  # no dropout outside training
    with autograd.record():  # training mode: half the layer's outputs are zeroed
        trained, _ = model(X, model.begin_state(batch_size=B, ctx=ctx))
    assert np.abs(trained.asnumpy() - logits.asnumpy()).max() > 1e-4
    # causal, time-major, as with one-hot inputs
    X2 = X.copy()
    X2[0, 1] = (X[0, 1] + 1) % V
    logits2, _ = model(X2, model.begin_state(batch_size=B, ctx=ctx))
    changed = np.abs(logits2.asnumpy() - logits.asnumpy()).max(axis=1) > 0
    np.testing.assert_array_equal(changed, [i % B == 0 and i // B >= 1 for i in range(T * B)])


def test_rnnmodel_defaults_and_keyword_only():
    model = d2l.RNNModel(rnn.LSTM(H), V)
    assert model.embedding is None and model.dropout._rate == 0
    assert not any('embedding' in name for name in model.collect_params())
    with pytest.raises(TypeError):
        d2l.RNNModel(rnn.LSTM(H), V, 3)  # embed_size only by name
