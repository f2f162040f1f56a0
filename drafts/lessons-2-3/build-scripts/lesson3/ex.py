import sys, time, json
import d2l_helpers as d2l
from mxnet import init, lr_scheduler
from mxnet.gluon import rnn
lang = sys.argv[1]; only = sys.argv[2].split(',') if len(sys.argv) > 2 else None
ld = d2l.load_data_time_machine if lang == 'en' else d2l.load_data_jay_lyrics
ci, c2i, i2c, V, vi = ld(num_valid=2000)
ctx = d2l.try_gpu(); H = 256; steps = 35; B = 32
pref = ['traveller'] if lang == 'en' else ['分开']
per_epoch = (len(ci) // B - 1) // steps
def sched(epochs, base, warm=100):
    return lr_scheduler.CosineScheduler(epochs * per_epoch, base_lr=base, final_lr=base / 10,
                                        warmup_steps=warm, warmup_begin_lr=base / 10 if warm else base)
def run(name, layer, epochs, lr, theta, opt='sgd', optp=None, initializer=None):
    d2l.set_seed(0)
    model = d2l.RNNModel(layer, V)
    t = time.time()
    try:
        h = d2l.train_and_predict_rnn_gluon(model, H, V, ctx, ci, i2c, c2i, epochs, steps, lr, theta, B, epochs, 20, pref,
            valid_indices=vi, optimizer=opt, optimizer_params=optp, initializer=initializer, progress=False)
    except FloatingPointError as e:
        print(json.dumps({'name': name, 'error': str(e)}), flush=True); return None
    best = min(range(epochs), key=h['valid_ppl'].__getitem__)
    gn = h['grad_norm']
    rec = {'name': name, 'epochs': epochs, 'final_train': round(h['train_ppl'][-1], 3), 'min_train': round(min(h['train_ppl']), 3),
           'best_valid': round(h['valid_ppl'][best], 2), 'best_epoch': best + 1, 'best_sec': round(h['seconds'][best], 1),
           'final_valid': round(h['valid_ppl'][-1], 2), 'sec': round(h['seconds'][-1], 1), 'sec_per_epoch': round(h['seconds'][-1] / epochs, 3),
           'clipped_frac': round(sum(g > theta for g in gn) / len(gn), 3), 'median_gn': sorted(gn)[len(gn)//2],
           'train': [round(x, 3) for x in h['train_ppl']], 'valid': [round(x, 2) for x in h['valid_ppl']], 'seconds': [round(x,2) for x in h['seconds']]}
    print(json.dumps(rec), flush=True); return rec
tanh = lambda: rnn.RNN(H, activation='tanh')
AE = 30
jobs = {
 'sgd_tanh': lambda: run('sgd_tanh', tanh(), 100, 100, 0.01),
 'sgd_relu': lambda: run('sgd_relu', rnn.RNN(H), 100, 100, 0.01),
 'adam_tanh': lambda: run('adam_tanh', tanh(), AE, 0.01, 1, 'adam', {'lr_scheduler': sched(AE, 0.01)}, init.Xavier()),
 'adam_relu': lambda: run('adam_relu', rnn.RNN(H), AE, 0.01, 1, 'adam', {'lr_scheduler': sched(AE, 0.01)}, init.Xavier()),
 'adam_gru': lambda: run('adam_gru', rnn.GRU(H), AE, 0.01, 1, 'adam', {'lr_scheduler': sched(AE, 0.01)}, init.Xavier()),
 'adam_lstm': lambda: run('adam_lstm', rnn.LSTM(H), AE, 0.01, 1, 'adam', {'lr_scheduler': sched(AE, 0.01)}, init.Xavier()),
 'adam_bidir': lambda: run('adam_bidir', rnn.RNN(H, activation='tanh', bidirectional=True), 10, 0.01, 1, 'adam', {'lr_scheduler': sched(10, 0.01)}, init.Xavier()),
 'abl_sgd': lambda: run('abl_sgd', tanh(), AE, 100, 0.01, 'sgd', {'lr_scheduler': sched(AE, 100)}, init.Xavier()),
 'abl_normal': lambda: run('abl_normal', tanh(), AE, 0.01, 1, 'adam', {'lr_scheduler': sched(AE, 0.01)}, init.Normal(0.01)),
 'abl_nowarm': lambda: run('abl_nowarm', tanh(), AE, 0.01, 1, 'adam', {'lr_scheduler': sched(AE, 0.01, warm=0)}, init.Xavier()),
}
for k, f in jobs.items():
    if only is None or k in only:
        f()
