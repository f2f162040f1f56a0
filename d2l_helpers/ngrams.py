"""Counting n-gram models: the baselines the RNNs are compared with.

Every model here scores the same tokens, eval_indices[1:] (a network predicts
each character from the ones before it, so the first has nothing to go on),
which makes their perplexities comparable with each other and with a network's.
"""
import collections
import math

import numpy as np

#: add-alpha values tried when fitting the interpolated model
ALPHAS = (0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)


def count_ngrams(tokens, n):
    """A Counter of the n-grams of `tokens`: tuples of n tokens in a row.

    Defined in lesson 1 (language-models).
    """
    return collections.Counter(zip(*(tokens[i:] for i in range(n))))


def ngram_counts(train_indices, n):
    """(grams, contexts): Counters of the n-grams of train_indices and of
    their first n - 1 tokens (the context; () for n = 1).

    contexts[c] is the number of n-grams that start with c, so the counts of
    the n-grams that share a context add up to the count of that context.
    """
    grams = count_ngrams(train_indices, n)
    contexts = collections.Counter()
    for gram, count in grams.items():
        contexts[gram[:-1]] += count
    return grams, contexts


def ngram_token_counts(train_indices, eval_indices, n, before=None):
    """Training counts behind every token of eval_indices[1:]: a NumPy array of
    shape (2, len(eval_indices) - 1), row 0 count(context, token), row 1
    count(context), the context being the n - 1 tokens before the token.

    `before` is the text just before eval_indices (default: the end of
    train_indices, which held-out text follows); the trigram's first context
    borrows from it. (With nothing before, that token's context is too short,
    never counted, and add_alpha makes it uniform.)
    """
    grams, contexts = ngram_counts(train_indices, n)
    before = train_indices[-2:] if before is None else before[-2:]
    text = list(before) + list(eval_indices)
    keys = [tuple(text[max(0, t - n + 1):t + 1])
            for t in range(len(before) + 1, len(text))]
    return np.array([[grams[k] for k in keys],
                     [contexts[k[:-1]] for k in keys]], dtype=float)


def add_alpha(counts, vocab_size, alpha):
    """Add-alpha probabilities (count(c, w) + alpha) / (count(c) + alpha * V)
    from ngram_token_counts' array (..., 2, T) -> array (..., T).

    Summed over the vocabulary they are 1 for every context c, and a
    context never seen in training (count 0) gets the uniform 1 / V.
    """
    return ((counts[..., 0, :] + alpha)
            / (counts[..., 1, :] + alpha * vocab_size))


def ngram_token_probs(train_indices, eval_indices, vocab_size, n, alpha,
                      before=None):
    """Add-alpha n-gram P(token | the n - 1 tokens before it) for every token
    of eval_indices[1:]: a NumPy array of len(eval_indices) - 1 floats."""
    counts = ngram_token_counts(train_indices, eval_indices, n, before)
    return add_alpha(counts, vocab_size, alpha)


def perplexity_of(probs):
    """exp of the mean cross-entropy, from the probabilities (a sequence of
    floats) a model gave the actual characters: 1 at best.

    Defined in lesson 1 (language-models).
    """
    return math.exp(-np.mean(np.log(probs)))


def ngram_perplexity(train_indices, eval_indices, vocab_size, n, alpha):
    """Perplexity on eval_indices[1:] of the add-alpha n-gram model counted
    on train_indices (n = 1, 2, 3, ...)."""
    return perplexity_of(ngram_token_probs(train_indices, eval_indices,
                                           vocab_size, n, alpha))


def bigram_perplexity(train_indices, eval_indices, vocab_size, alpha=1.0):
    """Perplexity on eval_indices of a bigram model counted on train_indices.

    P(b | a) = (count(a, b) + alpha) / (count(a) + alpha * vocab_size):
    add-alpha smoothing gives every pair never seen in training a small
    probability.

    Defined in lesson 1 (language-models).
    """
    pairs = count_ngrams(train_indices, 2)
    firsts = collections.Counter(train_indices[:-1])
    log_prob = sum(math.log((pairs[a, b] + alpha)
                            / (firsts[a] + alpha * vocab_size))
                   for a, b in zip(eval_indices, eval_indices[1:]))
    return math.exp(-log_prob / (len(eval_indices) - 1))


def order_counts(train_indices, eval_indices, max_n=3, before=None):
    """ngram_token_counts for n = 1 .. max_n stacked: shape (max_n, 2, T)."""
    return np.stack([ngram_token_counts(train_indices, eval_indices, n,
                                        before)
                     for n in range(1, max_n + 1)])


def deleted_counts(train_indices, num_folds=5, max_n=3):
    """order_counts of each of num_folds consecutive blocks of train_indices,
    counted on the other blocks, side by side: shape (max_n, 2, about
    len(train_indices)). Every count is of text it was not taken from."""
    train_indices = list(train_indices)  # + below must concatenate
    ends = [len(train_indices) * i // num_folds
            for i in range(num_folds + 1)]
    return np.concatenate([
        order_counts(train_indices[:a] + train_indices[b:],
                     train_indices[a:b], max_n,
                     before=train_indices[max(0, a - 2):a])
        for a, b in zip(ends, ends[1:])], axis=2)


def fit_alpha(train_indices, vocab_size, n, num_folds=5, alphas=ALPHAS):
    """The alpha in `alphas` (a float) that gives the add-alpha n-gram model
    the lowest perplexity on deleted_counts: chosen on training text only."""
    counts = deleted_counts(train_indices, num_folds, max_n=n)[n - 1]
    return min(alphas, key=lambda alpha: perplexity_of(
        add_alpha(counts, vocab_size, alpha)))


def fit_weights(probs, num_iters=200, tol=1e-5):
    """Interpolation weights (1-D array summing to 1) maximising the mean
    log-probability of sum_n weights[n] * probs[n]; probs has shape
    (num_orders, num_tokens). EM: a weight becomes the mean share of the
    mixed probability its order contributes; stops when no weight moves
    by more than tol.

    Defined in lesson 1 (language-models).
    """
    weights = np.full(len(probs), 1 / len(probs))
    for _ in range(num_iters):
        shares = weights[:, None] * probs
        new = (shares / shares.sum(axis=0)).mean(axis=1)
        if np.abs(new - weights).max() < tol:
            return new
        weights = new
    return weights


def interpolated_perplexity(train_indices, eval_indices, vocab_size,
                            weights, alpha):
    """Perplexity on eval_indices[1:] of the Jelinek-Mercer interpolation
    weights[0] * P1 + weights[1] * P2 + weights[2] * P3 (+ ...) of add-alpha
    unigram, bigram, trigram (...) estimates counted on train_indices."""
    counts = order_counts(train_indices, eval_indices, max_n=len(weights))
    return perplexity_of(np.asarray(weights) @ add_alpha(counts, vocab_size,
                                                         alpha))


def fit_interpolation(train_indices, vocab_size, num_folds=5,
                      alphas=ALPHAS, max_n=3):
    """(weights, alpha) of the interpolated model, chosen on training text.

    Deleted interpolation: each fifth of train_indices (a list of ints) is
    scored with counts from the other four fifths (deleted_counts); for each
    alpha in `alphas`, EM fits the weights of orders 1 .. max_n to those
    scores, and the pair with the lowest perplexity wins. Held-out text is
    never read.
    """
    counts = deleted_counts(train_indices, num_folds, max_n)
    best = None
    for alpha in alphas:
        probs = add_alpha(counts, vocab_size, alpha)
        weights = fit_weights(probs)
        ppl = perplexity_of(weights @ probs)
        if best is None or ppl < best[0]:
            best = (ppl, weights, alpha)
    return best[1], best[2]


def best_counting_perplexity(train_indices, eval_indices, vocab_size,
                             max_n=5):
    """Held-out perplexity (float) of the strongest counting model here: the
    interpolation of the add-alpha n-gram models of orders 1 .. max_n (up to
    four characters of context by default), weights and alpha fitted on
    train_indices alone (fit_interpolation), then counts taken on all of it.
    Orders that do not help get little weight; on English, orders 4 and 5
    help a lot, so a network is compared with them."""
    weights, alpha = fit_interpolation(train_indices, vocab_size, max_n=max_n)
    return interpolated_perplexity(train_indices, eval_indices, vocab_size,
                                   weights, alpha)
