"""Training recurrent language models with MXNet: clipping, SGD, the trainers.

The epochs themselves are counted by the framework-free `loop.fit`; the
functions here are the MXNet operations it is given.
"""
import numpy as np
from mxnet import autograd, gluon, init, nd

from .data import data_iter_consecutive, data_iter_random
from .loop import fit, perplexity, picked_log_probs, reset_segments
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
    """Scale the gradients of params so that their joint L2 norm is <= theta.

    g <- min(1, theta / ||g||) * g. Returns the norm before clipping, an
    NDArray of shape (1,) that stays on the device: no wait for it per
    minibatch. ctx is unused and kept for the original signature.

    Defined in lesson 2 (rnn-scratch).
    """
    if theta is None:
        return None
    grads = [param.grad.reshape((-1,)) for param in params]
    norm = nd.sqrt(nd.add_n(*[nd.dot(g, g) for g in grads]))  # shape (1,)
    scale = nd.minimum(theta / norm, 1)
    for param in params:
        param.grad[:] *= scale
    return norm


def train_epoch(forward, begin_state, params, update, data_iter,
                is_random_iter, clipping_theta):
    """One pass over data_iter; returns (mean cross-entropy, norms).

    forward(X (batch_size, num_steps), state) -> (logits (num_steps *
    batch_size, vocab_size), state); begin_state(batch_size) -> state;
    update() takes one optimisation step on params from their gradients.
    The cross-entropy is per character; norms lists the gradient norm
    before clipping of every update (empty without clipping).

    Defined in lesson 2 (rnn-scratch).
    """
    state, l_sum, n, norms = None, 0, 0, []
    for X, Y in data_iter:
        if is_random_iter or state is None:
            state = begin_state(X.shape[0])  # does not continue the last
        else:
            state = [s.detach() for s in state]  # values kept, graph cut
        with autograd.record():
            logits, state = forward(X, state)
            y = Y.T.reshape((-1,))  # time-major, like the logits
            l = LOSS(logits, y).mean()
        l.backward()
        norm = grad_clipping(params, clipping_theta, None)
        if norm is not None:
            norms.append(norm)
        update()
        l_sum = l_sum + l * y.size  # NDArrays: no wait for the device here
        n += y.size
    norms = nd.concat(*norms, dim=0).asnumpy().tolist() if norms else []
    return float(l_sum.asscalar()) / n, norms


def evaluate_perplexity(forward, begin_state, corpus_indices, num_steps, ctx,
                        *, rows=4):
    """Perplexity of the model on every character of corpus_indices[1:].

    The characters the counting models score. For speed the text is read
    as `rows` pieces side by side, each from the zero state (rows times
    fewer steps in a row): the first characters of each piece are predicted
    from less context than `char_log_probs` of the whole text gives them.
    """
    piece = max(1, (len(corpus_indices) - 1) // rows)
    return perplexity(-float(np.mean(char_log_probs(
        forward, begin_state, corpus_indices, ctx, reset_every=piece,
        num_steps=num_steps))))


def snapshot_arrays(params):
    """fit's snapshot for NDArray parameters (from-scratch, or a Gluon model's
    p.data()): copies them now; the function returned writes the copies back
    in place."""
    saved = [param.copy() for param in params]

    def restore():
        for param, value in zip(params, saved):
            param[:] = value
    return restore


def row_log_probs(forward, begin_state, X, Y, ctx, num_steps=256):
    """Natural-log probabilities the model gives Y, reading the rows of X.

    X, Y: int arrays (rows, length), Y the next characters of X. Every row
    starts from the zero state and is read num_steps columns at a time with
    the state carried, so Y[r, t] is predicted from X[r, :t + 1]. Returns a
    float64 NumPy array (rows, length).
    """
    state, out = begin_state(X.shape[0]), []
    for i in range(0, X.shape[1], num_steps):
        logits, state = forward(nd.array(X[:, i:i + num_steps], ctx=ctx), state)
        out.append(picked_log_probs(logits.asnumpy(), Y[:, i:i + num_steps]))
    return np.concatenate(out, axis=1)


def char_log_probs(forward, begin_state, corpus_indices, ctx, *,
                   reset_every=None, num_steps=256):
    """The natural-log probability of every character of corpus_indices[1:].

    The tokens the counting models of ngrams.py score; a float64 NumPy array
    of len(corpus_indices) - 1. forward and begin_state(batch_size) are
    those of evaluate_perplexity. The text is read as ONE row (batch 1),
    num_steps characters per call, the state carried: character t (t >= 1)
    is predicted from all of corpus_indices[:t].

    reset_every=k (context ablation): the state is reset to zeros before
    the inputs at positions 0, k, 2k, ... of corpus_indices, so character t
    is predicted from the 1 + (t - 1) % k characters before it: from 1 up to
    k of them, (k + 1) / 2 on average (k = 1: from the previous character
    alone, starting from the zero state). Segments are independent, so
    they are read side by side as rows of a batch.

    exp(-mean) is the perplexity of the text; `evaluate_perplexity` reads
    it in a few pieces at once, for speed.
    """
    parts = [row_log_probs(forward, begin_state, X, Y, ctx, num_steps)
             for X, Y in reset_segments(corpus_indices, reset_every)]
    return np.concatenate([part.reshape(-1) for part in parts])


def train_and_predict_rnn(rnn, get_params, init_rnn_state, num_hiddens,
                          vocab_size, ctx, corpus_indices, idx_to_char,
                          char_to_idx, is_random_iter, num_epochs, num_steps,
                          lr, clipping_theta, batch_size, pred_period,
                          pred_len, prefixes, *, valid_indices=None,
                          temperature=0, baseline=None, progress=None,
                          patience=None):
    """Train a from-scratch RNN with SGD; returns the history of `fit`.

    valid_indices: validation text, scored after every epoch; temperature:
    for the samples (0 is greedy); baseline, progress: see `fit`. patience
    (needs valid_indices): stop when the validation perplexity has not
    improved for that many epochs; the parameters are then those of the
    best epoch (history['best_epoch']); patience=num_epochs restores them
    without stopping early.

    Defined in lesson 2 (rnn-scratch).
    """
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

    # with patience: the parameters of the best epoch are put back
    snapshot = None if patience is None else (
        lambda: snapshot_arrays(params))
    return fit(
        train_epoch=train_epoch, evaluate=evaluate_perplexity,
        sampler=data_iter_random if is_random_iter else data_iter_consecutive,
        forward=forward, begin_state=begin_state, params=params,
        update=update, predict=predict, corpus_indices=corpus_indices,
        is_random_iter=is_random_iter, num_epochs=num_epochs,
        num_steps=num_steps, clipping_theta=clipping_theta,
        batch_size=batch_size, pred_period=pred_period, prefixes=prefixes,
        ctx=ctx, valid_indices=valid_indices, baseline=baseline,
        progress=progress, patience=patience, snapshot=snapshot)


def train_and_predict_rnn_gluon(model, num_hiddens, vocab_size, ctx,
                                corpus_indices, idx_to_char, char_to_idx,
                                num_epochs, num_steps, lr, clipping_theta,
                                batch_size, pred_period, pred_len, prefixes,
                                *, valid_indices=None, temperature=0,
                                optimizer='sgd', optimizer_params=None,
                                is_random_iter=False, initializer=None,
                                baseline=None, progress=None, patience=None):
    """Train an RNNModel with a gluon Trainer; returns the history of `fit`.

    optimizer and optimizer_params (besides the learning rate lr) go to the
    Trainer, e.g. optimizer='adam' or an lr_scheduler. The weights start from
    initializer, by default the original's init.Normal(0.01). The other
    keywords are those of train_and_predict_rnn (patience: the model
    returned holds the best epoch's parameters).

    Defined in lesson 3 (rnn-gluon).
    """
    model.initialize(initializer or init.Normal(0.01), ctx=ctx,
                     force_reinit=True)
    model.hybridize(static_alloc=True)  # one graph, memory planned once
    trainer = gluon.Trainer(model.collect_params(), optimizer,
                            {'learning_rate': lr, **(optimizer_params or {})})

    def begin_state(batch_size):
        return model.begin_state(batch_size=batch_size, ctx=ctx)

    model(nd.zeros((1, 1), ctx=ctx), begin_state(1))  # finish deferred init
    params = [p.data(ctx) for p in model.collect_params().values()]

    def predict(prefix):
        return predict_rnn_gluon(prefix, pred_len, model, vocab_size, ctx,
                                 idx_to_char, char_to_idx,
                                 temperature=temperature)

    # with patience: the parameters of the best epoch are put back
    snapshot = None if patience is None else (
        lambda: snapshot_arrays(params))
    return fit(
        train_epoch=train_epoch, evaluate=evaluate_perplexity,
        sampler=data_iter_random if is_random_iter else data_iter_consecutive,
        forward=model, begin_state=begin_state, params=params,
        update=lambda: trainer.step(1), predict=predict,
        corpus_indices=corpus_indices, is_random_iter=is_random_iter,
        num_epochs=num_epochs, num_steps=num_steps,
        clipping_theta=clipping_theta, batch_size=batch_size,
        pred_period=pred_period, prefixes=prefixes, ctx=ctx,
        valid_indices=valid_indices, baseline=baseline, progress=progress,
        patience=patience, snapshot=snapshot)
