import sys, time, json
import d2l_helpers as d2l
from mxnet import init, lr_scheduler
from mxnet.gluon import rnn
import argparse
p = argparse.ArgumentParser()
p.add_argument('--lang', default='en'); p.add_argument('--epochs', type=int, default=20)
p.add_argument('--hidden', type=int, default=256); p.add_argument('--lr', type=float, default=1e-2)
p.add_argument('--warm', type=int, default=100); p.add_argument('--random', action='store_true')
p.add_argument('--batch', type=int, default=32); p.add_argument('--steps', type=int, default=35)
p.add_argument('--wd', type=float, default=0); p.add_argument('--frac', type=int, default=10)
p.add_argument('--ntrain', type=int, default=0); p.add_argument('--embed', type=int, default=0); p.add_argument('--drop', type=float, default=0); p.add_argument('--cell', default='rnn')
a = p.parse_args()
rd, ld = (d2l.read_time_machine, d2l.load_data_time_machine) if a.lang == 'en' else (d2l.read_jay_lyrics, d2l.load_data_jay_lyrics)
text = rd(); nv = len(text) // a.frac; nt = a.ntrain or len(text) - nv
ci, c2i, i2c, V, vi = ld(num_train=nt, num_valid=nv)
per_epoch = (len(ci) // a.batch - 1) // a.steps
sched = lr_scheduler.CosineScheduler(a.epochs * per_epoch, base_lr=a.lr, final_lr=a.lr/10, warmup_steps=a.warm, warmup_begin_lr=a.lr/10)
d2l.set_seed(0)
layer = {'rnn': lambda: rnn.RNN(a.hidden, activation='tanh'), 'lstm': lambda: rnn.LSTM(a.hidden), 'gru': lambda: rnn.GRU(a.hidden)}[a.cell]()
from mxnet.gluon import nn
class EmbedRNNModel(nn.HybridBlock):
    def __init__(self, rnn_layer, vocab_size, embed_size, dropout, **kw):
        super().__init__(**kw)
        self.embedding = nn.Embedding(vocab_size, embed_size)
        self.dropout = nn.Dropout(dropout)
        self.rnn = rnn_layer
        self.dense = nn.Dense(vocab_size, flatten=False)
    def hybrid_forward(self, F, inputs, state):
        X = self.dropout(self.embedding(F.transpose(inputs)))
        Y, state = self.rnn(X, state)
        return self.dense(self.dropout(Y)).reshape((-3, -1)), state
    def begin_state(self, *args, **kwargs):
        return self.rnn.begin_state(*args, **kwargs)
model = EmbedRNNModel(layer, V, a.embed, a.drop) if a.embed else d2l.RNNModel(layer, V)
pref = ['traveller'] if a.lang == 'en' else ['分开']
t0 = time.time()
h = d2l.train_and_predict_rnn_gluon(model, a.hidden, V, d2l.try_gpu(), ci, i2c, c2i, a.epochs, a.steps, a.lr, 1, a.batch, a.epochs, 30, pref,
    valid_indices=vi, optimizer='adam', optimizer_params={'lr_scheduler': sched, 'wd': a.wd}, initializer=init.Xavier(), is_random_iter=a.random)
print(vars(a), 'nt', nt, 'nv', len(vi), 'V', V, 'updates/epoch', per_epoch, 'wall', round(time.time()-t0,1))
for e, tr, va, s in zip(h['epoch'], h['train_ppl'], h['valid_ppl'], h['seconds']):
    print(f'{e:3d} train {tr:8.2f} valid {va:8.2f} sec {s:6.1f}')
