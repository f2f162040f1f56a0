"""The two minibatch samplers, as MXNet NDArrays on a device.

Which characters each minibatch holds is decided in ``sampling.py``; these
functions keep the names and positional parameters of ``d2lzh`` 1.0.
"""
from mxnet import nd

from .sampling import column_windows, consecutive_rows, random_batches


def data_iter_random(corpus_indices, batch_size, num_steps, ctx=None):
    """Yield (X, Y) minibatches of random, non-overlapping subsequences.

    X and Y are float32 NDArrays (batch_size, num_steps) on ctx; Y is X
    shifted by one step (see `random_batches`).

    Defined in lesson 1 (language-models).
    """
    for X, Y in random_batches(corpus_indices, batch_size, num_steps):
        yield nd.array(X, ctx=ctx), nd.array(Y, ctx=ctx)


def data_iter_consecutive(corpus_indices, batch_size, num_steps, ctx=None):
    """Yield (X, Y) minibatches; row i continues row i of the previous one.

    X and Y are float32 NDArrays (batch_size, num_steps) on ctx; Y is X
    shifted by one step. The corpus goes to the device once, in rows.

    Defined in lesson 1 (language-models).
    """
    rows = nd.array(consecutive_rows(corpus_indices, batch_size, num_steps),
                    ctx=ctx)
    yield from column_windows(rows, num_steps)
