import collections, math, itertools
def interp_ppl(train, ev, V, lams, alpha=0.1):
    c1 = collections.Counter(train); c2 = collections.Counter(zip(train, train[1:]))
    c3 = collections.Counter(zip(train, train[1:], train[2:]))
    h1 = collections.Counter(train[:-1]); h2 = collections.Counter(zip(train[:-2], train[1:-1]))
    N = len(train); lp = 0; n = 0
    for i in range(2, len(ev)):
        a, b, c = ev[i-2], ev[i-1], ev[i]
        p1 = (c1[c] + alpha) / (N + alpha * V)
        p2 = c2[b, c] / h1[b] if h1[b] else p1
        p3 = c3[a, b, c] / h2[a, b] if h2[a, b] else p2
        p = lams[0]*p1 + lams[1]*p2 + lams[2]*p3
        lp += math.log(p); n += 1
    return math.exp(-lp / n)
def best(train, ev, V):
    cut = int(len(train) * 0.9); fit, tail = train[:cut], train[cut:]
    grid = [l for l in itertools.product([i/10 for i in range(1, 10)], repeat=3) if abs(sum(l)-1) < 1e-9]
    lam = min(grid, key=lambda l: interp_ppl(fit, tail, V, l))
    return lam, interp_ppl(train, ev, V, lam)
