"""Which characters go into each minibatch: index arithmetic, no framework.

A language model trains on minibatches X, Y of shape (batch_size, num_steps),
Y being X moved on by one character. The functions here decide which
characters those are, on plain lists and NumPy arrays; the MXNet samplers
(``data.py``) and the PyTorch ones (``pytorch.py``) only move the result onto
their device. Random choices use Python's ``random``, so one seed gives the
same minibatches in both frameworks.
"""
import random

import numpy as np

from .labels import label


def _check_length(corpus_indices, batch_size, num_steps, needed):
    """Raise ValueError if the corpus is shorter than `needed` characters.

    Defined in lesson 1 (language-models).
    """
    if len(corpus_indices) < needed:
        raise ValueError(label('too_short', length=len(corpus_indices),
                               batch_size=batch_size, num_steps=num_steps,
                               needed=needed))


def random_batches(corpus_indices, batch_size, num_steps):
    """Yield (X, Y): int64 arrays (batch_size, num_steps), random pieces.

    The corpus is cut into pieces of num_steps characters, starting at a
    random offset below num_steps, so every part of it, its end included,
    can be sampled; the pieces are shuffled and served batch_size at a time.

    Defined in lesson 1 (language-models).
    """
    needed = batch_size * num_steps + 1
    _check_length(corpus_indices, batch_size, num_steps, needed)
    corpus = np.asarray(corpus_indices, dtype=np.int64)
    # at most num_steps - 1, and never so much that no minibatch is left
    offset = random.randint(0, min(num_steps - 1, len(corpus) - needed))
    num_pieces = (len(corpus) - offset - 1) // num_steps
    starts = list(range(offset, offset + num_pieces * num_steps, num_steps))
    random.shuffle(starts)
    steps = np.arange(num_steps)
    for i in range(0, num_pieces // batch_size * batch_size, batch_size):
        rows = np.array(starts[i:i + batch_size])[:, None] + steps
        yield corpus[rows], corpus[rows + 1]


def consecutive_rows(corpus_indices, batch_size, num_steps):
    """The corpus as an int64 array (batch_size, row_length), read row by row.

    Row i of every minibatch continues row i of the one before, so the
    minibatches are windows of num_steps columns of these rows (see
    `column_windows`). The rows start at a random offset below num_steps,
    so the characters left over at the ends of the rows, which are never a
    label, change from epoch to epoch.

    Defined in lesson 1 (language-models).
    """
    needed = batch_size * (num_steps + 1)
    _check_length(corpus_indices, batch_size, num_steps, needed)
    # at most num_steps - 1, and never so much that no minibatch is left
    offset = random.randint(0, min(num_steps - 1,
                                   len(corpus_indices) - needed))
    row_length = (len(corpus_indices) - offset) // batch_size
    end = offset + batch_size * row_length
    corpus = np.asarray(corpus_indices[offset:end], dtype=np.int64)
    return corpus.reshape(batch_size, row_length)


def column_windows(rows, num_steps):
    """Yield (X, Y): windows of num_steps columns of rows, Y one column on.

    rows (batch_size, row_length) may be a NumPy array, an MXNet NDArray or
    a PyTorch tensor: slicing one makes no copy of the data.

    Defined in lesson 1 (language-models).
    """
    row_length = rows.shape[1]
    for i in range(0, (row_length - 1) // num_steps * num_steps, num_steps):
        yield rows[:, i:i + num_steps], rows[:, i + 1:i + num_steps + 1]
