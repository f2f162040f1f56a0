"""The PyTorch helpers of lesson 4 (d2l_helpers.pytorch), as the MXNet ones are tested.

Skipped as a whole where torch is not installed (it is optional: requirements-torch.txt).
"""
import d2l_helpers as d2l

import inspect
import math
import random

import numpy as np
import pytest
from support import signature_problems

torch = pytest.importorskip('torch')
from d2l_helpers import pytorch as d2lt  # noqa: E402  (only once torch is there)

from torch import nn  # noqa: E402

H = 16
DEVICE = torch.device('cpu')
PREFIXES = ['the', 'time']


def torch_run(small, layer=None, num_epochs=4, lr=0.01, theta=1.0, **kwargs):
    """Train an RNNModel on the small text, positionally as the book calls it."""
    corpus, char_to_idx, idx_to_char, vocab_size = small
    model = d2lt.RNNModel(layer or nn.RNN(vocab_size, H), vocab_size)
    history = d2lt.train_and_predict_rnn_pytorch(
        model, H, vocab_size, DEVICE, corpus, idx_to_char, char_to_idx,
        num_epochs, 10, lr, theta, 8, 2, 12, PREFIXES, **kwargs)
    return model, history


def seed(n):
    d2l.set_seed(n)
    torch.manual_seed(n)


# ---------------------------------------------------------------- samplers, one-hot
def core_batches(name, corpus, batch_size, num_steps):
    """The framework-free minibatches the sampler `name` must serve."""
    if name == 'data_iter_random':
        return list(d2l.random_batches(corpus, batch_size, num_steps))
    rows = d2l.consecutive_rows(corpus, batch_size, num_steps)
    return list(d2l.column_windows(rows, num_steps))


@pytest.mark.parametrize('name', ['data_iter_random', 'data_iter_consecutive'])
def test_samplers_serve_the_core_minibatches(name, small):
    """The minibatches of sampling.py (as MXNet's samplers do), as int64 tensors."""
    corpus = small[0]
    random.seed(4)
    expected = core_batches(name, corpus, 4, 7)
    random.seed(4)
    got = list(getattr(d2lt, name)(corpus, 4, 7, DEVICE))
    assert len(got) == len(expected) > 2
    for (X, Y), (eX, eY) in zip(got, expected):
        assert X.dtype == Y.dtype == torch.int64 and X.device == DEVICE
        assert X.shape == Y.shape == (4, 7)
        np.testing.assert_array_equal(X.numpy(), eX)
        np.testing.assert_array_equal(Y.numpy(), eY)


@pytest.mark.parametrize('sampler', [d2lt.data_iter_random, d2lt.data_iter_consecutive])
def test_sampler_too_short_corpus(sampler):
    with pytest.raises(ValueError, match='batch_size'):
        list(sampler(list(range(10)), 4, 5))


def test_to_onehot():
    X = torch.arange(10).reshape(2, 5)
    inputs = d2lt.to_onehot(X, 12)
    assert len(inputs) == 5
    assert all(x.shape == (2, 12) and x.dtype == torch.float32 for x in inputs)
    for t, x in enumerate(inputs):
        assert x.argmax(1).tolist() == X[:, t].tolist() and x.sum() == 2
    # the book's samplers gave float32 indices: accepted too
    assert torch.equal(d2lt.to_onehot(X.float(), 12)[0], inputs[0])


# ---------------------------------------------------------------- clipping
def make_params(grads):
    params = []
    for g in grads:
        p = torch.zeros(g.shape, requires_grad=True)
        p.grad = torch.tensor(g)
        params.append(p)
    return params


@pytest.mark.parametrize('theta', [0.01, 0.5, 3.0, 1e6])
def test_grad_clipping_matches_numpy(theta):
    rng = np.random.default_rng(0)
    grads = [rng.normal(size=s).astype('float32') for s in [(3, 4), (4,), (2, 2, 2)]]
    params = make_params(grads)
    returned = d2lt.grad_clipping(iter(params), theta, DEVICE)  # a generator, as the book's
    norm = np.sqrt(sum((g.astype('float64') ** 2).sum() for g in grads))
    assert returned.shape == ()
    assert float(returned) == pytest.approx(norm, rel=1e-5)  # the norm before clipping
    scale = min(1.0, theta / norm)
    for p, g in zip(params, grads):
        np.testing.assert_allclose(p.grad.numpy(), g * scale, rtol=1e-4, atol=1e-8)
    clipped = np.sqrt(sum((p.grad.numpy().astype('float64') ** 2).sum() for p in params))
    assert clipped <= theta * (1 + 1e-5)
    if theta > norm:
        for p, g in zip(params, grads):
            np.testing.assert_array_equal(p.grad.numpy(), g)


def test_grad_clipping_none_zero_and_missing_grads():
    params = make_params([np.full((2, 3), 1e3, 'float32')])
    assert d2lt.grad_clipping(params, None, None) is None
    assert (params[0].grad == 1e3).all()
    zero = make_params([np.zeros((4,), 'float32')])
    d2lt.grad_clipping(zero + [torch.zeros(2, requires_grad=True)], 1.0, None)
    assert (zero[0].grad == 0).all()  # no NaN from 0 / 0; a param without grad is skipped


def test_grad_clipping_model_parameters():
    layer = nn.Linear(4, 3)
    (layer(torch.ones(2, 4)) * 100).sum().backward()
    d2lt.grad_clipping(layer.parameters(), 0.1, DEVICE)
    norm = math.sqrt(sum(float((p.grad ** 2).sum()) for p in layer.parameters()))
    assert norm == pytest.approx(0.1, rel=1e-4)


# ---------------------------------------------------------------- model
LAYERS = {
    'rnn': lambda v: nn.RNN(v, H),
    'gru': lambda v: nn.GRU(v, H),
    'lstm': lambda v: nn.LSTM(v, H),
    'rnn-2-layers': lambda v: nn.RNN(v, H, num_layers=2),
    'lstm-2-layers': lambda v: nn.LSTM(v, H, num_layers=2),
    'gru-bidirectional': lambda v: nn.GRU(v, H, bidirectional=True),
}


@pytest.mark.parametrize('kind', sorted(LAYERS))
def test_rnn_model_shapes(kind, small):
    vocab_size = small[3]
    model = d2lt.RNNModel(LAYERS[kind](vocab_size), vocab_size)
    X = torch.randint(0, vocab_size, (3, 5))
    logits, state = model(X, None)
    assert logits.shape == (5 * 3, vocab_size)
    layers = model.rnn.num_layers * (2 if model.rnn.bidirectional else 1)
    states = state if isinstance(state, tuple) else (state,)
    assert len(states) == (2 if kind.startswith('lstm') else 1)
    assert all(s.shape == (layers, 3, H) for s in states)
    assert model.dense.in_features == H * (2 if 'bidirectional' in kind else 1)
    if not model.rnn.bidirectional:  # time-major: row t * 3 + b is step t of row b
        alone, _ = model(X[1:2, :2], None)
        torch.testing.assert_close(logits[[1, 4]], alone)


def test_rnn_model_refuses_batch_first(small):
    with pytest.raises(ValueError, match='batch_first'):
        d2lt.RNNModel(nn.RNN(small[3], H, batch_first=True), small[3])


# ---------------------------------------------------------------- prediction
@pytest.fixture
def model(small):
    seed(5)
    vocab_size = small[3]
    model = d2lt.RNNModel(nn.RNN(vocab_size, H), vocab_size)
    with torch.no_grad():  # bigger weights than the default: a less uniform model
        for p in model.parameters():
            p.mul_(10)
    return model


def predict(model, small, prefix, num_chars, **kwargs):
    _, char_to_idx, idx_to_char, vocab_size = small
    return d2lt.predict_rnn_pytorch(prefix, num_chars, model, vocab_size, DEVICE,
                                    idx_to_char, char_to_idx, **kwargs)


def test_greedy_is_deterministic_and_argmax(model, small):
    _, char_to_idx, idx_to_char, _ = small
    text = predict(model, small, 'the ', 20)
    assert text == predict(model, small, 'the ', 20, temperature=0)
    assert text.startswith('the ') and len(text) == 24
    # by hand, one character at a time
    state, expected = None, 'the '
    with torch.no_grad():
        for c in 'the ':
            logits, state = model(torch.tensor([[char_to_idx[c]]]), state)
        for _ in range(20):
            nxt = int(logits[0].argmax())
            expected += idx_to_char[nxt]
            logits, state = model(torch.tensor([[nxt]]), state)
    assert text == expected


def test_temperature_sampling_reproducible_and_varied(model, small):
    runs = []
    for n in (0, 0, 1):
        seed(n)
        runs.append(predict(model, small, 'the', 60, temperature=1.0))
    assert runs[0] == runs[1] != runs[2]
    assert all(r.startswith('the') and len(r) == 63 for r in runs)
    assert len(set(runs[0][3:])) > 3
    assert predict(model, small, 'the', 60, temperature=1e-4) == predict(model, small, 'the', 60)
    with pytest.raises(ValueError, match='temperature'):
        predict(model, small, 'the', 5, temperature=-1)


@pytest.mark.parametrize('bad', ['thé', 'Time', 'x!'])
def test_prefix_outside_vocabulary(model, small, bad):
    unknown = [c for c in bad if c not in small[1]]
    with pytest.raises(ValueError) as err:
        predict(model, small, bad, 5)
    for c in unknown:
        assert repr(c) in str(err.value)


def test_empty_prefix_and_zero_chars(model, small):
    with pytest.raises(ValueError, match='empty'):
        predict(model, small, '', 5)
    assert predict(model, small, 'time', 0) == 'time'


def test_errors_follow_the_language(model, small, language):
    language('zh')
    with pytest.raises(ValueError, match='^前缀为空'):
        predict(model, small, '', 5)
    with pytest.raises(ValueError, match='^温度须为 0'):
        d2lt.pick(torch.tensor([0.0, 1.0]), -0.5)


def test_pick_distribution():
    logits = torch.tensor([1.0, 2.0, 0.5, 3.0])
    assert d2lt.pick(logits, 0) == 3
    np.random.seed(0)
    n = 3000
    counts = np.bincount([d2lt.pick(logits, 1.0) for _ in range(n)], minlength=4)
    probs = np.exp([1.0, 2.0, 0.5, 3.0])
    probs /= probs.sum()
    assert np.all(np.abs(counts - n * probs) < 5 * np.sqrt(n * probs * (1 - probs)))
    assert np.bincount([d2lt.pick(logits, 100.0) for _ in range(n)]).min() > 0.2 * n


# ---------------------------------------------------------------- training
def check_history(history, num_epochs, valid):
    assert set(history) == {'epoch', 'train_ppl', 'valid_ppl', 'seconds', 'grad_norm',
                            'best_epoch'}
    assert (history['best_epoch'] is None) == (not valid)
    assert history['epoch'] == list(range(1, num_epochs + 1))
    assert len(history['grad_norm']) % num_epochs == 0 and history['grad_norm']
    assert all(math.isfinite(g) and g > 0 for g in history['grad_norm'])
    assert len(history['train_ppl']) == len(history['seconds']) == num_epochs
    assert all(b >= a >= 0 for a, b in zip(history['seconds'], history['seconds'][1:]))
    assert all(math.isfinite(p) and p >= 1 for p in history['train_ppl'])
    assert len(history['valid_ppl']) == (num_epochs if valid else 0)
    assert all(math.isfinite(p) and p >= 1 for p in history['valid_ppl'])


def test_train_and_predict_rnn_pytorch(small, capsys):
    seed(0)
    model, history = torch_run(small, valid_indices=small[0][:200])
    check_history(history, 4, valid=True)
    assert history['train_ppl'][-1] < 0.8 * history['train_ppl'][0]
    assert history['valid_ppl'][-1] < history['valid_ppl'][0]
    out = capsys.readouterr().out
    assert [l.split(',')[0] for l in out.splitlines() if l.startswith('epoch')] == \
        ['epoch 2', 'epoch 4']
    samples = [l for l in out.splitlines() if l.startswith(' - ')]
    assert [s[3:3 + len(p)] for s, p in zip(samples, PREFIXES * 2)] == PREFIXES * 2
    assert all(len(s) == 3 + len(p) + 12 for s, p in zip(samples, PREFIXES * 2))


def test_norms_are_before_clipping(small, capsys):
    seed(0)
    _, history = torch_run(small, num_epochs=1, theta=1e-3)
    assert min(history['grad_norm']) > 1e-3  # what clipping saw, not what it left


@pytest.mark.parametrize('kind', sorted(LAYERS))
def test_layers_train_and_predict(kind, small, capsys):
    seed(1)
    model, history = torch_run(small, LAYERS[kind](small[3]), num_epochs=2,
                               valid_indices=small[0][:120])
    check_history(history, 2, valid=True)
    text = predict(model, small, 'the', 15)
    assert text.startswith('the') and len(text) == 18 and set(text) <= set(small[2])


def test_optimizer_schedule_and_random_iter(small, capsys):
    seed(2)
    rates = []
    _, history = torch_run(small, num_epochs=3, lr=100, theta=0.01, optimizer='sgd',
                           optimizer_params={'momentum': 0}, is_random_iter=True)
    check_history(history, 3, valid=False)
    assert history['train_ppl'][-1] < history['train_ppl'][0]

    def schedule(num_update):  # MXNet's convention: updates counted from 1
        rates.append(num_update)
        return 0.01 / num_update
    torch_run(small, num_epochs=1, optimizer=torch.optim.Adam,
              optimizer_params={'lr_scheduler': schedule})
    assert rates[:3] == [1, 2, 3]
    with pytest.raises(ValueError, match='no optimizer'):
        torch_run(small, optimizer='sgdd')


def test_initializer(small, capsys):
    model, history = torch_run(small, num_epochs=0,
                               initializer=lambda w: nn.init.constant_(w, 0.5))
    assert history['epoch'] == []
    for name, p in model.named_parameters():
        assert (p == (0.5 if 'weight' in name else 0)).all(), name
    seed(0)
    default = d2lt.RNNModel(nn.RNN(small[3], H), small[3])
    before = [p.clone() for p in default.parameters()]
    d2lt.train_and_predict_rnn_pytorch(default, H, small[3], DEVICE, *small[:1],
                                       small[2], small[1], 0, 10, 0.01, 1, 8, 1, 5, [])
    assert all(torch.equal(a, b) for a, b in zip(before, default.parameters()))


def test_too_short_corpus_for_training(small):
    with pytest.raises(ValueError, match='batch_size'):
        torch_run((small[0][:30],) + small[1:])


@pytest.mark.parametrize('lr', [1e4, 1e12])
def test_divergence_raises(small, capsys, lr):
    seed(0)
    with pytest.raises(FloatingPointError, match='learning rate'):
        torch_run(small, num_epochs=3, lr=lr, theta=None, optimizer='sgd')


# ---------------------------------------------------------------- detaching
@pytest.mark.parametrize('kind', ['rnn', 'lstm'])
@pytest.mark.parametrize('is_random_iter', [False, True])
def test_states_between_minibatches(kind, is_random_iter, small):
    """Consecutive: each minibatch gets the last state's values, cut from its graph;
    random: each starts afresh (None)."""
    seed(0)
    vocab_size = small[3]
    model = d2lt.RNNModel(LAYERS[kind](vocab_size), vocab_size)
    params = list(model.parameters())
    seen, returned = [], []

    def forward(X, state):
        seen.append(state)
        logits, new = model(X, state)
        returned.append(new)
        return logits, new

    sampler = d2lt.data_iter_random if is_random_iter else d2lt.data_iter_consecutive
    mean_loss, norms = d2lt.train_epoch(forward, lambda b: None, params, lambda: None,
                                        sampler(small[0][:200], 2, 5), is_random_iter, 1.0)
    assert math.isfinite(mean_loss) and len(norms) == len(seen) > 2
    for k in range(1, len(seen)):
        if is_random_iter:
            assert seen[k] is None
            continue
        got = seen[k] if isinstance(seen[k], tuple) else (seen[k],)
        prev = returned[k - 1] if isinstance(returned[k - 1], tuple) else (returned[k - 1],)
        for s, p in zip(got, prev):
            assert s.grad_fn is None and not s.requires_grad, 'still in the graph'
            assert p.grad_fn is not None
            torch.testing.assert_close(s, p.detach())  # values carried over


def test_without_detach_pytorch_refuses(small):
    """What detach prevents: a second backward through the freed graph raises."""
    vocab_size = small[3]
    model = d2lt.RNNModel(nn.RNN(vocab_size, H), vocab_size)
    batches = d2lt.data_iter_consecutive(small[0], 2, 5)
    state = None
    with pytest.raises(RuntimeError, match='backward through the graph a second time'):
        for X, Y in batches:
            logits, state = model(X, state)  # state not detached
            nn.functional.cross_entropy(logits, Y.T.reshape(-1)).backward()


def test_evaluate_perplexity_uniform_model(small):
    corpus, _, _, vocab_size = small
    model = d2lt.RNNModel(nn.RNN(vocab_size, H), vocab_size)
    d2lt.initialize(model, nn.init.zeros_)
    ppl = d2lt.evaluate_perplexity(model, lambda b: None, corpus, 5, DEVICE)
    assert ppl == pytest.approx(vocab_size, rel=1e-5)


# ---------------------------------------------------------------- the book's code
BOOK = {
    'load_data_jay_lyrics': [],
    'data_iter_random': ['corpus_indices', 'batch_size', 'num_steps', 'device'],
    'data_iter_consecutive': ['corpus_indices', 'batch_size', 'num_steps', 'device'],
    'to_onehot': ['X', 'n_class'],
    'grad_clipping': ['params', 'theta', 'device'],
    'RNNModel': ['rnn_layer', 'vocab_size'],
    'predict_rnn_pytorch': ['prefix', 'num_chars', 'model', 'vocab_size', 'device',
                            'idx_to_char', 'char_to_idx'],
    'train_and_predict_rnn_pytorch': [
        'model', 'num_hiddens', 'vocab_size', 'device', 'corpus_indices', 'idx_to_char',
        'char_to_idx', 'num_epochs', 'num_steps', 'lr', 'clipping_theta', 'batch_size',
        'pred_period', 'pred_len', 'prefixes'],
}


def test_book_positional_parameters():
    problems = signature_problems(d2lt, BOOK)
    assert not problems, '\n'.join(problems)
    for name in ('data_iter_random', 'data_iter_consecutive'):
        assert inspect.signature(getattr(d2lt, name)).parameters['device'].default is None


def test_book_style_code(small, capsys):
    """Section 6.5 of the PyTorch book, called as it calls the helpers."""
    corpus_indices, char_to_idx, idx_to_char, vocab_size = small
    device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
    num_hiddens = 24
    rnn_layer = nn.RNN(input_size=vocab_size, hidden_size=num_hiddens)
    num_steps, batch_size = 35, 2
    state = None
    X = torch.rand(num_steps, batch_size, vocab_size)
    Y, state_new = rnn_layer(X, state)
    assert Y.shape == (num_steps, batch_size, num_hiddens)
    assert state_new.shape == (1, batch_size, num_hiddens)

    model = d2lt.RNNModel(rnn_layer, vocab_size).to(device)
    text = d2lt.predict_rnn_pytorch('the', 10, model, vocab_size, device, idx_to_char,
                                    char_to_idx)
    assert text.startswith('the') and len(text) == 13

    seed(0)
    num_epochs, batch_size, lr, clipping_theta = 2, 8, 1e-3, 1e-2
    pred_period, pred_len, prefixes = 1, 10, ['the', 'time']
    d2lt.train_and_predict_rnn_pytorch(model, num_hiddens, vocab_size, device,
                                       corpus_indices, idx_to_char, char_to_idx,
                                       num_epochs, 10, lr, clipping_theta,
                                       batch_size, pred_period, pred_len, prefixes)
    out = capsys.readouterr().out
    assert 'epoch 2, perplexity' in out and ' - time' in out

    # section 6.4's pieces: samplers, one-hot inputs, clipping by the generator
    for X, Y in d2lt.data_iter_random(corpus_indices, batch_size, 10, device):
        assert X.shape == Y.shape == (batch_size, 10)
        inputs = d2lt.to_onehot(X, vocab_size)
        assert len(inputs) == 10 and inputs[0].shape == (batch_size, vocab_size)
    for X, Y in d2lt.data_iter_consecutive(corpus_indices, batch_size, 10, device):
        loss = nn.CrossEntropyLoss()(model(X, None)[0], torch.transpose(Y, 0, 1)
                                     .contiguous().view(-1).long())
        loss.backward()
        d2lt.grad_clipping(model.parameters(), clipping_theta, device)
        norm = math.sqrt(sum(float((p.grad ** 2).sum()) for p in model.parameters()))
        assert norm <= clipping_theta * 1.001  # the book's own version skipped this
        break


def test_book_loader_callable_without_arguments(real_data_dir):
    corpus_indices, char_to_idx, idx_to_char, vocab_size = d2lt.load_data_jay_lyrics()
    assert len(idx_to_char) == vocab_size and max(corpus_indices) < vocab_size
    assert d2lt.load_data_jay_lyrics is d2l.load_data_jay_lyrics  # one source


# ---------------------------------------------------------------- embedding, dropout, patience
def test_rnnmodel_embedding_and_dropout(small):
    seed(3)
    V = small[3]
    model = d2lt.RNNModel(nn.LSTM(5, H), V, embed_size=5, dropout=0.5)
    assert model.embedding.weight.shape == (V, 5)
    X = torch.randint(0, V, (3, 4))
    model.train()
    a, _ = model(X, None)
    b, _ = model(X, None)
    assert a.shape == (12, V) and not torch.equal(a, b)  # dropout while training
    model.eval()
    a, _ = model(X, None)
    b, _ = model(X, None)
    assert torch.equal(a, b)
    with pytest.raises(TypeError):
        d2lt.RNNModel(nn.LSTM(5, H), V, 5)  # embed_size only by name
    plain = d2lt.RNNModel(nn.LSTM(V, H), V)
    assert plain.embedding is None and plain.dropout.p == 0


def test_evaluation_leaves_dropout_out_and_the_mode_as_it_was(small):
    seed(4)
    corpus, V = small[0][:200], small[3]
    model = d2lt.RNNModel(nn.LSTM(V, H), V, dropout=0.9)
    model.train()
    ppls = {d2lt.evaluate_perplexity(model, lambda b: None, corpus, 13, DEVICE)
            for _ in range(2)}
    assert len(ppls) == 1 and model.training


def test_patience_returns_the_best_epoch_model(small, capsys, monkeypatch):
    seed(0)
    corpus, char_to_idx, idx_to_char, vocab_size = small
    model = d2lt.RNNModel(nn.RNN(vocab_size, H), vocab_size, dropout=0.2)
    seen, scores = [], iter([9, 5, 7, 8, 1])

    def evaluate(*args):
        seen.append({k: v.clone() for k, v in model.state_dict().items()})
        return next(scores)
    monkeypatch.setattr(d2lt, 'evaluate_perplexity', evaluate)
    history = d2lt.train_and_predict_rnn_pytorch(
        model, H, vocab_size, DEVICE, corpus, idx_to_char, char_to_idx, 5, 10, 0.01, 1.0,
        8, 2, 12, PREFIXES, valid_indices=corpus[:100], patience=2)
    assert history['epoch'] == [1, 2, 3, 4] and history['best_epoch'] == 2
    final = model.state_dict()
    assert all(torch.equal(final[k], seen[1][k]) for k in final)
    assert not all(torch.equal(final[k], seen[-1][k]) for k in final)
    assert not model.training  # left in eval mode


def test_char_log_probs(small):
    seed(5)
    corpus, V = small[0][:120], small[3]
    model = d2lt.RNNModel(nn.LSTM(6, H), V, embed_size=6, dropout=0.5)
    with torch.no_grad():
        for p in model.parameters():
            p.normal_(0, 0.5)
    model.train()
    lp = d2lt.char_log_probs(model, lambda b: None, corpus, DEVICE)
    assert lp.dtype == np.float64 and lp.shape == (119,) and (lp < 0).all()
    assert model.training  # its mode kept; scored without dropout:
    np.testing.assert_array_equal(d2lt.char_log_probs(model, lambda b: None, corpus, DEVICE), lp)
    # evaluate_perplexity: the same characters; rows=1 reads the text in one row
    ppl = d2lt.evaluate_perplexity(model, lambda b: None, corpus, 13, DEVICE, rows=1)
    assert math.exp(-lp.mean()) == pytest.approx(ppl, rel=1e-5)
    pieces = d2lt.char_log_probs(model, lambda b: None, corpus, DEVICE, reset_every=119 // 4)
    assert d2lt.evaluate_perplexity(model, lambda b: None, corpus, 13, DEVICE) == (
        pytest.approx(math.exp(-pieces.mean()), rel=1e-5))
    total = sum(math.exp(d2lt.char_log_probs(model, lambda b: None, corpus[:9] + [v],
                                             DEVICE)[-1]) for v in range(V))
    assert total == pytest.approx(1, abs=1e-6)
    lp1 = d2lt.char_log_probs(model, lambda b: None, corpus, DEVICE, reset_every=1)
    model.eval()
    for t in (1, 50, 119):
        logits, _ = model(torch.tensor([[corpus[t - 1]]]), None)
        expected = torch.log_softmax(logits[0].double(), 0)[corpus[t]].item()
        assert lp1[t - 1] == pytest.approx(expected, abs=1e-6)
    # matches the MXNet version's segments
    lp5 = d2lt.char_log_probs(model, lambda b: None, corpus, DEVICE, reset_every=5)
    alone = d2lt.char_log_probs(model, lambda b: None, corpus[10:16], DEVICE)
    np.testing.assert_allclose(lp5[10:15], alone, atol=1e-6)
