"""Counting n-grams, and the smoothed bigram model the RNNs are compared with."""
import collections
import math


def count_ngrams(tokens, n):
    """A Counter of the n-grams of `tokens`: tuples of n consecutive tokens."""
    return collections.Counter(zip(*(tokens[i:] for i in range(n))))


def bigram_perplexity(train_indices, eval_indices, vocab_size, alpha=1.0):
    """Perplexity on eval_indices of a bigram model counted on train_indices.

    P(b | a) = (count(a, b) + alpha) / (count(a) + alpha * vocab_size): add-alpha
    smoothing gives every pair never seen in training a small probability.
    """
    pairs = count_ngrams(train_indices, 2)
    firsts = collections.Counter(train_indices[:-1])
    log_prob = sum(math.log((pairs[a, b] + alpha) / (firsts[a] + alpha * vocab_size))
                   for a, b in zip(eval_indices, eval_indices[1:]))
    return math.exp(-log_prob / (len(eval_indices) - 1))
