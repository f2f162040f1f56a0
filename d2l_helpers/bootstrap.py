"""Is one language model really better than another on this test text?

A paired moving-block bootstrap over per-character log-probabilities: both
models score the SAME test characters, so the per-character differences are
resampled together (paired), in contiguous blocks, because neighbouring
characters are dependent (a model that is wrong about a word is wrong about
several of its characters). Framework-free (NumPy).
"""
import dataclasses
import math

import numpy as np

LN2 = math.log(2)


@dataclasses.dataclass(frozen=True)
class BootstrapResult:
    """paired_bootstrap's answer; A and B are the two models, intervals are
    (low, high) percentile intervals at `level`.

    bits_diff: observed cross-entropy of A minus that of B, in bits per
        character (negative: A is better).
    bits_interval: interval of bits_diff over the resamples.
    ppl_ratio: observed perplexity of A / perplexity of B
        (= 2 ** bits_diff; below 1: A is better).
    ratio_interval: interval of ppl_ratio (2 ** bits_interval).
    ppl_a, ppl_b: observed perplexities; ppl_diff = ppl_a - ppl_b.
    ppl_diff_interval: interval of ppl_a - ppl_b over the resamples.
    """
    bits_diff: float
    bits_interval: tuple
    ppl_ratio: float
    ratio_interval: tuple
    ppl_a: float
    ppl_b: float
    ppl_diff: float
    ppl_diff_interval: tuple
    level: float
    block: int
    num_samples: int

    @property
    def excludes_zero(self):
        """True if bits_interval excludes 0 (see excludes_zero)."""
        return excludes_zero(self)


def _as_log_probs(name, values):
    """values as a 1-D float array, or ValueError saying what to do."""
    array = np.asarray(values, dtype=float)
    if array.ndim != 1:
        raise ValueError(f'{name} must be 1-D (one log-probability per test character), '
                         f'not of shape {array.shape}; flatten it in the order of the text')
    bad = np.flatnonzero(~np.isfinite(array))
    if bad.size:
        raise ValueError(f'{name} has {bad.size} non-finite values (first at index '
                         f'{bad[0]}: {array[bad[0]]}); a log-probability of -inf means the '
                         'model gave a character probability 0: smooth the model, and '
                         'pass natural logs of probabilities')
    if (array > 1e-9).any():
        raise ValueError(f'{name} has positive values (up to {array.max():.3g}): pass '
                         'log-probabilities (np.log of probabilities), not losses or '
                         'probabilities')
    return array


def paired_bootstrap(logp_a, logp_b, *, block=100, num_samples=1000, seed=0, level=0.95):
    """Paired moving-block bootstrap of the difference between two models.

    logp_a, logp_b: arrays of shape (T,), the natural-log probability each
    model gave each of the same T test characters, in text order (e.g.
    np.log(kneser_ney_probs(...))). Each resample draws ceil(T / block)
    starts uniformly from 0 .. T - block, joins the blocks of `block`
    consecutive characters (the same positions for both models) and cuts the
    result to T characters; num_samples such resamples (a NumPy Generator
    seeded with `seed`, so the answer is repeatable) give the percentile
    interval at `level` (e.g. 0.95: the 2.5 and 97.5 percentiles).

    Returns a BootstrapResult: the observed difference in bits per character
    (A - B) and perplexity ratio (A / B), and their intervals. With
    block=1 it is the ordinary (independent) bootstrap, whose intervals are
    too narrow for text.
    """
    a = _as_log_probs('logp_a', logp_a)
    b = _as_log_probs('logp_b', logp_b)
    if a.shape != b.shape:
        raise ValueError(f'logp_a has {a.size} values and logp_b {b.size}: both models '
                         'must score the same test characters (e.g. eval_indices[1:])')
    size = a.size
    if not (isinstance(block, (int, np.integer)) and block >= 1):
        raise ValueError(f'block must be a positive integer (characters), got {block!r}')
    if block > size:
        raise ValueError(f'block={block} is longer than the {size} scored characters; '
                         'use a smaller block (e.g. 100) or a longer test text')
    if not (isinstance(num_samples, (int, np.integer)) and num_samples >= 1):
        raise ValueError(f'num_samples must be a positive integer, got {num_samples!r}')
    if not 0 < level < 1:
        raise ValueError(f'level must lie strictly between 0 and 1 (e.g. 0.95), got {level!r}')

    # resampled sums from prefix sums: a block starting at s adds cum[s + block] - cum[s]
    num_blocks = -(-size // block)
    last = size - (num_blocks - 1) * block  # the last block is cut to this length
    starts = np.random.default_rng(seed).integers(0, size - block + 1,
                                                  size=(num_samples, num_blocks))
    lengths = np.full(num_blocks, block)
    lengths[-1] = last

    def resampled_means(values):
        cum = np.concatenate([[0.0], np.cumsum(values)])
        return (cum[starts + lengths] - cum[starts]).sum(axis=1) / size

    mean_a, mean_b = resampled_means(a), resampled_means(b)
    nats = mean_b - mean_a  # cross-entropy of A minus that of B, per resample
    tails = [(1 - level) / 2, (1 + level) / 2]

    def interval(values):
        low, high = np.quantile(values, tails)
        return float(low), float(high)

    observed = b.mean() - a.mean()
    ppl_a, ppl_b = math.exp(-a.mean()), math.exp(-b.mean())
    bits_interval = interval(nats / LN2)
    return BootstrapResult(
        bits_diff=float(observed / LN2),
        bits_interval=bits_interval,
        ppl_ratio=math.exp(observed),
        ratio_interval=tuple(2.0 ** x for x in bits_interval),
        ppl_a=ppl_a, ppl_b=ppl_b, ppl_diff=ppl_a - ppl_b,
        ppl_diff_interval=interval(np.exp(-mean_a) - np.exp(-mean_b)),
        level=level, block=int(block), num_samples=int(num_samples))


def excludes_zero(result):
    """True if the bootstrap interval of the difference excludes 0: the data
    say which model is better (at the interval's level). `result` is a
    BootstrapResult (its bits_interval is read; the perplexity ratio's
    interval then excludes 1) or a (low, high) pair."""
    low, high = result.bits_interval if isinstance(result, BootstrapResult) else result
    return bool(low > 0 or high < 0)
