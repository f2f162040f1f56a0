"""Counting n-gram models: the baselines the RNNs are compared with.

Every model here scores the same tokens, eval_indices[1:] (a network predicts
each character from the ones before it, so the first has nothing to go on),
which makes their perplexities comparable with each other and with a network's.

Two families: add-alpha n-grams and their interpolation (weights fitted by EM
on deleted counts of the training text), and interpolated modified
Kneser-Ney (kneser_ney_probs), the strongest counting model here, whose
discounts also come from the training counts alone.
"""
import collections
import dataclasses
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


# Interpolated modified Kneser-Ney ------------------------------------------
#
# Chen & Goodman (1998), "An empirical study of smoothing techniques for
# language modeling", section 3 (interpolated modified Kneser-Ney).

#: the discount used when the counts of counts cannot estimate one (see
#: kneser_ney_discounts): the middle of the range (0, 1) a discount of a
#: count of 1 must lie in
FALLBACK_DISCOUNT = 0.5

RAW, CONTINUATION = 0, 1  # the two kinds of count a Kneser-Ney table holds


def kneser_ney_discounts(counts):
    """(D1, D2, D3+): the discounts of modified Kneser-Ney for a table of
    n-gram counts, estimated from its counts of counts.

    `counts` is an iterable of positive ints (a Counter's values). With n_r
    the number of n-grams counted exactly r times (Chen & Goodman 1998):
        Y = n1 / (n1 + 2 n2),   D1 = 1 - 2 Y n2 / n1  (= Y),
        D2 = 2 - 3 Y n3 / n2,   D3+ = 3 - 4 Y n4 / n3.

    Why this estimate: it is closed form (no search), it reads the training
    counts alone (no held-out text is set aside or looked at, so every
    held-out perplexity stays an honest test score), and it is the standard
    choice (Chen & Goodman's, used by SRILM and KenLM). It approximates the
    leave-one-out (deleted) estimate, which would need a search over the
    discounts for every order.

    Degenerate counts fall back so that every discount is usable
    (0 < D1 <= 1, 0 < D2 <= 2, 0 < D3+ <= 3, which keeps every probability
    positive):
      - n1 = 0 or n2 = 0 (e.g. a short text, where every long n-gram occurs
        once): Y cannot be estimated; D1 = FALLBACK_DISCOUNT (0.5);
      - n2 = 0 or n3 = 0, or the formula gives D2 <= 0: D2 = D1;
      - n3 = 0 or n4 = 0, or the formula gives D3+ <= 0: D3+ = D2.
    (A discount that falls back to the one below it is that of plain
    absolute discounting, Kneser-Ney's original single discount.)
    """
    of_counts = collections.Counter(counts)
    n1, n2, n3, n4 = (of_counts[r] for r in (1, 2, 3, 4))
    if n1 > 0 and n2 > 0:
        y = n1 / (n1 + 2 * n2)
        d1 = 1 - 2 * y * n2 / n1
    else:
        y = d1 = FALLBACK_DISCOUNT
    d2 = 2 - 3 * y * n3 / n2 if n2 > 0 and n3 > 0 else 0
    d2 = d2 if d2 > 0 else d1
    d3 = 3 - 4 * y * n4 / n3 if n3 > 0 and n4 > 0 else 0
    d3 = d3 if d3 > 0 else d2
    return d1, d2, d3


def _check_indices(name, indices, vocab_size):
    """indices as a list of ints, or ValueError if one is outside 0 .. V - 1."""
    array = np.asarray(indices)
    if array.ndim != 1:
        raise ValueError(f'{name} must be a 1-D sequence of character indices, '
                         f'not an array of shape {array.shape}')
    if array.size and (not np.issubdtype(array.dtype, np.integer)
                       or array.min() < 0 or array.max() >= vocab_size):
        raise ValueError(f'{name} must hold integer indices in 0 .. '
                         f'{vocab_size - 1} (vocab_size={vocab_size}); index the '
                         'text with the training vocabulary (split_corpus)')
    return array.tolist()


def _kn_table(grams, discounts):
    """{context: (total, gamma_numerator, {next token: count})} of a Counter
    of n-grams (raw or continuation counts), discounts (D1, D2, D3+).

    total = sum of the counts after the context; gamma_numerator = D1 N1 +
    D2 N2 + D3+ N3+, N_r being the number of tokens seen r times (3 or more
    for N3+) after it: the mass the discounts move to the lower order.
    """
    table = {}
    for gram, count in grams.items():
        table.setdefault(gram[:-1], {})[gram[-1]] = count
    d1, d2, d3 = (float(d) for d in discounts)  # Python floats: quicker than NumPy's
    for context, successors in table.items():
        total = gamma = 0
        for count in successors.values():
            total += count
            gamma += d1 if count == 1 else d2 if count == 2 else d3
        table[context] = (total, gamma, successors)
    return table


@dataclasses.dataclass(frozen=True)
class KneserNeyModel:
    """An interpolated modified Kneser-Ney model (fit_kneser_ney).

    tables[RAW][k - 1] and tables[CONTINUATION][k - 1] map a context of
    k - 1 tokens to (total, gamma_numerator, {next token: count}) for the
    order-k distribution with raw counts (used as the highest order) and with
    continuation counts (used as a lower order); discounts has shape
    (max_n, 2, 3): [k - 1, RAW or CONTINUATION] = (D1, D2, D3+). The
    continuation table of order max_n is never used (empty, discounts NaN).
    """
    vocab_size: int
    max_n: int
    discounts: np.ndarray
    tables: tuple


def fit_kneser_ney(train_indices, vocab_size, max_n, discounts=None):
    """Count train_indices (ints in 0 .. vocab_size - 1) once for
    interpolated modified Kneser-Ney of orders 1 .. max_n: a KneserNeyModel.

    For every order k, two tables: raw counts c(h w) of the k-grams, and
    continuation counts N1+(. h w), the number of distinct tokens seen just
    before h w (Kneser-Ney's lower orders ask "in how many contexts does this
    continue?", not "how often?").

    discounts: None to estimate (D1, D2, D3+) for every order and kind of
    count from the training counts (kneser_ney_discounts: closed form,
    training text only); or one triple for every order, or an array of
    shape (max_n, 3), row k - 1 for order k, with 0 < D1 <= 1, 0 < D2 <= 2,
    0 < D3+ <= 3.
    """
    if not (isinstance(max_n, (int, np.integer)) and max_n >= 1):
        raise ValueError(f'max_n must be an integer >= 1 (the longest n-gram), got {max_n!r}')
    if not (isinstance(vocab_size, (int, np.integer)) and vocab_size >= 1):
        raise ValueError(f'vocab_size must be a positive integer, got {vocab_size!r}')
    train = _check_indices('train_indices', train_indices, vocab_size)
    given = None
    if discounts is not None:
        given = np.broadcast_to(np.asarray(discounts, dtype=float), (max_n, 3))
        if not ((given > 0) & (given <= [1, 2, 3])).all():
            raise ValueError('discounts (D1, D2, D3+) must satisfy 0 < D1 <= 1, '
                             f'0 < D2 <= 2, 0 < D3+ <= 3; got {given.tolist()}; '
                             'pass discounts=None to estimate them from the counts')
    raw = [count_ngrams(train, k) for k in range(1, max_n + 1)]
    # continuation count of a k-gram: the number of distinct (k+1)-grams ending with it
    cont = [collections.Counter(gram[1:] for gram in raw[k]) for k in range(1, max_n)]
    cont.append(collections.Counter())
    fitted = np.full((max_n, 2, 3), np.nan)
    tables = ([], [])
    for k in range(max_n):
        for kind, grams in ((RAW, raw[k]), (CONTINUATION, cont[k])):
            if kind == CONTINUATION and k == max_n - 1:
                tables[kind].append({})
                continue
            fitted[k, kind] = (given[k] if given is not None
                               else kneser_ney_discounts(grams.values()))
            tables[kind].append(_kn_table(grams, fitted[k, kind]))
    fitted.setflags(write=False)
    return KneserNeyModel(int(vocab_size), int(max_n), fitted,
                          (tuple(tables[RAW]), tuple(tables[CONTINUATION])))


def kneser_ney_distribution(model, history):
    """P(w | history) for every w in 0 .. V - 1: a NumPy array of shape
    (vocab_size,), summing to 1.

    The last min(len(history), max_n - 1) tokens of `history` are the
    context: with k - 1 of them, the order-k distribution, raw counts, is the
    highest order, interpolated down through the lower orders (continuation
    counts) to the uniform 1 / V:
        P_k(w | h) = (max(c(h w) - D(c(h w)), 0) + gamma(h) P_{k-1}(w | h'))
                     / c(h)
    where h' is h without its first token, c(h) = sum over w of c(h w),
    gamma(h) = D1 N1(h .) + D2 N2(h .) + D3+ N3+(h .), and a context never
    counted (c(h) = 0) passes P_{k-1} on unchanged.
    """
    history = list(history)
    history = history[max(0, len(history) - model.max_n + 1):]
    top = len(history) + 1
    probs = np.full(model.vocab_size, 1 / model.vocab_size)
    for k in range(1, top + 1):
        kind = RAW if k == top else CONTINUATION
        entry = model.tables[kind][k - 1].get(tuple(history[len(history) - k + 1:]))
        if entry is None:
            continue
        total, gamma, successors = entry
        d1, d2, d3 = model.discounts[k - 1, kind]
        probs = gamma * probs
        for w, count in successors.items():
            probs[w] += count - (d1 if count == 1 else d2 if count == 2 else d3)
        probs /= total
    return probs


def kneser_ney_token_probs(model, eval_indices):
    """The model's P(token | the tokens before it) for every token of
    eval_indices[1:]: a NumPy array of len(eval_indices) - 1 floats.

    The history is eval_indices alone: token t (t >= 1) is predicted from
    the min(t, max_n - 1) tokens before it, so the first max_n - 2 scored
    tokens use shorter contexts (the order-(t + 1) model, raw counts at the
    top) and none is dropped. Equal to
    kneser_ney_distribution(model, eval_indices[:t])[eval_indices[t]].
    """
    text = _check_indices('eval_indices', eval_indices, model.vocab_size)
    if len(text) < 2:
        raise ValueError('eval_indices needs at least 2 tokens: the first is only '
                         'context, the others are scored')
    n, uniform = model.max_n, 1 / model.vocab_size
    # per order k (index k - 1) and kind: (table, (0, D1, D2, D3+)) for quick lookups
    levels = [[(model.tables[kind][k], (0.0, *model.discounts[k, kind].tolist()))
               for kind in (RAW, CONTINUATION)] for k in range(n)]
    out = np.empty(len(text) - 1)
    for t in range(1, len(text)):
        w, top = text[t], min(n, t + 1)
        p = uniform
        for k in range(1, top + 1):
            table, d = levels[k - 1][RAW if k == top else CONTINUATION]
            entry = table.get(tuple(text[t - k + 1:t]))
            if entry is not None:
                total, gamma, successors = entry
                count = successors.get(w, 0)
                p = (count - d[min(count, 3)] + gamma * p) / total
        out[t - 1] = p
    return out


def kneser_ney_probs(train_indices, eval_indices, vocab_size, max_n, discounts=None):
    """Interpolated modified Kneser-Ney P(token | up to max_n - 1 tokens before
    it), counted on train_indices, for every token of eval_indices[1:]: a
    NumPy array of len(eval_indices) - 1 floats (the tokens every model here
    scores; the first ones use the shorter history they have, see
    kneser_ney_token_probs). Discounts: fit_kneser_ney (training text only
    unless given)."""
    model = fit_kneser_ney(train_indices, vocab_size, max_n, discounts)
    return kneser_ney_token_probs(model, eval_indices)


def kneser_ney_perplexity(train_indices, eval_indices, vocab_size, max_n, discounts=None):
    """Perplexity (float) on eval_indices[1:] of interpolated modified
    Kneser-Ney of orders 1 .. max_n counted on train_indices."""
    return perplexity_of(kneser_ney_probs(train_indices, eval_indices, vocab_size,
                                          max_n, discounts))


def choose_kneser_ney_order(train_indices, valid_indices, vocab_size,
                            orders=range(1, 9)):
    """The Kneser-Ney order with the lowest perplexity on validation text.

    Returns (order, {order: validation perplexity}). The discounts of each
    order come from the training text alone (`kneser_ney_discounts`).
    """
    ppls = {n: kneser_ney_perplexity(train_indices, valid_indices, vocab_size, n)
            for n in orders}
    return min(ppls, key=ppls.get), ppls
