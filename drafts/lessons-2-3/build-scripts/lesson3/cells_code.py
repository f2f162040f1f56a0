# Code cells of lesson 3: (tags, zh source, en source)
CODE = {}

CODE['imports'] = ([], '''\
import d2l_helpers as d2l  # 第一个导入：它设定 MXNet 使用的线程数

# isort: split
from d2l_helpers import generate  # 上一课的文本生成函数

import math

from mxnet import init, lr_scheduler, nd
from mxnet.gluon import nn, rnn

d2l.set_language('zh')  # 辅助函数用中文打印和作图，并选好中文字体
ctx = d2l.try_gpu()  # 有 GPU 就用 GPU，否则用 CPU
(corpus_indices, char_to_idx, idx_to_char, vocab_size,
 valid_indices) = d2l.load_data_jay_lyrics(num_valid=2000)
''', '''\
import d2l_helpers as d2l  # first import: it sets MXNet's threads

# isort: split
from d2l_helpers import generate  # the previous lesson's generation function

import math

from mxnet import init, lr_scheduler, nd
from mxnet.gluon import nn, rnn

d2l.set_language('en')  # the helpers print and draw their labels in English
ctx = d2l.try_gpu()  # the GPU if there is one, else the CPU
(corpus_indices, char_to_idx, idx_to_char, vocab_size,
 valid_indices) = d2l.load_data_time_machine(num_valid=2000)
''')

CODE['layer'] = ([], '''\
num_hiddens = 256
rnn_layer = rnn.RNN(num_hiddens, activation='tanh')
rnn_layer.initialize()
print(rnn_layer)
''', '''\
num_hiddens = 256
rnn_layer = rnn.RNN(num_hiddens, activation='tanh')
rnn_layer.initialize()
print(rnn_layer)
''')

CODE['state'] = ([], '''\
batch_size = 2
state = rnn_layer.begin_state(batch_size=batch_size)
print(len(state), state[0].shape)
''', '''\
batch_size = 2
state = rnn_layer.begin_state(batch_size=batch_size)
print(len(state), state[0].shape)
''')

CODE['forward'] = ([], '''\
num_steps = 35
X = nd.random.uniform(shape=(num_steps, batch_size, vocab_size))
Y, state_new = rnn_layer(X, state)
print(Y.shape, len(state_new), state_new[0].shape)
''', '''\
num_steps = 35
X = nd.random.uniform(shape=(num_steps, batch_size, vocab_size))
Y, state_new = rnn_layer(X, state)
print(Y.shape, len(state_new), state_new[0].shape)
''')

CODE['deep_lstm'] = ([], '''\
deep_layer = rnn.RNN(num_hiddens, num_layers=2, activation='tanh')
deep_layer.initialize()
Y, state_new = deep_layer(X, deep_layer.begin_state(batch_size=batch_size))
print('两层：输出', Y.shape, '，状态', len(state_new),
      state_new[0].shape)

lstm_layer = rnn.LSTM(num_hiddens)
lstm_layer.initialize()
lstm_state = lstm_layer.begin_state(batch_size=batch_size)  # [h, c]
Y, (H, C) = lstm_layer(X, lstm_state)
print('LSTM：状态', len(lstm_state), '，输出', Y.shape, '，h', H.shape,
      '，c', C.shape)
''', '''\
deep_layer = rnn.RNN(num_hiddens, num_layers=2, activation='tanh')
deep_layer.initialize()
Y, state_new = deep_layer(X, deep_layer.begin_state(batch_size=batch_size))
print('two layers: output', Y.shape, ', state', len(state_new),
      state_new[0].shape)

lstm_layer = rnn.LSTM(num_hiddens)
lstm_layer.initialize()
lstm_state = lstm_layer.begin_state(batch_size=batch_size)  # [h, c]
Y, (H, C) = lstm_layer(X, lstm_state)
print('LSTM: state', len(lstm_state), ', output', Y.shape, ', h', H.shape,
      ', c', C.shape)
''')

CODE['untrained'] = ([], '''\
d2l.set_seed(0)
model = RNNModel(rnn.RNN(num_hiddens, activation='tanh'), vocab_size)
model.initialize(init.Normal(0.01), ctx=ctx)
print(predict_rnn_gluon('分开', 10, model, vocab_size, ctx, idx_to_char,
                        char_to_idx))
''', '''\
d2l.set_seed(0)
model = RNNModel(rnn.RNN(num_hiddens, activation='tanh'), vocab_size)
model.initialize(init.Normal(0.01), ctx=ctx)
print(predict_rnn_gluon('traveller', 10, model, vocab_size, ctx, idx_to_char,
                        char_to_idx))
''')

CODE['hyper'] = ([], '''\
num_epochs = 100       # 原书 250；留出困惑度早在第 100 个周期前就最低
num_steps = 35         # 每个序列 35 个字符（时间步）
batch_size = 32        # 每个小批量 32 个序列
lr = 100               # 看似极大：损失是平均值，裁剪又限制了步长
clipping_theta = 0.01  # 梯度范数至多 0.01，每步长度至多 lr * θ = 1
pred_period = 25       # 每 25 个周期报告一次，并生成文本
pred_len = 50          # 每次生成 50 个字符
prefixes = ['分开', '不分开']  # 生成文本的开头
''', '''\
num_epochs = 100       # the original: 250; held-out is best long before 100
num_steps = 35         # 35 characters (time steps) per sequence
batch_size = 32        # 32 sequences per minibatch
lr = 100               # looks huge: the loss is a mean, clipping bounds steps
clipping_theta = 0.01  # gradient norm at most 0.01: steps at most lr * θ = 1
pred_period = 25       # report, and generate text, every 25 epochs
pred_len = 50          # generate 50 characters each time
prefixes = ['traveller', 'time traveller']  # how generated text begins
''')

CODE['baseline'] = ([], '''\
baseline = d2l.best_counting_perplexity(corpus_indices, valid_indices,
                                        vocab_size)
print('计数模型（第一课，一元到五元语法的插值）的留出困惑度：',
      round(baseline, 2))
''', '''\
baseline = d2l.best_counting_perplexity(corpus_indices, valid_indices,
                                        vocab_size)
print('held-out perplexity of counting (lesson 1, orders 1 to 5 mixed):',
      round(baseline, 2))
''')

TRAIN_SGD = '''\
d2l.set_seed(0)
history_sgd = d2l.train_and_predict_rnn_gluon(
    model=model, num_hiddens=num_hiddens, vocab_size=vocab_size, ctx=ctx,
    corpus_indices=corpus_indices, idx_to_char=idx_to_char,
    char_to_idx=char_to_idx, num_epochs=num_epochs, num_steps=num_steps,
    lr=lr, clipping_theta=clipping_theta, batch_size=batch_size,
    pred_period=pred_period, pred_len=pred_len, prefixes=prefixes,
    valid_indices=valid_indices, baseline=baseline)
'''
CODE['train_sgd'] = (['nbval-ignore-output'], TRAIN_SGD, TRAIN_SGD)

CODE['check_sgd'] = (['remove-cell'], '''\
# 检查（不在书中显示）：学到了东西；留出困惑度先降后升；裁剪一直起作用；
# 在 10,000 个字符上网络不如计数模型
assert history_sgd['train_ppl'][-1] < 10, history_sgd['train_ppl'][-1]
assert all(math.isfinite(p) for p in history_sgd['valid_ppl'])
best_sgd = min(history_sgd['valid_ppl'])
assert best_sgd < history_sgd['valid_ppl'][0], best_sgd
assert best_sgd < history_sgd['valid_ppl'][-1], best_sgd
assert best_sgd > baseline * 1.1, (best_sgd, baseline)
norms = history_sgd['grad_norm']
assert sum(g > clipping_theta for g in norms) / len(norms) > 0.95
assert predict_rnn_gluon(prefixes[1], 10, model, vocab_size, ctx,
                         idx_to_char, char_to_idx).startswith(prefixes[1])
''', '''\
# Check (not shown in the book): it learned something; held-out perplexity
# falls, then rises; clipping acts throughout; on 10,000 characters the
# network loses to the counting model
assert history_sgd['train_ppl'][-1] < 10, history_sgd['train_ppl'][-1]
assert all(math.isfinite(p) for p in history_sgd['valid_ppl'])
best_sgd = min(history_sgd['valid_ppl'])
assert best_sgd < history_sgd['valid_ppl'][0], best_sgd
assert best_sgd < history_sgd['valid_ppl'][-1], best_sgd
assert best_sgd > baseline * 1.1, (best_sgd, baseline)
norms = history_sgd['grad_norm']
assert sum(g > clipping_theta for g in norms) / len(norms) > 0.95
assert predict_rnn_gluon(prefixes[1], 10, model, vocab_size, ctx,
                         idx_to_char, char_to_idx).startswith(prefixes[1])
''')

CODE['sgd_summary'] = (['nbval-ignore-output'], '''\
norms = history_sgd['grad_norm']
clipped = sum(g > clipping_theta for g in norms) / len(norms)
median = sorted(norms)[len(norms) // 2]
print(f'裁剪前梯度范数的中位数 {median:.2f}，'
      f'{clipped:.0%} 的更新被裁剪')
''', '''\
norms = history_sgd['grad_norm']
clipped = sum(g > clipping_theta for g in norms) / len(norms)
median = sorted(norms)[len(norms) // 2]
print(f'median gradient norm before clipping {median:.2f}; '
      f'{clipped:.0%} of the updates clipped')
''')

CODE['train_scratch'] = (['nbval-ignore-output'], '''\
d2l.set_seed(0)
scratch_params = d2l.get_params(vocab_size, num_hiddens, ctx)
history_scratch = d2l.train_and_predict_rnn(
    rnn=d2l.rnn, get_params=lambda: scratch_params,
    init_rnn_state=d2l.init_rnn_state, num_hiddens=num_hiddens,
    vocab_size=vocab_size, ctx=ctx, corpus_indices=corpus_indices,
    idx_to_char=idx_to_char, char_to_idx=char_to_idx,
    is_random_iter=False, num_epochs=20, num_steps=num_steps, lr=lr,
    clipping_theta=clipping_theta, batch_size=batch_size, pred_period=20,
    pred_len=pred_len, prefixes=prefixes, progress=False)
''', '''\
d2l.set_seed(0)
scratch_params = d2l.get_params(vocab_size, num_hiddens, ctx)
history_scratch = d2l.train_and_predict_rnn(
    rnn=d2l.rnn, get_params=lambda: scratch_params,
    init_rnn_state=d2l.init_rnn_state, num_hiddens=num_hiddens,
    vocab_size=vocab_size, ctx=ctx, corpus_indices=corpus_indices,
    idx_to_char=idx_to_char, char_to_idx=char_to_idx,
    is_random_iter=False, num_epochs=20, num_steps=num_steps, lr=lr,
    clipping_theta=clipping_theta, batch_size=batch_size, pred_period=20,
    pred_len=pred_len, prefixes=prefixes, progress=False)
''')

CODE['check_scratch'] = (['remove-cell'], '''\
# 检查（不在书中显示）
assert len(history_scratch['train_ppl']) == 20
assert history_scratch['train_ppl'][-1] < history_scratch['train_ppl'][0]
''', '''\
# Check (not shown in the book)
assert len(history_scratch['train_ppl']) == 20
assert history_scratch['train_ppl'][-1] < history_scratch['train_ppl'][0]
''')

CODE['speed'] = (['nbval-ignore-output'], '''\
scratch_speed = history_scratch['seconds'][-1] / 20
gluon_speed = history_sgd['seconds'][19] / 20  # SGD 的前 20 个周期
print(f'从零开始：{scratch_speed:.3f} 秒/周期；'
      f'Gluon：{gluon_speed:.3f} 秒/周期；'
      f'Gluon 快 {scratch_speed / gluon_speed:.2f} 倍')
''', '''\
scratch_speed = history_scratch['seconds'][-1] / 20
gluon_speed = history_sgd['seconds'][19] / 20  # the first 20 epochs of SGD
print(f'from scratch: {scratch_speed:.3f} s/epoch; '
      f'Gluon: {gluon_speed:.3f} s/epoch; '
      f'Gluon is {scratch_speed / gluon_speed:.2f} times as fast')
''')

CODE['recipe'] = ([], '''\
adam_epochs = 30      # 远少于 SGD：Adam 很快就过了留出困惑度的最低点
adam_lr = 0.01        # 学习率的峰值；Adam 每步的大小约为学习率
adam_theta = 1        # Adam 自己调节步长；裁剪只防偶尔的梯度爆炸
warmup_steps = 100    # 前 100 次更新，学习率从 adam_lr / 10 升到 adam_lr
updates_per_epoch = (len(corpus_indices) // batch_size - 1) // num_steps
schedule = lr_scheduler.CosineScheduler(
    max_update=adam_epochs * updates_per_epoch, base_lr=adam_lr,
    final_lr=adam_lr / 10, warmup_steps=warmup_steps,
    warmup_begin_lr=adam_lr / 10)
''', '''\
adam_epochs = 30      # far fewer than SGD: Adam soon passes its best held-out
adam_lr = 0.01        # the peak learning rate; Adam's steps are about as big
adam_theta = 1        # Adam scales its own steps; clip only rare explosions
warmup_steps = 100    # first 100 updates: from adam_lr / 10 up to adam_lr
updates_per_epoch = (len(corpus_indices) // batch_size - 1) // num_steps
schedule = lr_scheduler.CosineScheduler(
    max_update=adam_epochs * updates_per_epoch, base_lr=adam_lr,
    final_lr=adam_lr / 10, warmup_steps=warmup_steps,
    warmup_begin_lr=adam_lr / 10)
''')

TRAIN_ADAM = '''\
d2l.set_seed(0)
model_adam = RNNModel(rnn.RNN(num_hiddens, activation='tanh'), vocab_size)
history_adam = d2l.train_and_predict_rnn_gluon(
    model=model_adam, num_hiddens=num_hiddens, vocab_size=vocab_size,
    ctx=ctx, corpus_indices=corpus_indices, idx_to_char=idx_to_char,
    char_to_idx=char_to_idx, num_epochs=adam_epochs, num_steps=num_steps,
    lr=adam_lr, clipping_theta=adam_theta, batch_size=batch_size,
    pred_period=adam_epochs, pred_len=pred_len, prefixes=prefixes,
    valid_indices=valid_indices, optimizer='adam',
    optimizer_params={'lr_scheduler': schedule},
    initializer=init.Xavier(), baseline=baseline)
'''
CODE['train_adam'] = (['nbval-ignore-output'], TRAIN_ADAM, TRAIN_ADAM)

CHECK_ADAM_BODY = '''\
target = history_sgd['train_ppl'][-1]
reached = [i for i, p in enumerate(history_adam['train_ppl']) if p <= target]
assert reached, (min(history_adam['train_ppl']), target)
best_adam = min(range(adam_epochs),
                key=history_adam['valid_ppl'].__getitem__)
best_sgd_epoch = min(range(num_epochs),
                     key=history_sgd['valid_ppl'].__getitem__)
assert (history_adam['epoch'][best_adam]
        <= history_sgd['epoch'][best_sgd_epoch])
assert history_adam['valid_ppl'][best_adam] > baseline * 1.1
'''
CODE['check_adam'] = (['remove-cell'],
    '# 检查（不在书中显示）：Adam 达到了训练困惑度目标；它的最低留出困惑度\n'
    '# 早得多（周期数）；它仍不如计数模型\n' + CHECK_ADAM_BODY,
    '# Check (not shown in the book): Adam reaches the training target; its best\n'
    '# held-out perplexity comes much sooner; it still loses to counting\n'
    + CHECK_ADAM_BODY)

CODE['compare'] = (['nbval-ignore-output'], '''\
for name, h in [('SGD', history_sgd), ('Adam', history_adam)]:
    i = min(range(len(h['epoch'])), key=h['valid_ppl'].__getitem__)
    j = next(k for k, p in enumerate(h['train_ppl']) if p <= target)
    print(f"{name}：最低留出困惑度 {h['valid_ppl'][i]:.2f}"
          f"（第 {h['epoch'][i]} 个周期，训练 {h['seconds'][i]:.1f} 秒）；"
          f"训练困惑度 {target:.2f}：第 {h['epoch'][j]} 个周期，"
          f"{h['seconds'][j]:.1f} 秒")
''', '''\
for name, h in [('SGD', history_sgd), ('Adam', history_adam)]:
    i = min(range(len(h['epoch'])), key=h['valid_ppl'].__getitem__)
    j = next(k for k, p in enumerate(h['train_ppl']) if p <= target)
    print(f"{name}: best held-out perplexity {h['valid_ppl'][i]:.2f}"
          f" (epoch {h['epoch'][i]}, {h['seconds'][i]:.1f} s of training); "
          f"training perplexity {target:.2f}: epoch {h['epoch'][j]}, "
          f"{h['seconds'][j]:.1f} s")
''')

CODE['plot_both'] = ([], '''\
d2l.plot_perplexity({'SGD': history_sgd, 'Adam': history_adam},
                    x='seconds', baseline=baseline,
                    xlabel='训练时间（秒）', ylabel='困惑度',
                    baseline_label='计数模型基线（留出）')
''', '''\
d2l.plot_perplexity({'SGD': history_sgd, 'Adam': history_adam},
                    x='seconds', baseline=baseline,
                    xlabel='training time (seconds)', ylabel='perplexity',
                    baseline_label='counting baseline (held-out)')
''')

CODE['big_data'] = ([], '''\
text = d2l.read_jay_lyrics()
num_valid = len(text) // 10  # 最后十分之一留出
(big_indices, big_char_to_idx, big_idx_to_char, big_vocab_size,
 big_valid_indices) = d2l.load_data_jay_lyrics(
    num_train=len(text) - num_valid, num_valid=num_valid)
big_baseline = d2l.best_counting_perplexity(
    big_indices, big_valid_indices, big_vocab_size)
trigram_baseline = d2l.best_counting_perplexity(
    big_indices, big_valid_indices, big_vocab_size, max_n=3)
print('训练字符', len(big_indices), '，留出字符', len(big_valid_indices),
      '，词表大小', big_vocab_size)
print('计数模型的留出困惑度：到五元语法（基线）', round(big_baseline, 2),
      '，只到三元语法', round(trigram_baseline, 2))
''', '''\
text = d2l.read_time_machine()
num_valid = len(text) // 10  # the last tenth is held out
(big_indices, big_char_to_idx, big_idx_to_char, big_vocab_size,
 big_valid_indices) = d2l.load_data_time_machine(
    num_train=len(text) - num_valid, num_valid=num_valid)
big_baseline = d2l.best_counting_perplexity(
    big_indices, big_valid_indices, big_vocab_size)
trigram_baseline = d2l.best_counting_perplexity(
    big_indices, big_valid_indices, big_vocab_size, max_n=3)
print('training characters', len(big_indices), ', held-out characters',
      len(big_valid_indices), ', vocabulary size', big_vocab_size)
print('held-out perplexity of counting: up to 5-grams (the baseline)',
      round(big_baseline, 2), ', up to trigrams only',
      round(trigram_baseline, 2))
''')

CODE['embed_model'] = ([], '''\
class EmbeddingRNNModel(nn.HybridBlock):
    """RNNModel with an embedding instead of one-hot, and dropout."""

    def __init__(self, rnn_layer, vocab_size, embed_size, dropout, **kwargs):
        super().__init__(**kwargs)
        self.embedding = nn.Embedding(vocab_size, embed_size)
        self.dropout = nn.Dropout(dropout)  # 只在 autograd.record() 里起作用
        self.rnn = rnn_layer
        self.dense = nn.Dense(vocab_size, flatten=False)

    def hybrid_forward(self, F, inputs, state):
        X = self.dropout(self.embedding(F.transpose(inputs)))
        Y, state = self.rnn(X, state)
        return self.dense(self.dropout(Y)).reshape((-3, -1)), state

    def begin_state(self, *args, **kwargs):
        return self.rnn.begin_state(*args, **kwargs)
''', '''\
class EmbeddingRNNModel(nn.HybridBlock):
    """RNNModel with an embedding instead of one-hot, and dropout."""

    def __init__(self, rnn_layer, vocab_size, embed_size, dropout, **kwargs):
        super().__init__(**kwargs)
        self.embedding = nn.Embedding(vocab_size, embed_size)
        self.dropout = nn.Dropout(dropout)  # active only in autograd.record()
        self.rnn = rnn_layer
        self.dense = nn.Dense(vocab_size, flatten=False)

    def hybrid_forward(self, F, inputs, state):
        X = self.dropout(self.embedding(F.transpose(inputs)))
        Y, state = self.rnn(X, state)
        return self.dense(self.dropout(Y)).reshape((-3, -1)), state

    def begin_state(self, *args, **kwargs):
        return self.rnn.begin_state(*args, **kwargs)
''')

CODE['big_hyper'] = ([], '''\
big_epochs = 10      # 每个周期读完全部训练文本；事先定好
big_lr = 0.003       # 峰值比上面低：更大的语料，更多次更新
embed_size = 128     # 每个字符由 128 个数表示
dropout = 0.3        # 训练时随机丢掉 30% 的输入和输出特征，减轻过拟合
big_updates = big_epochs * (
    (len(big_indices) // batch_size - 1) // num_steps)
big_schedule = lr_scheduler.CosineScheduler(
    max_update=big_updates, base_lr=big_lr, final_lr=big_lr / 10,
    warmup_steps=warmup_steps, warmup_begin_lr=big_lr / 10)
''', '''\
big_epochs = 10      # each reads all the training text; fixed in advance
big_lr = 0.003       # a lower peak than above: more text, more updates
embed_size = 128     # every character is represented by 128 numbers
dropout = 0.3        # drop 30% of input and output features when training
big_updates = big_epochs * (
    (len(big_indices) // batch_size - 1) // num_steps)
big_schedule = lr_scheduler.CosineScheduler(
    max_update=big_updates, base_lr=big_lr, final_lr=big_lr / 10,
    warmup_steps=warmup_steps, warmup_begin_lr=big_lr / 10)
''')

TRAIN_BIG = '''\
d2l.set_seed(0)
big_model = EmbeddingRNNModel(rnn.RNN(num_hiddens, activation='tanh'),
                              big_vocab_size, embed_size, dropout)
history_big = d2l.train_and_predict_rnn_gluon(
    model=big_model, num_hiddens=num_hiddens, vocab_size=big_vocab_size,
    ctx=ctx, corpus_indices=big_indices, idx_to_char=big_idx_to_char,
    char_to_idx=big_char_to_idx, num_epochs=big_epochs,
    num_steps=num_steps, lr=big_lr, clipping_theta=adam_theta,
    batch_size=batch_size, pred_period=big_epochs, pred_len=pred_len,
    prefixes=prefixes, valid_indices=big_valid_indices, optimizer='adam',
    optimizer_params={'lr_scheduler': big_schedule}, is_random_iter=True,
    initializer=init.Xavier(), baseline=big_baseline)
'''
CODE['train_big'] = (['nbval-ignore-output'], TRAIN_BIG, TRAIN_BIG)

CODE['check_big_zh'] = None  # filled in build.py (language-specific asserts)

CODE['fair_eval'] = (['nbval-ignore-output'], '''\
def fresh_forward(X, state):
    """The model with the state set to zeros before every minibatch."""
    zeros = big_model.begin_state(batch_size=X.shape[0], ctx=ctx)
    return big_model(X, zeros)


def begin(batch_size):
    return big_model.begin_state(batch_size=batch_size, ctx=ctx)


carried = d2l.evaluate_perplexity(big_model, begin, big_valid_indices,
                                  num_steps, ctx)
fresh = d2l.evaluate_perplexity(fresh_forward, begin, big_valid_indices,
                                num_steps, ctx)
print(f'留出困惑度：状态一直传下去 {carried:.2f}，'
      f'每 {num_steps} 个字符置零 {fresh:.2f}')
''', '''\
def fresh_forward(X, state):
    """The model with the state set to zeros before every minibatch."""
    zeros = big_model.begin_state(batch_size=X.shape[0], ctx=ctx)
    return big_model(X, zeros)


def begin(batch_size):
    return big_model.begin_state(batch_size=batch_size, ctx=ctx)


carried = d2l.evaluate_perplexity(big_model, begin, big_valid_indices,
                                  num_steps, ctx)
fresh = d2l.evaluate_perplexity(fresh_forward, begin, big_valid_indices,
                                num_steps, ctx)
print(f'held-out perplexity: state carried over {carried:.2f}, '
      f'reset every {num_steps} characters {fresh:.2f}')
''')
