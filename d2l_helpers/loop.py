"""The training loop's bookkeeping, for any framework: epochs, history, progress.

`fit` runs epochs and keeps their history; what an epoch does is passed in
(``training.py`` passes MXNet's operations, ``pytorch.py`` PyTorch's), so
this module imports no deep-learning framework.
"""
import math
import time

import numpy as np

from .labels import label
from .progress import Progress


def perplexity(mean_loss):
    """exp(mean cross-entropy per character); inf where that overflows.

    Defined in lesson 2 (rnn-scratch).
    """
    try:
        return math.exp(mean_loss)
    except OverflowError:
        return math.inf


def picked_log_probs(logits, Y):
    """log softmax(logits) at the characters Y, for any framework's output.

    logits: array (steps * rows, vocab_size), time-major; Y: int array
    (rows, steps). Returns float64 log-probabilities (rows, steps).
    """
    z = np.asarray(logits, dtype=np.float64)
    z = z - z.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    y = np.asarray(Y).T.reshape(-1)  # time-major, like the logits
    return log_p[np.arange(y.size), y].reshape(-1, len(Y)).T


def reset_segments(corpus_indices, reset_every, max_positions=8192):
    """(X, Y) pairs of int64 arrays (rows, length) that cut the text into
    segments read independently: corpus_indices[:-1] predicts [1:], in
    segments of reset_every characters (the whole text when None); the
    segments go side by side as rows, at most max_positions characters per
    pair, and the last, shorter segment makes a pair of its own. Their rows,
    joined in order, give back the text."""
    text = np.asarray(corpus_indices, dtype=np.int64)
    X, Y = text[:-1], text[1:]
    k = len(X) if reset_every is None else min(int(reset_every), len(X))
    full = len(X) // k * k
    rows_per_pair = max(1, max_positions // k)
    pairs = []
    for i in range(0, full // k, rows_per_pair):
        part = slice(i * k, min(full, (i + rows_per_pair) * k))
        pairs.append((X[part].reshape(-1, k), Y[part].reshape(-1, k)))
    if full < len(X):
        pairs.append((X[None, full:], Y[None, full:]))
    return pairs


def fit(*, train_epoch, evaluate, sampler, forward, begin_state, params,
        update, predict, corpus_indices, is_random_iter, num_epochs,
        num_steps, clipping_theta, batch_size, pred_period, prefixes, ctx,
        valid_indices=None, baseline=None, progress=None, patience=None,
        snapshot=None):
    """Train for num_epochs; every pred_period epochs print perplexity and
    samples.

    The framework's operations: train_epoch(forward, begin_state, params,
    update, minibatches, is_random_iter, clipping_theta) -> (mean loss,
    gradient norms); sampler(corpus_indices, batch_size, num_steps, ctx)
    -> minibatches; evaluate(forward, begin_state, valid_indices, num_steps,
    ctx) -> perplexity; predict(prefix) -> str.
    Returns the history: a dict of per-epoch lists, 'epoch', 'train_ppl',
    'valid_ppl' (when valid_indices is given) and 'seconds' (training time
    so far, evaluation and printing excluded), and 'grad_norm', the
    gradient norm before clipping of every update.
    progress: show a live figure (with a line at the validation perplexity
    baseline) and status line; None means only inside a Jupyter kernel.
    Raises FloatingPointError as soon as the loss stops being finite.

    Early stopping (both need valid_indices): history['best_epoch'] is the
    epoch of the lowest validation perplexity (None without valid_indices).
    patience: stop once the validation perplexity has not improved for that
    many epochs in a row. snapshot(): returns a function that puts the
    parameters back as they are now; it is called after every new best
    epoch, and the best epoch's parameters are restored at the end. The
    samples printed every pred_period epochs come from the current model.
    """
    if valid_indices is None and (patience, snapshot) != (None, None):
        raise ValueError('patience and snapshot choose epochs by their '
                         'validation perplexity: pass valid_indices too')
    if patience is not None and patience < 1:
        raise ValueError('patience must be a positive number of epochs, '
                         f'got {patience!r}')
    history = {'epoch': [], 'train_ppl': [], 'valid_ppl': [], 'seconds': [],
               'grad_norm': [], 'best_epoch': None}
    restore = None  # puts back the parameters of the best epoch so far
    shown = Progress(num_epochs, baseline, live=progress)
    seconds, reported = 0.0, (0, 0.0)  # (epoch, seconds) at the last report
    for epoch in range(1, num_epochs + 1):
        start = time.time()
        mean_loss, norms = train_epoch(
            forward, begin_state, params, update,
            sampler(corpus_indices, batch_size, num_steps, ctx),
            is_random_iter, clipping_theta)
        seconds += time.time() - start
        if not math.isfinite(perplexity(mean_loss)):
            raise FloatingPointError(
                label('diverged', epoch=epoch, loss=mean_loss))
        history['epoch'].append(epoch)
        history['train_ppl'].append(perplexity(mean_loss))
        history['seconds'].append(seconds)
        history['grad_norm'] += norms
        valid = ''
        if valid_indices is not None:
            history['valid_ppl'].append(evaluate(
                forward, begin_state, valid_indices, num_steps, ctx))
            valid = label('valid', valid=history['valid_ppl'][-1])
            if (history['best_epoch'] is None or history['valid_ppl'][-1]
                    < history['valid_ppl'][history['best_epoch'] - 1]):
                history['best_epoch'] = epoch
                restore = snapshot() if snapshot is not None else None
        shown.epoch(history)
        if epoch % pred_period == 0:
            rate = (seconds - reported[1]) / (epoch - reported[0])
            reported = (epoch, seconds)
            line = label('line', epoch=epoch, train=history['train_ppl'][-1],
                         valid=valid, rate=rate)
            shown.report([line] + [f' - {predict(p)}' for p in prefixes])
        if patience is not None and epoch - history['best_epoch'] >= patience:
            break
    if restore is not None and history['best_epoch'] != history['epoch'][-1]:
        restore()
    shown.close(history)
    return history
