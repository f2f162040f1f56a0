import sys, time
import d2l_helpers as d2l
from d2l_helpers import training
lang = sys.argv[1]
load = d2l.load_data_jay_lyrics if lang == 'zh' else d2l.load_data_time_machine
ci, c2i, i2c, V, vi = load(num_valid=2000)
ctx = d2l.try_gpu()
d2l.set_seed(0)
p = d2l.get_params(V, 256, ctx)
fw = d2l.scratch_forward(d2l.rnn, p, V)
bs = lambda b: d2l.init_rnn_state(b, 256, ctx)
upd = lambda: d2l.sgd(p, 100, 1)
best = {}
for rep in range(5):
    for ns in [10, 35, 70]:
        for rand in [True, False]:
            sampler = d2l.data_iter_random if rand else d2l.data_iter_consecutive
            t = time.time()
            training.train_epoch(fw, bs, p, upd, sampler(ci, 32, ns, ctx), rand, 0.01)
            dt = time.time() - t
            best[ns, rand] = min(best.get((ns, rand), 1e9), dt)
for k, v in sorted(best.items()):
    print(lang, 'num_steps', k[0], 'random' if k[1] else 'consecutive', f'{v:.3f} s/epoch')
