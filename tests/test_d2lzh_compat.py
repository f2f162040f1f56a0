"""Code written for the original d2lzh 1.0 package runs unchanged."""
import d2l_helpers as d2l

import inspect
import sys

import mxnet as mx
from mxnet import nd
from mxnet.gluon import rnn as gluon_rnn
from nbfiles import REPO
from support import signature_problems

#: The reader's from-scratch RNN as the d2lzh book writes it: one copy, in
#: benchmarks/book_rnn.py, which benchmarks/train_speed.py also trains.
sys.path.insert(0, str(REPO / 'benchmarks'))
import book_rnn  # noqa: E402

ORIGINAL = {
    'load_data_jay_lyrics': [],
    'load_data_time_machine': [],
    'data_iter_random': ['corpus_indices', 'batch_size', 'num_steps', 'ctx'],
    'data_iter_consecutive': ['corpus_indices', 'batch_size', 'num_steps', 'ctx'],
    'to_onehot': ['X', 'size'],
    'try_gpu': [],
    'grad_clipping': ['params', 'theta', 'ctx'],
    'sgd': ['params', 'lr', 'batch_size'],
    'predict_rnn': ['prefix', 'num_chars', 'rnn', 'params', 'init_rnn_state',
                    'num_hiddens', 'vocab_size', 'ctx', 'idx_to_char', 'char_to_idx'],
    'train_and_predict_rnn': [
        'rnn', 'get_params', 'init_rnn_state', 'num_hiddens', 'vocab_size', 'ctx',
        'corpus_indices', 'idx_to_char', 'char_to_idx', 'is_random_iter', 'num_epochs',
        'num_steps', 'lr', 'clipping_theta', 'batch_size', 'pred_period', 'pred_len',
        'prefixes'],
    'RNNModel': ['rnn_layer', 'vocab_size'],
    'predict_rnn_gluon': ['prefix', 'num_chars', 'model', 'vocab_size', 'ctx',
                          'idx_to_char', 'char_to_idx'],
    'train_and_predict_rnn_gluon': [
        'model', 'num_hiddens', 'vocab_size', 'ctx', 'corpus_indices', 'idx_to_char',
        'char_to_idx', 'num_epochs', 'num_steps', 'lr', 'clipping_theta', 'batch_size',
        'pred_period', 'pred_len', 'prefixes'],
}


def test_original_positional_parameters():
    problems = signature_problems(d2l, ORIGINAL)
    assert not problems, '\n'.join(problems)
    # the original optional parameter keeps its default
    for name in ('data_iter_random', 'data_iter_consecutive'):
        assert inspect.signature(getattr(d2l, name)).parameters['ctx'].default is None


def test_original_style_scratch_code(small, capsys):
    """A d2lzh reader's own get_params(), init_rnn_state and rnn, called positionally."""
    corpus_indices, char_to_idx, idx_to_char, vocab_size = small
    num_hiddens = 24
    ctx = d2l.try_gpu()
    rnn, get_params, init_rnn_state = book_rnn.book_scratch_model(nd, vocab_size,
                                                                  num_hiddens, ctx)

    X = nd.arange(10).reshape((2, 5))
    inputs = d2l.to_onehot(X.as_in_context(ctx), vocab_size)
    outputs, state_new = rnn(inputs, init_rnn_state(X.shape[0], num_hiddens, ctx),
                             get_params())
    assert len(outputs) == 5 and outputs[0].shape == (2, vocab_size)
    assert state_new[0].shape == (2, num_hiddens)

    text = d2l.predict_rnn('the', 10, rnn, get_params(), init_rnn_state, num_hiddens,
                           vocab_size, ctx, idx_to_char, char_to_idx)
    assert text.startswith('the') and len(text) == 13

    d2l.set_seed(0)
    num_epochs, num_steps, batch_size, lr, clipping_theta = 2, 10, 8, 1e2, 1e-2
    pred_period, pred_len, prefixes = 1, 10, ['the', 'time']
    d2l.train_and_predict_rnn(rnn, get_params, init_rnn_state, num_hiddens,
                              vocab_size, ctx, corpus_indices, idx_to_char,
                              char_to_idx, True, num_epochs, num_steps, lr,
                              clipping_theta, batch_size, pred_period, pred_len,
                              prefixes)
    out = capsys.readouterr().out
    assert 'epoch 1, perplexity' in out and 'epoch 2, perplexity' in out
    assert ' - the' in out and ' - time' in out

    for X, Y in d2l.data_iter_random(corpus_indices, batch_size, num_steps, ctx):
        assert X.shape == Y.shape == (batch_size, num_steps)
    for X, Y in d2l.data_iter_consecutive(corpus_indices, batch_size, num_steps, ctx):
        assert X.shape == Y.shape == (batch_size, num_steps)
    params = get_params()
    d2l.grad_clipping(params, clipping_theta, ctx)
    d2l.sgd(params, lr, batch_size)


def test_original_style_gluon_code(small, capsys):
    corpus_indices, char_to_idx, idx_to_char, vocab_size = small
    ctx = d2l.try_gpu()
    num_hiddens = 24
    rnn_layer = gluon_rnn.RNN(num_hiddens)
    rnn_layer.initialize()
    batch_size = 2
    state = rnn_layer.begin_state(batch_size=batch_size)
    X = nd.random.uniform(shape=(35, batch_size, vocab_size))
    Y, state_new = rnn_layer(X, state)
    assert Y.shape == (35, batch_size, num_hiddens)

    model = d2l.RNNModel(rnn_layer, vocab_size)
    model.initialize(force_reinit=True, ctx=ctx)
    text = d2l.predict_rnn_gluon('the', 10, model, vocab_size, ctx, idx_to_char,
                                 char_to_idx)
    assert text.startswith('the') and len(text) == 13

    d2l.set_seed(0)
    num_epochs, batch_size, lr, clipping_theta = 2, 8, 1e2, 1e-2
    pred_period, pred_len, prefixes = 1, 10, ['the', 'time']
    d2l.train_and_predict_rnn_gluon(model, num_hiddens, vocab_size, ctx,
                                    corpus_indices, idx_to_char, char_to_idx,
                                    num_epochs, 10, lr, clipping_theta,
                                    batch_size, pred_period, pred_len, prefixes)
    out = capsys.readouterr().out
    assert 'epoch 2, perplexity' in out and ' - time' in out


def test_original_loaders_callable_without_arguments(real_data_dir):
    for load in (d2l.load_data_jay_lyrics, d2l.load_data_time_machine):
        corpus_indices, char_to_idx, idx_to_char, vocab_size = load()
        assert len(idx_to_char) == vocab_size and max(corpus_indices) < vocab_size
    assert isinstance(d2l.try_gpu(), mx.Context)
