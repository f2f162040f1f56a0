"""Training recurrent language models: clipping, SGD, perplexity and the loop."""
import math
import time

from mxnet import autograd, gluon, init, nd

from .data import data_iter_consecutive, data_iter_random
from .models import scratch_forward
from .prediction import predict_rnn, predict_rnn_gluon

#: Cross-entropy between logits and label indices, compiled once into one
#: graph (hybridized) instead of being run operator by operator.
LOSS = gluon.loss.SoftmaxCrossEntropyLoss()
LOSS.hybridize(static_alloc=True)


def sgd(params, lr, batch_size):
    """Minibatch SGD: move each parameter against its gradient, in place."""
    for param in params:
        param[:] = param - lr * param.grad / batch_size


def grad_clipping(params, theta, ctx):
    """Scale the gradients of params so that their joint L2 norm is at most theta.

    g <- min(1, theta / ||g||) * g. The norm stays on the device: no wait for
    it per minibatch. ctx is unused and kept for the original signature.
    """
    if theta is None:
        return
    grads = [param.grad.reshape((-1,)) for param in params]
    norm = nd.sqrt(nd.add_n(*[nd.dot(g, g) for g in grads]))  # shape (1,)
    scale = nd.minimum(theta / norm, 1)
    for param in params:
        param.grad[:] *= scale


def perplexity(mean_loss):
    """exp(mean cross-entropy per character); inf where that overflows."""
    try:
        return math.exp(mean_loss)
    except OverflowError:
        return math.inf


def train_epoch(forward, begin_state, params, update, data_iter, is_random_iter,
                clipping_theta):
    """One pass over data_iter; returns the mean cross-entropy per character.

    forward(X (batch_size, num_steps), state) -> (logits (num_steps * batch_size,
    vocab_size), state); begin_state(batch_size) -> state; update() takes one
    optimisation step on params from their gradients.
    """
    state, l_sum, n = None, 0, 0
    for X, Y in data_iter:
        if is_random_iter or state is None:
            state = begin_state(X.shape[0])  # this batch does not continue the last
        else:
            state = [s.detach() for s in state]  # keep the values, cut the graph
        with autograd.record():
            logits, state = forward(X, state)
            y = Y.T.reshape((-1,))  # time-major, like the logits
            l = LOSS(logits, y).mean()
        l.backward()
        grad_clipping(params, clipping_theta, None)
        update()
        l_sum = l_sum + l * y.size  # an NDArray: no wait for the device here
        n += y.size
    return l_sum.asscalar() / n


def evaluate_perplexity(forward, begin_state, corpus_indices, num_steps, ctx,
                        batch_size=4):
    """Perplexity of the model on corpus_indices, read in consecutive order."""
    state, l_sum, n = begin_state(batch_size), 0, 0
    for X, Y in data_iter_consecutive(corpus_indices, batch_size, num_steps, ctx):
        logits, state = forward(X, state)
        l_sum = l_sum + LOSS(logits, Y.T.reshape((-1,))).sum()
        n += Y.size
    return perplexity(l_sum.asscalar() / n)


def fit(forward, begin_state, params, update, predict, corpus_indices,
        is_random_iter, num_epochs, num_steps, clipping_theta, batch_size,
        pred_period, prefixes, ctx, valid_indices=None):
    """Train for num_epochs; every pred_period epochs print perplexity and samples.

    predict(prefix) -> str. Returns the history: a dict of per-epoch lists,
    'epoch', 'train_ppl', 'valid_ppl' (when valid_indices is given) and
    'seconds' (training time so far, evaluation and printing excluded).
    Raises FloatingPointError as soon as the loss stops being finite.
    """
    sampler = data_iter_random if is_random_iter else data_iter_consecutive
    history = {'epoch': [], 'train_ppl': [], 'valid_ppl': [], 'seconds': []}
    seconds = 0.0
    for epoch in range(1, num_epochs + 1):
        start = time.time()
        mean_loss = train_epoch(forward, begin_state, params, update,
                                sampler(corpus_indices, batch_size, num_steps, ctx),
                                is_random_iter, clipping_theta)
        seconds += time.time() - start
        if not math.isfinite(perplexity(mean_loss)):
            raise FloatingPointError(
                f'training diverged in epoch {epoch}: the loss is {mean_loss:.4g}. '
                'Try a lower learning rate, or clip gradients harder '
                '(a smaller clipping_theta).')
        history['epoch'].append(epoch)
        history['train_ppl'].append(perplexity(mean_loss))
        history['seconds'].append(seconds)
        line = f'epoch {epoch}, perplexity {history["train_ppl"][-1]:.2f}'
        if valid_indices is not None:
            history['valid_ppl'].append(evaluate_perplexity(
                forward, begin_state, valid_indices, num_steps, ctx))
            line += f', held-out {history["valid_ppl"][-1]:.2f}'
        if epoch % pred_period == 0:
            print(f'{line}, {seconds / epoch:.3f} sec/epoch')
            for prefix in prefixes:
                print(' -', predict(prefix))
    return history


def train_and_predict_rnn(rnn, get_params, init_rnn_state, num_hiddens,
                          vocab_size, ctx, corpus_indices, idx_to_char,
                          char_to_idx, is_random_iter, num_epochs, num_steps,
                          lr, clipping_theta, batch_size, pred_period,
                          pred_len, prefixes, *, valid_indices=None,
                          temperature=0):
    """Train a from-scratch RNN with SGD; returns the history of `fit`."""
    params = get_params()
    forward = scratch_forward(rnn, params, vocab_size)

    def begin_state(batch_size):
        return init_rnn_state(batch_size, num_hiddens, ctx)

    def update():
        sgd(params, lr, 1)  # the loss is already a mean over the minibatch

    def predict(prefix):
        return predict_rnn(prefix, pred_len, rnn, params, init_rnn_state,
                           num_hiddens, vocab_size, ctx, idx_to_char,
                           char_to_idx, temperature=temperature)

    return fit(forward, begin_state, params, update, predict, corpus_indices,
               is_random_iter, num_epochs, num_steps, clipping_theta,
               batch_size, pred_period, prefixes, ctx, valid_indices)


def train_and_predict_rnn_gluon(model, num_hiddens, vocab_size, ctx,
                                corpus_indices, idx_to_char, char_to_idx,
                                num_epochs, num_steps, lr, clipping_theta,
                                batch_size, pred_period, pred_len, prefixes, *,
                                valid_indices=None, temperature=0,
                                optimizer='sgd', optimizer_params=None,
                                is_random_iter=False, initializer=None):
    """Train an RNNModel with a gluon Trainer; returns the history of `fit`.

    optimizer and optimizer_params (besides the learning rate lr) go to the
    Trainer, e.g. optimizer='adam' or an lr_scheduler. The weights start from
    initializer, by default the original's init.Normal(0.01).
    """
    model.initialize(initializer or init.Normal(0.01), ctx=ctx, force_reinit=True)
    model.hybridize(static_alloc=True)  # one graph, memory planned once
    trainer = gluon.Trainer(model.collect_params(), optimizer,
                            {'learning_rate': lr, **(optimizer_params or {})})

    def begin_state(batch_size):
        return model.begin_state(batch_size=batch_size, ctx=ctx)

    model(nd.zeros((1, 1), ctx=ctx), begin_state(1))  # finish deferred init
    params = [p.data(ctx) for p in model.collect_params().values()]

    def predict(prefix):
        return predict_rnn_gluon(prefix, pred_len, model, vocab_size, ctx,
                                 idx_to_char, char_to_idx, temperature=temperature)

    return fit(model, begin_state, params, lambda: trainer.step(1), predict,
               corpus_indices, is_random_iter, num_epochs, num_steps,
               clipping_theta, batch_size, pred_period, prefixes, ctx,
               valid_indices)
