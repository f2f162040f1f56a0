"""SGD, gradient clipping, perplexity, the training loop and its history."""
import d2l_helpers as d2l

import inspect
import math

import mxnet as mx
import numpy as np
import pytest
from mxnet import autograd, init, nd
from mxnet.gluon import rnn
from support import gluon_layers

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
    assert set(history) == {'epoch', 'train_ppl', 'valid_ppl', 'seconds', 'grad_norm',
                            'best_epoch'}
    assert (history['best_epoch'] is None) == (not valid)
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


# ---------------------------------------------------------------- early stopping
def scripted_fit(valid_ppls, patience=None, snapshot=None, num_epochs=None, valid=True):
    """fit with stand-in operations: held-out perplexities come from valid_ppls."""
    scores = iter(valid_ppls)
    return d2l.fit(
        train_epoch=lambda *args: (1.0, [1.0]), evaluate=lambda *args: next(scores),
        sampler=lambda *args: [], forward=None, begin_state=None, params=[],
        update=None, predict=lambda prefix: prefix, corpus_indices=[0, 1],
        is_random_iter=False, num_epochs=num_epochs or len(valid_ppls), num_steps=1,
        clipping_theta=None, batch_size=1, pred_period=100, prefixes=[], ctx=None,
        valid_indices=[0, 1] if valid else None, progress=False, patience=patience,
        snapshot=snapshot)


def test_fit_best_epoch_and_patience():
    history = scripted_fit([5, 3, 4, 3, 6, 2])
    assert history['best_epoch'] == 6 and history['epoch'] == [1, 2, 3, 4, 5, 6]
    history = scripted_fit([5, 3, 4, 3, 6, 2], patience=3)  # a tie is no improvement
    assert history['best_epoch'] == 2 and history['epoch'] == [1, 2, 3, 4, 5]
    assert history['valid_ppl'] == [5, 3, 4, 3, 6]
    history = scripted_fit([5, 3, 4, 3, 6, 2], patience=1)
    assert history['best_epoch'] == 2 and history['epoch'] == [1, 2, 3]
    assert scripted_fit([1.0], valid=False, num_epochs=2)['best_epoch'] is None


def test_fit_snapshot_restores_the_best_epoch():
    calls = []

    def snapshot():
        epoch = len(calls) + 1
        calls.append(('snapshot', epoch))
        return lambda: calls.append(('restore', epoch))

    scripted_fit([5, 3, 4, 9, 9], patience=3, snapshot=snapshot)
    # snapshot at epochs 1 and 2 (new bests); the one of epoch 2 restored
    assert [c[0] for c in calls] == ['snapshot', 'snapshot', 'restore']
    assert calls[-1] == ('restore', 2)
    calls.clear()
    scripted_fit([5, 3, 2], snapshot=snapshot)  # the last epoch is the best: nothing to restore
    assert [c[0] for c in calls] == ['snapshot'] * 3


@pytest.mark.parametrize('kwargs', [{'patience': 2}, {'snapshot': lambda: None}])
def test_fit_early_stopping_needs_held_out_text(kwargs):
    with pytest.raises(ValueError, match='valid_indices'):
        scripted_fit([1.0], valid=False, **kwargs)
    if 'patience' in kwargs:
        with pytest.raises(ValueError, match='patience'):
            scripted_fit([1.0], patience=0)


def scripted_evaluate(monkeypatch, arrays, scores):
    """Replace training.evaluate_perplexity: record copies of `arrays` (a
    function giving the parameters' NDArrays) at each call, return `scores`."""
    seen, scores = [], iter(scores)

    def evaluate(*args):
        seen.append([a.asnumpy().copy() for a in arrays()])
        return next(scores)
    monkeypatch.setattr(d2l.training, 'evaluate_perplexity', evaluate)
    return seen


def assert_best_epoch_restored(final, seen, best_epoch):
    for now, best in zip(final, seen[best_epoch - 1]):
        np.testing.assert_array_equal(now, best)
    assert any((now != last).any() for now, last in zip(final, seen[-1]))


def test_gluon_patience_returns_the_best_epoch_model(small, ctx, capsys, monkeypatch):
    d2l.set_seed(0)
    model = d2l.RNNModel(rnn.RNN(NUM_HIDDENS), small[3])
    seen = scripted_evaluate(
        monkeypatch, lambda: [p.data() for p in model.collect_params().values()],
        [9, 5, 7, 8, 1])
    corpus, char_to_idx, idx_to_char, vocab_size = small
    history = d2l.train_and_predict_rnn_gluon(
        model, NUM_HIDDENS, vocab_size, ctx, corpus, idx_to_char, char_to_idx,
        5, 10, 100, 0.01, 8, 2, 12, ['the'], valid_indices=corpus[:100], patience=2)
    assert history['epoch'] == [1, 2, 3, 4] and history['best_epoch'] == 2
    final = [p.data().asnumpy() for p in model.collect_params().values()]
    assert_best_epoch_restored(final, seen, 2)


def test_scratch_patience_returns_the_best_epoch_params(small, ctx, capsys, monkeypatch):
    d2l.set_seed(0)
    corpus, char_to_idx, idx_to_char, vocab_size = small
    made = []

    def get_params():
        made.append(d2l.get_params(vocab_size, NUM_HIDDENS, ctx))
        return made[-1]
    seen = scripted_evaluate(monkeypatch, lambda: made[-1], [9, 5, 7, 8])
    history = d2l.train_and_predict_rnn(
        d2l.rnn, get_params, d2l.init_rnn_state, NUM_HIDDENS, vocab_size, ctx, corpus,
        idx_to_char, char_to_idx, False, 4, 10, 100, 0.01, 8, 2, 12, ['the'],
        valid_indices=corpus[:100], patience=2)
    assert history['epoch'] == [1, 2, 3, 4] and history['best_epoch'] == 2
    assert_best_epoch_restored([p.asnumpy() for p in made[-1]], seen, 2)


# ---------------------------------------------------------------- per-character log-probs
@pytest.fixture
def toy_lstm(small, ctx):
    """(model, begin_state) of a randomly initialised Gluon LSTM, not uniform."""
    d2l.set_seed(5)
    model = d2l.RNNModel(rnn.LSTM(12), small[3], embed_size=6, dropout=0.3)
    model.initialize(init.Normal(0.5), ctx=ctx)
    model.hybridize()
    return model, lambda batch_size: model.begin_state(batch_size=batch_size, ctx=ctx)


def test_char_log_probs_shape_and_normalised(small, ctx, toy_lstm):
    model, begin_state = toy_lstm
    text, vocab_size = small[0][:40], small[3]
    lp = d2l.training.char_log_probs(model, begin_state, text, ctx)
    assert lp.dtype == np.float64 and lp.shape == (39,) and (lp < 0).all()
    assert lp.std() > 0.05  # not a uniform model
    for t in (1, 17, 39):  # P(. | text[:t]) over the vocabulary sums to 1
        total = sum(math.exp(d2l.training.char_log_probs(
            model, begin_state, text[:t] + [v], ctx)[-1]) for v in range(vocab_size))
        assert total == pytest.approx(1, abs=1e-5)
    # the chunk length does not change the answer: the state is carried
    np.testing.assert_allclose(
        d2l.training.char_log_probs(model, begin_state, text, ctx, num_steps=7), lp,
        atol=1e-5)


def test_char_log_probs_matches_perplexity_computed_otherwise(small, ctx, toy_lstm):
    model, begin_state = toy_lstm
    text = small[0][:300]
    lp = d2l.training.char_log_probs(model, begin_state, text, ctx)
    # the whole text in one call, cross-entropy by LOSS
    logits, _ = model(nd.array([text[:-1]], ctx=ctx), begin_state(1))
    loss = d2l.LOSS(logits, nd.array(text[1:], ctx=ctx)).mean().asscalar()
    assert math.exp(-lp.mean()) == pytest.approx(math.exp(loss), rel=1e-5)
    # evaluate_perplexity: the same characters, in 4 pieces read side by side
    ppl = d2l.evaluate_perplexity(model, begin_state, text, 7, ctx)
    pieces = d2l.training.char_log_probs(model, begin_state, text, ctx,
                                         reset_every=299 // 4)
    assert math.exp(-pieces.mean()) == pytest.approx(ppl, rel=1e-5)
    assert ppl == pytest.approx(math.exp(-lp.mean()), rel=0.05)  # a little less context
    one_piece = d2l.evaluate_perplexity(model, begin_state, text, 7, ctx, rows=1)
    assert one_piece == pytest.approx(math.exp(-lp.mean()), rel=1e-5)


def test_char_log_probs_reset_every(small, ctx, toy_lstm):
    model, begin_state = toy_lstm
    text = small[0][:50]
    lp1 = d2l.training.char_log_probs(model, begin_state, text, ctx, reset_every=1)
    for t in range(1, len(text)):  # every character from the previous one, zero state
        logits, _ = model(nd.array([[text[t - 1]]], ctx=ctx), begin_state(1))
        expected = nd.log_softmax(logits[0]).asnumpy()[text[t]]
        assert lp1[t - 1] == pytest.approx(expected, abs=1e-5)
    k = 8  # character t sees the 1 + (t - 1) % k before it
    lp8 = d2l.training.char_log_probs(model, begin_state, text, ctx, reset_every=k)
    for start in range(0, len(text) - 1, k):
        alone = d2l.training.char_log_probs(model, begin_state,
                                            text[start:start + k + 1], ctx)
        np.testing.assert_allclose(lp8[start:start + k], alone, atol=1e-5)
    full = d2l.training.char_log_probs(model, begin_state, text, ctx)
    np.testing.assert_allclose(d2l.training.char_log_probs(
        model, begin_state, text, ctx, reset_every=len(text)), full, atol=1e-6)
    assert not np.allclose(lp8, full, atol=1e-3)


def test_char_log_probs_scratch_model(small, ctx):
    d2l.set_seed(1)
    forward, begin_state, _ = scratch_model(small, ctx)
    lp = d2l.training.char_log_probs(forward, begin_state, small[0][:30], ctx)
    assert lp.shape == (29,) and np.isfinite(lp).all()
    assert math.exp(-lp.mean()) == pytest.approx(small[3], rel=0.01)  # small weights: uniform
