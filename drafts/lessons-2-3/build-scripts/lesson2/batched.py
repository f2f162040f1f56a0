import time, sys
import d2l_helpers as d2l
from mxnet import autograd, nd
def rnn_step_by_step(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = params
    H, = state
    outputs = []
    for X_t in inputs:
        H = nd.tanh(nd.dot(X_t, W_xh) + nd.dot(H, W_hh) + b_h)
        outputs.append(nd.dot(H, W_hq) + b_q)
    return outputs, (H,)
for load in [d2l.load_data_jay_lyrics, d2l.load_data_time_machine]:
    ci, c2i, i2c, V, vi = load(num_valid=2000)
    ctx = d2l.try_gpu()
    d2l.set_seed(0)
    params = d2l.get_params(V, 256, ctx)
    X, Y = next(d2l.data_iter_consecutive(ci, 32, 35, ctx))
    inputs = d2l.to_onehot(X, V)
    def time_it(f, n=20):
        for rep in range(2):
            start = time.time()
            for _ in range(n):
                with autograd.record():
                    outs, _ = f(inputs, d2l.init_rnn_state(32, 256, ctx), params)
                    l = nd.concat(*outs, dim=0).sum()
                l.backward()
            nd.waitall()
        return (time.time() - start) / n * 1000
    for r in range(3):
        print(V, f'step {time_it(rnn_step_by_step):.1f} ms  batched {time_it(d2l.rnn):.1f} ms', flush=True)
