import sys, time
import d2l_helpers as d2l
from d2l_helpers import evaluate_perplexity, scratch_forward
lang = sys.argv[1]; epochs = int(sys.argv[2])
load = d2l.load_data_jay_lyrics if lang == 'zh' else d2l.load_data_time_machine
ci, c2i, i2c, V, vi = load(num_valid=2000)
ctx = d2l.try_gpu()
for rand in [True, False]:
    d2l.set_seed(0)
    p = d2l.get_params(V, 256, ctx)
    t = time.time()
    h = d2l.train_and_predict_rnn(d2l.rnn, lambda: p, d2l.init_rnn_state, 256, V, ctx, ci, i2c, c2i,
        rand, epochs, 35, 100, 0.01, 32, 1000, 50, ['a'], valid_indices=vi)
    tot = time.time() - t
    fw = scratch_forward(d2l.rnn, p, V)
    t = time.time()
    for _ in range(5): evaluate_perplexity(fw, lambda b: d2l.init_rnn_state(b, 256, ctx), vi, 35, ctx)
    ev = (time.time() - t) / 5
    print(lang, rand, f'train s/epoch {h["seconds"][-1]/epochs:.3f}  total/epoch {tot/epochs:.3f}  eval {ev:.3f}', flush=True)
