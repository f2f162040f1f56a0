"""Counting n-gram models (d2l_helpers/ngrams.py): the lessons' baselines."""
import d2l_helpers as d2l
from d2l_helpers import count_ngrams, ngrams

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

FAST = settings(max_examples=60, deadline=None)
texts = st.lists(st.integers(0, 4), min_size=12, max_size=60)


def test_count_ngrams():
    assert d2l.count_ngrams('abab', 2) == {('a', 'b'): 2, ('b', 'a'): 1}
    assert d2l.count_ngrams([1, 2, 1], 1) == {(1,): 2, (2,): 1}
    assert d2l.count_ngrams('abcd', 3) == {('a', 'b', 'c'): 1, ('b', 'c', 'd'): 1}
    assert d2l.count_ngrams('ab', 3) == {}


def test_bigram_perplexity_by_hand():
    train = [0, 1, 0, 1, 1]  # pairs 01 x2, 10, 11; first tokens 0 x2, 1 x2
    # alpha=1, V=2: P(1|0)=(2+1)/(2+2)=3/4, P(1|1)=(1+1)/4=1/2, P(0|1)=(1+1)/4=1/2
    expected = (3 / 4 * 1 / 2 * 1 / 2) ** (-1 / 3)
    assert d2l.bigram_perplexity(train, [0, 1, 1, 0], 2) == pytest.approx(expected)
    # alpha=0: plain relative frequencies, P(1|0)=1, P(0|1)=1/2
    assert d2l.bigram_perplexity(train, [0, 1, 0], 2, alpha=0) == pytest.approx(2 ** 0.5)
    # add-alpha with a huge alpha tends to the uniform model: perplexity -> V
    assert d2l.bigram_perplexity(train, [0, 1, 1, 0], 2, alpha=1e9) == pytest.approx(2)


def test_trigram_by_hand():
    train = [0, 0, 1, 0, 0, 1]  # trigrams 001 x2, 010, 100; contexts 00 x2
    # alpha=1, V=2; eval [0, 1] follows train, so P(1 | 1, 0) is scored:
    # count(1, 0, 1) = 0, count(1, 0) = 1 -> (0 + 1) / (1 + 2) = 1/3
    assert d2l.ngram_perplexity(train, [0, 1], 2, n=3, alpha=1) == pytest.approx(3)
    # unigram: P(1) = (2 + 1) / (6 + 2)
    assert d2l.ngram_perplexity(train, [0, 1], 2, n=1, alpha=1) == pytest.approx(8 / 3)


@FAST
@given(train=texts, n=st.integers(1, 3), alpha=st.sampled_from([1e-3, 0.1, 1.0]))
def test_probabilities_sum_to_one(train, n, alpha):
    vocab_size = 5
    _, contexts = ngrams.ngram_counts(train, n)
    for context in list(contexts) + [(4,) * (n - 1)]:  # seen, maybe unseen
        # the last token of [0, *context, w] is scored with context `context`
        total = sum(ngrams.ngram_token_probs(train, [0, *context, w], vocab_size,
                                             n, alpha)[-1]
                    for w in range(vocab_size))
        assert total == pytest.approx(1)


@FAST
@given(train=texts, held_out=texts, n=st.integers(1, 3))
def test_uniform_limit_gives_vocab_size(train, held_out, n):
    # a huge alpha drowns the counts: every model tends to the uniform one
    assert d2l.ngram_perplexity(train, held_out, 5, n, alpha=1e12) == pytest.approx(5)
    assert d2l.interpolated_perplexity(train, held_out, 5, [0.2, 0.3, 0.5],
                                       alpha=1e12) == pytest.approx(5)


@FAST
@given(train=texts, held_out=texts)
def test_every_model_scores_the_same_tokens(train, held_out):
    for n in (1, 2, 3):
        probs = ngrams.ngram_token_probs(train, held_out, 5, n, 0.1)
        assert probs.shape == (len(held_out) - 1,)
        assert ((probs > 0) & (probs < 1)).all()


def test_interpolation_is_the_weighted_mix():
    train, held_out = [0, 1, 2, 0, 1, 1, 2, 0], [1, 2, 0, 0, 1]
    probs = [ngrams.ngram_token_probs(train, held_out, 3, n, 0.5) for n in (1, 2, 3)]
    mixed = 0.2 * probs[0] + 0.3 * probs[1] + 0.5 * probs[2]
    expected = math.exp(-np.log(mixed).mean())
    got = d2l.interpolated_perplexity(train, held_out, 3, [0.2, 0.3, 0.5], alpha=0.5)
    assert got == pytest.approx(expected)
    # weight 1 on one order is that order's model
    assert d2l.interpolated_perplexity(train, held_out, 3, [0, 1, 0], 0.5) == \
        pytest.approx(d2l.ngram_perplexity(train, held_out, 3, 2, 0.5))


def test_fit_weights_recovers_the_best_mix():
    rng = np.random.default_rng(0)
    probs = rng.uniform(0.01, 1, size=(3, 500))
    weights = ngrams.fit_weights(probs, num_iters=2000, tol=0)
    assert weights.sum() == pytest.approx(1) and (weights >= 0).all()
    best = np.log(weights @ probs).mean()
    for other in rng.dirichlet(np.ones(3), size=200):  # no mix does better
        assert np.log(other @ probs).mean() <= best + 1e-9


def test_deleted_counts_never_count_the_scored_text():
    train = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]  # every n-gram occurs once
    counts = ngrams.deleted_counts(train, num_folds=5, max_n=2)
    assert counts.shape == (2, 2, 5)  # 5 folds of 2 tokens, 1 scored each
    # unigram counts of a scored token, bigram counts of (previous, token): 0
    assert (counts[:, 0] == 0).all()


def test_weights_are_not_fitted_on_the_evaluated_text(time_machine):
    corpus, _, _, vocab_size, valid = time_machine
    weights, alpha = ngrams.fit_interpolation(corpus, vocab_size, max_n=5)
    assert weights.sum() == pytest.approx(1) and alpha in ngrams.ALPHAS
    # the fitted model depends on the training text alone: changing the
    # evaluated text changes nothing but the score
    shuffled = list(np.random.default_rng(0).permutation(valid))
    for held_out in (valid, shuffled, valid[:500]):
        assert d2l.best_counting_perplexity(corpus, held_out, vocab_size) == \
            pytest.approx(d2l.interpolated_perplexity(corpus, held_out, vocab_size,
                                                      weights, alpha))


def test_best_counting_beats_each_order(time_machine):
    corpus, _, _, vocab_size, valid = time_machine
    best = d2l.best_counting_perplexity(corpus, valid, vocab_size)
    for n in (1, 2, 3):
        alpha = ngrams.fit_alpha(corpus, vocab_size, n)
        assert best < d2l.ngram_perplexity(corpus, valid, vocab_size, n, alpha)
    assert 5 < best < 8  # 6.63 for the lessons' split


def trigram_perplexity(train_indices, eval_indices, vocab_size, alpha):
    """The answer to lesson 1's exercise 5, as the lesson prints it."""
    triples = count_ngrams(train_indices, 3)
    pairs = count_ngrams(train_indices[:-1], 2)  # pairs that start a triple
    text = train_indices[-1:] + eval_indices   # held-out follows training
    log_prob = sum(math.log((triples[a, b, c] + alpha)
                            / (pairs[a, b] + alpha * vocab_size))
                   for a, b, c in zip(text, text[1:], text[2:]))
    return math.exp(-log_prob / (len(text) - 2))


@FAST
@given(train=texts, held_out=texts, alpha=st.sampled_from([1e-3, 0.1, 1.0]))
def test_exercise_answer_is_ngram_perplexity(train, held_out, alpha):
    assert trigram_perplexity(train, held_out, 5, alpha) == \
        pytest.approx(d2l.ngram_perplexity(train, held_out, 5, 3, alpha))
    assert d2l.bigram_perplexity(train, held_out, 5, alpha) == \
        pytest.approx(d2l.ngram_perplexity(train, held_out, 5, 2, alpha))


def test_bigram_baseline_time_machine(time_machine):
    corpus, _, _, vocab_size, valid = time_machine
    ppl = d2l.bigram_perplexity(corpus, valid, vocab_size, alpha=0.1)
    assert 1 < ppl < vocab_size


def test_arrays_work_like_lists():
    train, held_out = [0, 1, 2, 0, 1, 1, 2, 0, 2, 2, 1, 0], [1, 2, 0, 0, 1]
    expected = d2l.best_counting_perplexity(train, held_out, 3)
    got = d2l.best_counting_perplexity(np.array(train), np.array(held_out), 3)
    assert got == pytest.approx(expected)
