"""Paired moving-block bootstrap (d2l_helpers/bootstrap.py)."""
from d2l_helpers import bootstrap

import math

import numpy as np
import pytest


def log_probs(size=2000, seed=0):
    """Per-character log-probabilities of a made-up model, dependent in runs."""
    rng = np.random.default_rng(seed)
    runs = np.repeat(rng.uniform(0.05, 0.9, size // 10 + 1), 10)[:size]
    return np.log(runs * rng.uniform(0.5, 1, size))


def test_identical_models_give_zero_width_interval_at_zero():
    logp = log_probs()
    result = bootstrap.paired_bootstrap(logp, logp.copy())
    assert result.bits_diff == 0 and result.bits_interval == (0, 0)
    assert result.ppl_ratio == 1 and result.ratio_interval == (1, 1)
    assert result.ppl_diff == 0 and result.ppl_diff_interval == (0, 0)
    assert not bootstrap.excludes_zero(result) and not result.excludes_zero


def test_observed_numbers_by_hand():
    a, b = np.log([0.5, 0.25, 0.5, 0.5]), np.log([0.25, 0.25, 0.25, 0.5])
    result = bootstrap.paired_bootstrap(a, b, block=2, num_samples=50)
    # cross-entropies: A 1.25 bits, B 1.75 bits per character
    assert result.bits_diff == pytest.approx(-0.5)
    assert result.ppl_ratio == pytest.approx(2 ** -0.5)
    assert result.ppl_a == pytest.approx(2 ** 1.25) and result.ppl_b == pytest.approx(2 ** 1.75)
    assert result.ppl_diff == pytest.approx(2 ** 1.25 - 2 ** 1.75)
    low, high = result.bits_interval
    assert low <= high and result.ratio_interval == pytest.approx((2 ** low, 2 ** high))


def test_clearly_better_model_excludes_zero():
    rng = np.random.default_rng(1)
    logp_b = log_probs()
    logp_a = np.minimum(logp_b + 0.3 + rng.normal(0, 0.3, logp_b.size), 0)
    result = bootstrap.paired_bootstrap(logp_a, logp_b)
    assert result.bits_interval[1] < 0 and result.ratio_interval[1] < 1
    assert result.bits_interval[0] <= result.bits_diff <= result.bits_interval[1]
    assert bootstrap.excludes_zero(result)
    # swapping the models flips the sign
    assert bootstrap.paired_bootstrap(logp_b, logp_a).bits_interval[0] > 0


def test_tiny_noisy_difference_contains_zero():
    rng = np.random.default_rng(2)
    logp_b = log_probs()
    noise = rng.normal(0, 0.3, logp_b.size)
    logp_a = np.minimum(logp_b + 0.002 + noise - noise.mean(), 0)
    result = bootstrap.paired_bootstrap(logp_a, logp_b)
    low, high = result.bits_interval
    assert low < 0 < high and not bootstrap.excludes_zero((low, high))


def test_seed_makes_it_repeatable():
    logp_a, logp_b = log_probs(seed=3), log_probs(seed=4)
    first = bootstrap.paired_bootstrap(logp_a, logp_b, seed=7)
    assert bootstrap.paired_bootstrap(logp_a, logp_b, seed=7) == first
    assert bootstrap.paired_bootstrap(logp_a, logp_b, seed=8).bits_interval != \
        first.bits_interval


def test_blocks_widen_the_interval_for_dependent_characters():
    logp_a, logp_b = log_probs(seed=5), log_probs(seed=6)
    width = {block: np.diff(bootstrap.paired_bootstrap(logp_a, logp_b, block=block)
                            .bits_interval)[0] for block in (1, 100)}
    assert width[100] > 1.5 * width[1]  # runs of 10 dependent characters


@pytest.mark.parametrize('a, b, kwargs, message', [
    ([-1.0] * 5, [-1.0] * 4, {}, 'same test characters'),
    ([-1.0, -math.inf, -1.0], [-1.0] * 3, {'block': 1}, 'probability 0'),
    ([-1.0, math.nan, -1.0], [-1.0] * 3, {'block': 1}, 'non-finite'),
    ([-1.0] * 50, [-1.0] * 50, {'block': 100}, 'smaller block'),
    ([-1.0] * 50, [-1.0] * 50, {'block': 0}, 'positive integer'),
    ([[-1.0] * 5] * 2, [[-1.0] * 5] * 2, {'block': 1}, 'flatten'),
    ([1.0] * 5, [-1.0] * 5, {'block': 1}, 'log-probabilities'),
    ([-1.0] * 5, [-1.0] * 5, {'block': 1, 'level': 95}, 'between 0 and 1'),
    ([-1.0] * 5, [-1.0] * 5, {'block': 1, 'num_samples': 0}, 'num_samples'),
])
def test_bad_input_says_what_to_do(a, b, kwargs, message):
    with pytest.raises(ValueError, match=message):
        bootstrap.paired_bootstrap(a, b, **kwargs)
