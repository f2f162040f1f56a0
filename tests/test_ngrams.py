"""Counting n-gram models (d2l_helpers/ngrams.py): the lessons' baselines."""
import d2l_helpers as d2l
from d2l_helpers import count_ngrams, ngrams

import collections
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


# Interpolated modified Kneser-Ney

def test_kneser_ney_discounts_by_hand():
    # n1 = 4, n2 = 2, n3 = 1, n4 = 1: Y = 4 / 8, D1 = Y, D2 = 2 - 3/4, D3+ = 3 - 2
    assert ngrams.kneser_ney_discounts([1, 1, 1, 1, 2, 2, 3, 4, 9]) == \
        pytest.approx((0.5, 1.25, 1.0))
    fallback = ngrams.FALLBACK_DISCOUNT
    assert ngrams.kneser_ney_discounts([]) == (fallback,) * 3
    assert ngrams.kneser_ney_discounts([1, 1, 1]) == (fallback,) * 3  # n2 = 0
    assert ngrams.kneser_ney_discounts([5, 7, 9]) == (fallback,) * 3  # n1 = 0
    # n3 = 0: D2 and D3+ fall back to D1 = Y = 2 / (2 + 2)
    assert ngrams.kneser_ney_discounts([1, 1, 2, 5]) == pytest.approx((0.5,) * 3)
    # the formula's D2 = 2 - 3 (1/3) 10 < 0 falls back to D1; D3+ (n4 = 0) to D2
    assert ngrams.kneser_ney_discounts([1, 2] + [3] * 10) == pytest.approx((1 / 3,) * 3)


def test_kneser_ney_by_hand():
    # bigrams 01 x3, 10 x2, 12, 21: 1 is frequent, but 0 and 2 follow 1 only,
    # so their continuation counts (distinct tokens before) are 1, that of 1 is 2
    train, d = [0, 1, 0, 1, 0, 1, 2, 1], (0.5, 1.0, 1.5)
    model = ngrams.fit_kneser_ney(train, 3, 2, discounts=d)
    # lower order, continuation counts 1, 2, 1 (total 4), gamma = D1 + D2 + D1 = 2
    p1 = np.array([(1 - 0.5 + 2 / 3) / 4, (2 - 1 + 2 / 3) / 4, (1 - 0.5 + 2 / 3) / 4])
    # after 1: raw counts 2 (of 0), 1 (of 2), total 3, gamma = D2 + D1
    expected = np.array([2 - 1, 0, 1 - 0.5]) / 3 + 1.5 / 3 * p1
    assert expected == pytest.approx([23 / 48, 5 / 24, 5 / 16])
    assert ngrams.kneser_ney_distribution(model, [0, 1]) == pytest.approx(expected)
    # after 0 (only ever 1 after it, 3 times): D3+ = 1.5 moves to the lower order
    assert ngrams.kneser_ney_distribution(model, [0]) == \
        pytest.approx(np.array([0, 1.5, 0]) / 3 + 1.5 / 3 * p1)
    # no history: the unigram of raw counts 3, 4, 1 (total 8) over the uniform 1/3
    unigram = (np.array([3 - 1.5, 4 - 1.5, 1 - 0.5]) + 3.5 / 3) / 8
    assert ngrams.kneser_ney_distribution(model, []) == pytest.approx(unigram)
    # after 0, 1 is scored with its raw count 3 - D3+
    probs = ngrams.kneser_ney_probs(train, [1, 0, 1, 1], 3, 2, discounts=d)
    assert probs == pytest.approx([23 / 48, (3 - 1.5 + 1.5 * p1[1]) / 3, 5 / 24])
    # with max_n = 3, the first scored token has one token of history: the
    # bigram, raw counts at the top, as above (nothing dropped, nothing borrowed)
    assert ngrams.kneser_ney_probs(train, [1, 0], 3, 3, discounts=d) == \
        pytest.approx([23 / 48])


@FAST
@given(train=texts, n=st.integers(1, 6), history=st.lists(st.integers(0, 5), max_size=7))
def test_kneser_ney_distributions_sum_to_one(train, n, history):
    # vocab_size 6: token 5 never occurs in training, so some contexts are unseen
    model = ngrams.fit_kneser_ney(train, 6, n)
    for context in [history, train[:n - 1], train[-n:], [5] * n]:
        dist = ngrams.kneser_ney_distribution(model, context)
        assert dist.shape == (6,) and (dist > 0).all()
        assert dist.sum() == pytest.approx(1)


@FAST
@given(train=texts, held_out=texts, n=st.integers(1, 5))
def test_kneser_ney_scores_each_token_with_its_history(train, held_out, n):
    model = ngrams.fit_kneser_ney(train, 5, n)
    probs = ngrams.kneser_ney_token_probs(model, held_out)
    assert probs.shape == (len(held_out) - 1,)  # eval_indices[1:], as every model
    expected = [ngrams.kneser_ney_distribution(model, held_out[:t])[held_out[t]]
                for t in range(1, len(held_out))]
    assert probs == pytest.approx(expected)


def test_kneser_ney_distributions_sum_to_one_on_a_corpus(jay):
    corpus, _, _, vocab_size, _ = jay
    model = ngrams.fit_kneser_ney(corpus, vocab_size, 5)
    unseen = [vocab_size - 1] * 4  # four of the last new character in a row
    assert tuple(unseen) not in model.tables[ngrams.RAW][4]  # a context never seen
    for history in [corpus[:4], corpus[100:104], corpus[-2:], [], unseen, corpus[:2] + unseen]:
        assert ngrams.kneser_ney_distribution(model, history).sum() == pytest.approx(1)


def test_kneser_ney_order_1_is_a_smoothed_unigram():
    train = [0, 0, 0, 1, 1, 2]  # counts 3, 2, 1: D1 = 1/3, D2 = D3+ = 1
    assert ngrams.kneser_ney_discounts([3, 2, 1]) == pytest.approx((1 / 3, 1, 1))
    gamma = 1 / 3 + 1 + 1
    unigram = (np.array([3 - 1, 2 - 1, 1 - 1 / 3, 0]) + gamma / 4) / 6
    probs = ngrams.kneser_ney_probs(train, [3, 0, 1, 2, 3, 2], 4, 1)
    assert probs == pytest.approx(unigram[[0, 1, 2, 3, 2]])  # history plays no part


def test_kneser_ney_discounts_come_from_training_counts(time_machine):
    corpus, _, _, vocab_size, _ = time_machine
    model = ngrams.fit_kneser_ney(corpus, vocab_size, 4)
    raw = count_ngrams(corpus, 3)
    continuation = collections.Counter(gram[1:] for gram in count_ngrams(corpus, 4))
    assert model.discounts[2, ngrams.RAW] == \
        pytest.approx(ngrams.kneser_ney_discounts(raw.values()))
    assert model.discounts[2, ngrams.CONTINUATION] == \
        pytest.approx(ngrams.kneser_ney_discounts(continuation.values()))
    assert np.isnan(model.discounts[3, ngrams.CONTINUATION]).all()  # never used
    given = ngrams.fit_kneser_ney(corpus, vocab_size, 4, discounts=(0.6, 1.0, 1.4))
    assert (given.discounts[:, ngrams.RAW] == [0.6, 1.0, 1.4]).all()


def test_kneser_ney_beats_add_alpha_interpolation(time_machine, jay):
    corpus, _, _, vocab_size, valid = time_machine
    best = d2l.best_counting_perplexity(corpus, valid, vocab_size, max_n=5)  # 5.31
    kn = {n: ngrams.kneser_ney_perplexity(corpus, valid, vocab_size, n)
          for n in range(1, 9)}
    # 16.62, 9.45, 6.58, 5.22, 4.86, 4.77, 4.77, 4.75
    assert min(kn.values()) < best and kn[5] < best
    assert kn[1] > kn[2] > kn[3] > kn[4] > kn[5]
    corpus, _, _, vocab_size, valid = jay  # 170.8 against 137.7
    assert ngrams.kneser_ney_perplexity(corpus, valid, vocab_size, 5) < \
        d2l.best_counting_perplexity(corpus, valid, vocab_size, max_n=5)


def test_kneser_ney_arrays_work_like_lists():
    train, held_out = [0, 1, 2, 0, 1, 1, 2, 0, 2, 2, 1, 0], [1, 2, 0, 0, 1]
    expected = ngrams.kneser_ney_perplexity(train, held_out, 3, 3)
    assert ngrams.kneser_ney_perplexity(np.array(train), np.array(held_out), 3, 3) == \
        pytest.approx(expected)


@pytest.mark.parametrize('args, kwargs, message', [
    (([0, 1], [0, 1], 2, 0), {}, 'max_n'),
    (([0, 3], [0, 1], 2, 2), {}, 'train_indices must hold integer indices'),
    (([0, 1], [0, 2], 2, 2), {}, 'eval_indices must hold integer indices'),
    (([0, 1], [0], 2, 2), {}, 'at least 2 tokens'),
    (([0, 1], [0, 1], 2, 2), {'discounts': (0, 1, 1)}, '0 < D1 <= 1'),
    (([0, 1], [0, 1], 2, 2), {'discounts': (0.5, 1, 3.5)}, 'discounts=None'),
])
def test_kneser_ney_bad_input_says_what_to_do(args, kwargs, message):
    with pytest.raises(ValueError, match=message):
        ngrams.kneser_ney_probs(*args, **kwargs)


def test_choose_kneser_ney_order_on_validation(time_machine):
    train, _, _, size, valid = time_machine
    order, ppls = d2l.choose_kneser_ney_order(train, valid, size, orders=[1, 3, 5])
    assert set(ppls) == {1, 3, 5}
    assert order == min(ppls, key=ppls.get) == 5  # 16.6, 6.6, 4.9 (see above)
    assert ppls[order] == d2l.kneser_ney_perplexity(train, valid, size, order)
