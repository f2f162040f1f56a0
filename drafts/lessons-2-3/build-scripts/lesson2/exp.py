"""Offline experiments for lesson 2's exercise answers."""
import sys, time, math, json
import d2l_helpers as d2l
from d2l_helpers import training
from mxnet import nd

lang, what = sys.argv[1], sys.argv[2]
load = d2l.load_data_jay_lyrics if lang == 'zh' else d2l.load_data_time_machine
ci, c2i, i2c, V, vi = load(num_valid=2000)
ctx = d2l.try_gpu()
H = 256
norms = []
orig_clip = training.grad_clipping
def clip_rec(params, theta, c):
    g = nd.sqrt(nd.add_n(*[nd.dot(p.grad.reshape((-1,)), p.grad.reshape((-1,))) for p in params]))
    norms.append(g)
    orig_clip(params, theta, c)

def relu_rnn(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = params
    Hs, = state
    outs = []
    for X in inputs:
        Hs = nd.relu(nd.dot(X, W_xh) + nd.dot(Hs, W_hh) + b_h)
        outs.append(nd.dot(Hs, W_hq) + b_q)
    return outs, (Hs,)

def run(rand, epochs, num_steps=35, theta=0.01, rnn=d2l.rnn, lr=100, valid=True):
    d2l.set_seed(0)
    p = d2l.get_params(V, H, ctx)
    t = time.time()
    try:
        h = d2l.train_and_predict_rnn(rnn, lambda: p, d2l.init_rnn_state, H, V, ctx, ci, i2c, c2i,
            rand, epochs, num_steps, lr, theta, 32, 10**6, 50, ['a'], valid_indices=vi if valid else None)
    except FloatingPointError as e:
        return {'error': str(e), 'wall': time.time() - t}
    out = {'train_last': h['train_ppl'][-1], 's_per_epoch': h['seconds'][-1] / epochs,
           'wall': time.time() - t}
    if valid:
        b = min(range(epochs), key=h['valid_ppl'].__getitem__)
        out.update(valid_last=h['valid_ppl'][-1], best=h['valid_ppl'][b], best_epoch=b + 1,
                   min_train=min(h['train_ppl']))
    out['train_curve'] = [round(x, 2) for x in h['train_ppl'][::10]]
    if valid: out['valid_curve'] = [round(x, 1) for x in h['valid_ppl'][::10]]
    return out

if what == 'noclip':
    for rand in [False, True]:
        print(lang, 'noclip rand', rand, run(rand, 10, theta=None), flush=True)
elif what == 'norms':
    training.grad_clipping = clip_rec
    for rand in [True, False]:
        norms.clear()
        r = run(rand, 20)
        v = [n.asscalar() for n in norms]
        import numpy as np
        v = np.array(v)
        print(lang, 'rand', rand, len(v), 'clipped share', (v > 0.01).mean(), 'min', v.min(), 'median', np.median(v), 'max', v.max(), flush=True)
elif what == 'relu':
    for rand in [True, False]:
        print(lang, 'relu rand', rand, json.dumps(run(rand, 100, rnn=relu_rnn)), flush=True)
elif what == 'steps':
    for ns in [10, 35, 70]:
        for rand in [True, False]:
            r = run(rand, 20, num_steps=ns, valid=False)
            print(lang, 'steps', ns, 'rand', rand, json.dumps(r), flush=True)
elif what == 'long':
    for rand in [True, False]:
        print(lang, 'long rand', rand, json.dumps(run(rand, 200)), flush=True)
elif what == 'lr':
    for lr in [10, 1]:
        print(lang, 'noclip lr', lr, json.dumps(run(False, 20, theta=None, lr=lr)), flush=True)
    print(lang, 'clip lr', 100, json.dumps(run(False, 20)), flush=True)
elif what == 'fair':
    from d2l_helpers import scratch_forward, data_iter_consecutive
    from d2l_helpers.training import LOSS
    best_epoch = int(sys.argv[3])
    d2l.set_seed(0)
    p = d2l.get_params(V, H, ctx)
    h = d2l.train_and_predict_rnn(d2l.rnn, lambda: p, d2l.init_rnn_state, H, V, ctx, ci, i2c, c2i,
            True, best_epoch, 35, 100, 0.01, 32, 10**6, 50, ['a'], valid_indices=vi)
    fw = scratch_forward(d2l.rnn, p, V)
    def ev(carry, bs=4, ns=35):
        state, l_sum, n = d2l.init_rnn_state(bs, H, ctx), 0, 0
        for X, Y in data_iter_consecutive(vi, bs, ns, ctx):
            if not carry: state = d2l.init_rnn_state(bs, H, ctx)
            logits, state = fw(X, state)
            l_sum = l_sum + LOSS(logits, Y.T.reshape((-1,))).sum(); n += Y.size
        return math.exp(l_sum.asscalar() / n), n
    print(lang, 'fair epoch', best_epoch, 'fit valid', h['valid_ppl'][-1], 'carry', ev(True), 'reset', ev(False), 'bs1 carry', ev(True, 1), flush=True)
