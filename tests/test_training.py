"""SGD, gradient clipping, perplexity, the training loop and its history."""
import d2l_helpers as d2l

import inspect
import math

import mxnet as mx
import numpy as np
import pytest
from conftest import gluon_layers
from mxnet import autograd, init, nd
from mxnet.gluon import rnn

NUM_HIDDENS = 32


def scratch_run(small, ctx, num_epochs=4, lr=100, theta=0.01, is_random_iter=False,
                **kwargs):
    corpus, char_to_idx, idx_to_char, vocab_size = small
    return d2l.train_and_predict_rnn(
        d2l.rnn, lambda: d2l.get_params(vocab_size, NUM_HIDDENS, ctx), d2l.init_rnn_state,
        NUM_HIDDENS, vocab_size, ctx, corpus, idx_to_char, char_to_idx, is_random_iter,
        num_epochs, 10, lr, theta, 8, 2, 12, ['the', 'time'], **kwargs)


def gluon_run(small, ctx, layer=None, num_epochs=4, lr=100, theta=0.01, **kwargs):
    corpus, char_to_idx, idx_to_char, vocab_size = small
    model = d2l.RNNModel(layer or rnn.RNN(NUM_HIDDENS), vocab_size)
    history = d2l.train_and_predict_rnn_gluon(
        model, NUM_HIDDENS, vocab_size, ctx, corpus, idx_to_char, char_to_idx,
        num_epochs, 10, lr, theta, 8, 2, 12, ['the', 'time'], **kwargs)
    return model, history


# ---------------------------------------------------------------- sgd, clipping
def test_sgd_by_hand():
    p = nd.array([1.0, -2.0])
    p.attach_grad()
    p.grad[:] = nd.array([0.5, 4.0])
    d2l.sgd([p], 0.1, 2)
    np.testing.assert_allclose(p.asnumpy(), [1 - 0.1 * 0.5 / 2, -2 - 0.1 * 4 / 2])


def make_params(grads):
    params = []
    for g in grads:
        p = nd.zeros(g.shape)
        p.attach_grad()
        p.grad[:] = nd.array(g)
        params.append(p)
    return params


@pytest.mark.parametrize('theta', [0.01, 0.5, 3.0, 1e6])
def test_grad_clipping_matches_numpy(theta):
    rng = np.random.default_rng(0)
    grads = [rng.normal(size=s).astype('float32') for s in [(3, 4), (4,), (2, 2, 2)]]
    params = make_params(grads)
    returned = d2l.grad_clipping(params, theta, mx.cpu())
    norm = np.sqrt(sum((g.astype('float64') ** 2).sum() for g in grads))
    assert returned.shape == (1,)
    assert returned.asscalar() == pytest.approx(norm, rel=1e-5)  # the norm before clipping
    scale = min(1.0, theta / norm)
    for p, g in zip(params, grads):
        np.testing.assert_allclose(p.grad.asnumpy(), g * scale, rtol=1e-5, atol=1e-8)
    clipped = np.sqrt(sum((p.grad.asnumpy().astype('float64') ** 2).sum() for p in params))
    assert clipped <= theta * (1 + 1e-5)
    if theta > norm:  # below the threshold: unchanged
        for p, g in zip(params, grads):
            np.testing.assert_array_equal(p.grad.asnumpy(), g)
    else:
        assert clipped == pytest.approx(theta, rel=1e-5)


def test_grad_clipping_none_and_zero():
    grads = [np.full((2, 3), 1e3, 'float32')]
    params = make_params(grads)
    assert d2l.grad_clipping(params, None, None) is None
    np.testing.assert_array_equal(params[0].grad.asnumpy(), grads[0])
    zero = make_params([np.zeros((4,), 'float32')])
    d2l.grad_clipping(zero, 1.0, None)
    assert np.all(zero[0].grad.asnumpy() == 0)  # no NaN from 0 / 0


def test_grad_clipping_gluon_parameters(ctx):
    dense = mx.gluon.nn.Dense(3, in_units=4)
    dense.initialize(ctx=ctx)
    with autograd.record():
        loss = (dense(nd.ones((2, 4), ctx=ctx)) * 100).sum()
    loss.backward()
    params = [p.data(ctx) for p in dense.collect_params().values()]
    d2l.grad_clipping(params, 0.1, ctx)
    norm = math.sqrt(sum(float((p.grad(ctx) ** 2).sum().asscalar())
                         for p in dense.collect_params().values()))
    assert norm == pytest.approx(0.1, rel=1e-4)


# ---------------------------------------------------------------- perplexity
def test_perplexity():
    assert d2l.perplexity(0) == 1
    assert d2l.perplexity(math.log(27)) == pytest.approx(27)
    assert d2l.perplexity(1e6) == math.inf  # no OverflowError


def test_evaluate_perplexity_uniform_model(ctx, small):
    """A model whose logits are all zero is uniform: perplexity = vocab_size."""
    corpus, _, _, vocab_size = small
    params = d2l.get_params(vocab_size, 8, ctx)
    for p in params:
        p[:] = 0
    forward = d2l.scratch_forward(d2l.rnn, params, vocab_size)
    ppl = d2l.evaluate_perplexity(forward, lambda b: d2l.init_rnn_state(b, 8, ctx),
                                  corpus, 5, ctx)
    assert ppl == pytest.approx(vocab_size, rel=1e-5)


# ---------------------------------------------------------------- training
def check_history(history, num_epochs, valid):
    assert set(history) == {'epoch', 'train_ppl', 'valid_ppl', 'seconds', 'grad_norm'}
    assert history['epoch'] == list(range(1, num_epochs + 1))
    # one norm per update, before clipping: positive, and not clipped to theta
    assert len(history['grad_norm']) % num_epochs == 0 and history['grad_norm']
    assert all(math.isfinite(g) and g > 0 for g in history['grad_norm'])
    assert len(history['train_ppl']) == len(history['seconds']) == num_epochs
    assert all(b >= a >= 0 for a, b in zip(history['seconds'], history['seconds'][1:]))
    assert all(math.isfinite(p) and p >= 1 for p in history['train_ppl'])
    if valid:
        assert len(history['valid_ppl']) == num_epochs
        assert all(math.isfinite(p) and p >= 1 for p in history['valid_ppl'])
    else:
        assert history['valid_ppl'] == []


@pytest.mark.parametrize('is_random_iter', [False, True])
def test_train_and_predict_rnn(small, ctx, capsys, is_random_iter):
    d2l.set_seed(0)
    corpus = small[0]
    history = scratch_run(small, ctx, is_random_iter=is_random_iter,
                          valid_indices=corpus[:200])
    check_history(history, 4, valid=True)
    vocab_size = small[3]
    assert history['train_ppl'][-1] < 0.8 * history['train_ppl'][0]
    assert history['train_ppl'][0] < 1.2 * vocab_size
    assert history['valid_ppl'][-1] < history['valid_ppl'][0]
    out = capsys.readouterr().out
    assert [l.split(',')[0] for l in out.splitlines() if l.startswith('epoch')] == \
        ['epoch 2', 'epoch 4']
    samples = [l for l in out.splitlines() if l.startswith(' - ')]
    assert len(samples) == 4 and samples[0].startswith(' - the') \
        and samples[1].startswith(' - time')
    assert all(len(s) == 3 + len(p) + 12 for s, p in zip(samples, ['the', 'time'] * 2))


def test_train_and_predict_rnn_gluon(small, ctx, capsys):
    d2l.set_seed(0)
    model, history = gluon_run(small, ctx, num_epochs=4, valid_indices=small[0][:200])
    check_history(history, 4, valid=True)
    assert history['train_ppl'][-1] < 0.8 * history['train_ppl'][0]
    text = d2l.predict_rnn_gluon('time', 20, model, small[3], ctx, small[2], small[1])
    assert text.startswith('time') and len(text) == 24
    assert 'epoch 4, perplexity' in capsys.readouterr().out


GLUON_LAYERS = gluon_layers(NUM_HIDDENS)


@pytest.mark.parametrize('kind', sorted(GLUON_LAYERS))
def test_gluon_layers_train_and_predict(kind, small, ctx, capsys):
    d2l.set_seed(1)
    model, history = gluon_run(small, ctx, GLUON_LAYERS[kind](), num_epochs=2,
                               valid_indices=small[0][:120])
    check_history(history, 2, valid=True)
    _, char_to_idx, idx_to_char, vocab_size = small
    text = d2l.predict_rnn_gluon('the', 15, model, vocab_size, d2l.try_gpu(),
                                 idx_to_char, char_to_idx)
    assert text.startswith('the') and len(text) == 18
    assert set(text) <= set(idx_to_char)


def test_gluon_other_optimizer_and_random_iter(small, ctx, capsys):
    d2l.set_seed(2)
    _, history = gluon_run(small, ctx, num_epochs=3, lr=0.01, theta=1,
                           optimizer='adam', optimizer_params={'wd': 0},
                           is_random_iter=True)
    check_history(history, 3, valid=False)
    assert history['train_ppl'][-1] < history['train_ppl'][0]


def test_gluon_initializer(small, ctx, capsys):
    model, history = gluon_run(small, ctx, num_epochs=0, initializer=init.Constant(0.5))
    assert history['epoch'] == []
    weights = {name: p.data().asnumpy() for name, p in model.collect_params().items()}
    assert all((w == 0.5).all() for name, w in weights.items() if name.endswith('weight'))
    assert all((w == 0).all() for name, w in weights.items() if name.endswith('bias'))
    model, _ = gluon_run(small, ctx, num_epochs=0)  # the default: Normal(0.01)
    w = model.dense.weight.data().asnumpy()
    assert 0.005 < w.std() < 0.015 and abs(w.mean()) < 0.005


def test_too_short_corpus_for_training(small, ctx):
    short = (small[0][:30],) + small[1:]
    with pytest.raises(ValueError, match='batch_size'):
        scratch_run(short, ctx)


@pytest.mark.parametrize('lr', [1e4, 1e12])
def test_divergence_raises_scratch(small, ctx, capsys, lr):
    d2l.set_seed(0)
    with pytest.raises(FloatingPointError, match='learning rate'):
        scratch_run(small, ctx, num_epochs=3, lr=lr, theta=None)


@pytest.mark.parametrize('lr', [1e4, 1e12])
def test_divergence_raises_gluon(small, ctx, capsys, lr):
    d2l.set_seed(0)
    with pytest.raises(FloatingPointError, match='learning rate'):
        gluon_run(small, ctx, num_epochs=3, lr=lr, theta=None)


# ---------------------------------------------------------------- detaching
def is_in_graph(array):
    """Whether array is part of a recorded computation graph."""
    try:
        autograd.get_symbol(array)
    except mx.base.MXNetError:
        return False
    return True


def probe_states(train_epoch, forward, begin_state, params, corpus, is_random_iter=False):
    """Run train_epoch; return, for each minibatch, what forward received.

    The wrapped forward returns its new state through one extra recorded
    operation (`* 1`), which the loss does not depend on, so backward() does not
    free it: unless the loop detaches the state, the next minibatch gets an
    array that is still part of the previous minibatch's graph.
    """
    seen, returned = [], []

    def wrapped(X, state):
        seen.append([(s is r, is_in_graph(s), s.asnumpy().copy())
                     for s, r in zip(state, returned[-1] if returned else state)])
        logits, new_state = forward(X, state)
        new_state = [s * 1 for s in new_state]
        returned.append(new_state)
        return logits, new_state

    mean_loss, _ = train_epoch(wrapped, begin_state, params, lambda: d2l.sgd(params, 1, 1),
                            d2l.data_iter_random(corpus, 2, 5) if is_random_iter
                            else d2l.data_iter_consecutive(corpus, 2, 5),
                            is_random_iter, 1.0)
    assert math.isfinite(mean_loss)
    return seen, [[s.asnumpy() for s in state] for state in returned]


def buggy_train_epoch():
    """train_epoch with the original book's bug: `for s in state: s.detach()`."""
    source = inspect.getsource(d2l.training.train_epoch)
    fixed = 'state = [s.detach() for s in state]'
    assert fixed in source, 'train_epoch changed: update this test'
    namespace = dict(vars(d2l.training))
    exec(source.replace(fixed, 'for s in state: s.detach()'), namespace)
    return namespace['train_epoch']


def scratch_model(small, ctx):
    vocab_size = small[3]
    params = d2l.get_params(vocab_size, 8, ctx)
    return (d2l.scratch_forward(d2l.rnn, params, vocab_size),
            lambda b: d2l.init_rnn_state(b, 8, ctx), params)


def gluon_model(small, ctx, layer):
    model = d2l.RNNModel(layer, small[3])
    model.initialize(ctx=ctx)
    model.hybridize()
    model(nd.zeros((1, 1), ctx=ctx), model.begin_state(batch_size=1, ctx=ctx))
    return (model, lambda b: model.begin_state(batch_size=b, ctx=ctx),
            [p.data(ctx) for p in model.collect_params().values()])


MODELS = {
    'scratch': scratch_model,
    'gluon-rnn': lambda small, ctx: gluon_model(small, ctx, rnn.RNN(8)),
    'gluon-lstm': lambda small, ctx: gluon_model(small, ctx, rnn.LSTM(8)),
}


@pytest.mark.parametrize('kind', sorted(MODELS))
def test_state_detached_between_minibatches(kind, small, ctx):
    d2l.set_seed(0)
    corpus = small[0][:200]
    seen, returned = probe_states(d2l.train_epoch, *MODELS[kind](small, ctx), corpus)
    assert len(seen) == (200 // 2 - 1) // 5 > 2
    for k in range(1, len(seen)):
        for (same_object, in_graph, value), previous in zip(seen[k], returned[k - 1]):
            assert not same_object
            assert not in_graph, f'minibatch {k + 1} got a state still in the graph'
            np.testing.assert_array_equal(value, previous)  # values carried over


@pytest.mark.parametrize('kind', sorted(MODELS))
def test_random_iter_starts_each_minibatch_afresh(kind, small, ctx):
    d2l.set_seed(0)
    seen, _ = probe_states(d2l.train_epoch, *MODELS[kind](small, ctx), small[0][:200],
                           is_random_iter=True)
    assert len(seen) > 2
    for states in seen:
        for _, in_graph, value in states:
            assert not in_graph and not value.any()


def test_detach_probe_catches_the_original_bug(small, ctx):
    """The probe above fails for the original `for s in state: s.detach()`."""
    d2l.set_seed(0)
    try:
        seen, _ = probe_states(buggy_train_epoch(), *scratch_model(small, ctx),
                               small[0][:200])
    except mx.base.MXNetError:
        return  # MXNet refuses to go back through the freed graph: caught too
    assert any(in_graph for states in seen[1:] for _, in_graph, _ in states)
