import time
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
    ctx = d2l.try_gpu(); d2l.set_seed(0)
    params = d2l.get_params(V, 256, ctx)
    def fastest_ms(rnn_fn, repeats=10):
        X_batch, _ = next(d2l.data_iter_consecutive(ci, 32, 35, ctx))
        inputs = d2l.to_onehot(X_batch, V)
        times = []
        for _ in range(repeats):
            start = time.time()
            with autograd.record():
                state = d2l.init_rnn_state(32, 256, ctx)
                l = nd.concat(*rnn_fn(inputs, state, params)[0], dim=0).sum()
            l.backward()
            nd.waitall()
            times.append(1000 * (time.time() - start))
        return min(times)
    for r in range(3):
        a, b = fastest_ms(rnn_step_by_step), fastest_ms(d2l.rnn)
        print(V, f'step {a:.1f} batched {b:.1f} ratio {a/b:.2f}', flush=True)
