"""The training loop's bookkeeping, for any framework: epochs, history, progress.

`fit` runs epochs and keeps their history; what an epoch does is passed in
(``training.py`` passes MXNet's operations, ``pytorch.py`` PyTorch's), so
this module imports no deep-learning framework.
"""
import math
import time

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


def fit(*, train_epoch, evaluate, sampler, forward, begin_state, params,
        update, predict, corpus_indices, is_random_iter, num_epochs,
        num_steps, clipping_theta, batch_size, pred_period, prefixes, ctx,
        valid_indices=None, baseline=None, progress=None):
    """Train for num_epochs; every pred_period epochs print perplexity, samples.

    The framework's operations: train_epoch(forward, begin_state, params,
    update, minibatches, is_random_iter, clipping_theta) -> (mean loss,
    gradient norms); sampler(corpus_indices, batch_size, num_steps, ctx)
    -> minibatches; evaluate(forward, begin_state, valid_indices, num_steps,
    ctx) -> perplexity; predict(prefix) -> str.
    Returns the history: a dict of per-epoch lists, 'epoch', 'train_ppl',
    'valid_ppl' (when valid_indices is given) and 'seconds' (training time
    so far, evaluation and printing excluded), and 'grad_norm', the
    gradient norm before clipping of every update.
    progress: show a live figure (with a line at the held-out perplexity
    baseline) and status line; None means only inside a Jupyter kernel.
    Raises FloatingPointError as soon as the loss stops being finite.
    """
    history = {'epoch': [], 'train_ppl': [], 'valid_ppl': [], 'seconds': [],
               'grad_norm': []}
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
        shown.epoch(history)
        if epoch % pred_period == 0:
            rate = (seconds - reported[1]) / (epoch - reported[0])
            reported = (epoch, seconds)
            line = label('line', epoch=epoch, train=history['train_ppl'][-1],
                         valid=valid, rate=rate)
            shown.report([line] + [f' - {predict(p)}' for p in prefixes])
    shown.close(history)
    return history
