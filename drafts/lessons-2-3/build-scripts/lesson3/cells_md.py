# Markdown cells of lesson 3: key -> (zh, en). Numbers in ⟦key⟧ are filled from outputs.
MD = {}

MD['intro'] = ('''\
# 循环神经网络的简洁实现

[English version](../en/rnn-gluon.ipynb)

上一课亲手写出了循环神经网络的每一个部件。本课用 Gluon 提供的现成部件完成同样的模型：
`gluon.rnn` 中的循环层负责循环计算，`nn.Dense` 负责输出，`gluon.Trainer` 负责更新参数。代码短了
很多，训练也更快。我们先看循环层的输入、输出和状态（也看多层循环层和 LSTM 的状态），再用与上一课
相同的数据和超参数训练模型，量出它比从零开始的版本快多少；然后换一个更快的训练方法（Adam 优化器、
Xavier 初始化、学习率预热和余弦衰减），看它能达到多低的留出困惑度、用多少时间。每一个模型都与
第一课最强的计数模型在同一段留出文本上比较。最后用几乎整个语料训练，回答一个问题：文本多了，
网络能不能胜过计数？''', '''\
# A Concise RNN with Gluon

[中文版](../zh/rnn-gluon.ipynb)

The previous lesson wrote every part of a recurrent neural network by hand. This lesson
builds the same model from the ready-made parts Gluon provides: a recurrent layer from
`gluon.rnn` does the recurrent computation, `nn.Dense` produces the output, and
`gluon.Trainer` updates the parameters. The code becomes much shorter, and training gets
faster too. We first look at the recurrent layer's input, output and state (and at the
state of a multi-layer RNN and of an LSTM), then train the model with the same data and
hyperparameters as the previous lesson and measure how much faster it is than the
from-scratch version. Next we switch to a faster training recipe (the Adam optimiser,
Xavier initialisation, a learning-rate warm-up and cosine decay) and ask how low a
held-out perplexity it reaches, and how soon. Every model is compared with the strongest
counting model of lesson 1 on the same held-out text. At the end we train on almost the
whole corpus to answer one question: with more text, does the network beat counting?''')

MD['layer'] = ('''\
## 循环层

`rnn.RNN(num_hiddens)` 是一个单隐藏层的循环层，它的参数就是上一课的 $\\mathbf{W}_{xh}$、
$\\mathbf{W}_{hh}$ 和偏置（Gluon 在输入和隐藏状态两边各放一个偏置，两者之和起 $\\mathbf{b}_h$ 的作用）。
输入的大小在第一次前向计算时才确定，所以创建时不必给出词表大小。

有一点要特别注意：**`rnn.RNN` 的激活函数默认是 ReLU，不是 $\\tanh$**。上一课的模型用 $\\tanh$，
所以这里写明 `activation='tanh'`，两课训练的才是同一个模型。ReLU 没有上界，隐藏状态可以在时间步
之间不断变大；这在这里是好是坏，练习 1 请你亲自测量。''', '''\
## The recurrent layer

`rnn.RNN(num_hiddens)` is a recurrent layer with one hidden layer. Its parameters are the
previous lesson's $\\mathbf{W}_{xh}$, $\\mathbf{W}_{hh}$ and bias (Gluon puts one bias on the
input side and one on the hidden-state side; their sum plays the role of
$\\mathbf{b}_h$). The size of the input is only fixed at the first forward computation, so
the vocabulary size need not be given when the layer is created.

One point needs particular care: **the activation of `rnn.RNN` is ReLU by default, not
$\\tanh$**. The previous lesson's model uses $\\tanh$, so here we write
`activation='tanh'` explicitly, and the two lessons train the same model. ReLU has no
upper bound, so the hidden state can keep growing from one time step to the next; whether
that helps or hurts here, Exercise 1 asks you to measure.''')

MD['state'] = ('''\
`begin_state` 返回初始隐藏状态：一个列表，里面是形状为 `(层数, 批量大小, 隐藏单元个数)` 的全零数组。
它是列表，因为 LSTM 这样的层有两个状态数组。''', '''\
`begin_state` returns the initial hidden state: a list holding an array of zeros of shape
`(number of layers, batch size, number of hidden units)`. It is a list because layers such
as an LSTM have two state arrays.''')

MD['forward'] = ('''\
循环层一次读入整个序列。输入的形状是 `(时间步数, 批量大小, 输入个数)`（Gluon 称之为 `TNC` 布局，
时间在前），输出的形状是 `(时间步数, 批量大小, 隐藏单元个数)`：它是每个时间步的隐藏状态
$\\mathbf{H}_t$，而*不是*对下一个字符的打分，输出层要我们自己加。第二个返回值是读完最后一个时间步
之后的隐藏状态。''', '''\
The recurrent layer reads a whole sequence at once. Its input has shape
`(number of time steps, batch size, number of inputs)` (Gluon calls this the `TNC`
layout, time first), and its output has shape
`(number of time steps, batch size, number of hidden units)`: it is the hidden state
$\\mathbf{H}_t$ of every time step, *not* the scores for the next character; the output
layer is ours to add. The second value returned is the hidden state after the last time
step.''')

MD['deep_lstm'] = ('''\
### 多层循环层与 LSTM 的两个状态

`num_layers=2` 把两个循环层叠起来：第二层把第一层每个时间步的隐藏状态当作输入。输出 `Y` 仍是最上面
一层每个时间步的隐藏状态，形状不变；状态的第一维是层数，每层一个隐藏状态。LSTM（长短期记忆网络）
除了隐藏状态 $\\mathbf{H}$ 还有一个记忆细胞 $\\mathbf{C}$，所以它的 `begin_state` 返回两个数组 `[h, c]`，
形状相同：''', '''\
### Several layers, and the two states of an LSTM

`num_layers=2` stacks two recurrent layers: the second takes the first one's hidden state
at every time step as its input. The output `Y` is still the hidden state of the top layer
at every time step, with the same shape; the first dimension of the state is the number of
layers, one hidden state per layer. An LSTM (long short-term memory) has a memory cell
$\\mathbf{C}$ besides the hidden state $\\mathbf{H}$, so its `begin_state` returns two arrays,
`[h, c]`, of the same shape:''')

MD['model'] = ('''\
## 完整的模型

`RNNModel` 在循环层外面加上独热输入和一个 `Dense` 输出层。它接收形状为 `(batch_size, num_steps)`
的字符索引：先转置再做独热编码，得到循环层要求的 `(num_steps, batch_size, vocab_size)`；
`Dense(vocab_size, flatten=False)` 对每个时间步的隐藏状态做同样的仿射变换；最后把前两个维度
合并（`reshape((-3, -1))`），得到按时间步排列的 `(num_steps * batch_size, vocab_size)` 打分，
与上一课 `scratch_forward` 的约定相同，所以训练和生成的代码可以原样复用。

它继承 `HybridBlock`，可以混合化：整个前向计算编译成一张计算图，省去 Python 逐个调用算子的开销。
`hybrid_forward` 中的 `F` 在混合化之前是 `nd`，之后是符号接口 `sym`。`begin_state` 直接交给循环层，
所以把 `rnn.RNN` 换成 `rnn.GRU`、`rnn.LSTM`、上面那样的多层或双向的层，模型都照常工作。''', '''\
## The complete model

`RNNModel` wraps the recurrent layer with a one-hot input and a `Dense` output layer. It
takes character indices of shape `(batch_size, num_steps)`: it transposes them and then
one-hot encodes them, which gives the `(num_steps, batch_size, vocab_size)` that the
recurrent layer expects; `Dense(vocab_size, flatten=False)` applies the same affine map
to the hidden state of every time step; and merging the first two dimensions
(`reshape((-3, -1))`) gives the scores ordered by time step,
`(num_steps * batch_size, vocab_size)`. That is the convention of the previous lesson's
`scratch_forward`, so the training and generation code can be reused as it is.

It derives from `HybridBlock` and can be hybridized: the whole forward computation is
compiled into one computation graph, which saves the overhead of Python calling the
operators one by one. In `hybrid_forward`, `F` is `nd` before hybridization and the
symbolic interface `sym` after it. `begin_state` is handed straight to the recurrent
layer, so the model works unchanged if `rnn.RNN` is replaced by `rnn.GRU`, `rnn.LSTM`,
or a multi-layer or bidirectional layer like the ones above.''')

MD['predict'] = ('''\
生成文本用上一课的 `generate`，只是模型换成了 `RNNModel`，初始状态由模型的 `begin_state` 给出：''', '''\
Text is generated with the previous lesson's `generate`; only the model is now an
`RNNModel`, and the initial state comes from the model's `begin_state`:''')

MD['untrained'] = ('''\
权重随机初始化（均值 0、标准差 0.01 的正态分布）后，先看看未经训练的模型写出什么：''', '''\
With the weights initialised at random (normal distribution, mean 0, standard deviation
0.01), let us first see what the untrained model writes:''')

MD['training'] = ('''\
## 训练

`d2l.train_and_predict_rnn_gluon` 与上一课的训练函数共用同一个训练循环（`train_epoch`），
只有三处不同：参数由 `model.initialize(init.Normal(0.01), force_reinit=True)` 重新初始化；
模型先混合化；参数更新交给 `gluon.Trainer(model.collect_params(), 'sgd', {'learning_rate': lr})`，
每个小批量调用 `trainer.step(1)`（损失已经对小批量取了平均，所以批量大小记为 1）。
和原书一样，它默认使用相邻采样。

超参数与上一课相同，只有周期数例外。原书这一节（基于 `d2lzh` 包的版本）训练 250 个周期（2018 年基于 `gluonbook`
的早期版本训练 200 个），我们只训练 100 个：下面会看到，留出困惑度远在第 100 个周期之前就降到了最低点，之后的周期只是在
背训练文本；而且整课要在 3 分钟内跑完，250 个周期在歌词上就要一分多钟。

学习率 100 看起来大得离谱，其实不然。第一，损失是一个小批量里 32 × 35 = 1,120 个字符的交叉熵的
*平均值*，梯度也是平均值，本身就不大。第二，也是更要紧的：梯度裁剪把梯度的范数限制在
θ = 0.01 以内，所以每一步参数移动的距离至多是 lr · θ = 100 × 0.01 = 1。''', '''\
## Training

`d2l.train_and_predict_rnn_gluon` shares its training loop (`train_epoch`) with the
previous lesson's training function. There are only three differences: the parameters
are re-initialised by `model.initialize(init.Normal(0.01), force_reinit=True)`; the model
is hybridized first; and the updates are left to
`gluon.Trainer(model.collect_params(), 'sgd', {'learning_rate': lr})`, with a call to
`trainer.step(1)` for every minibatch (the loss is already averaged over the minibatch,
so the batch size is given as 1). Like the original book, it uses consecutive sampling
by default.

The hyperparameters are those of the previous lesson, except for the number of epochs.
The original book's section (the version built on the `d2lzh` package) trains for 250
epochs (an earlier draft of 2018, built on `gluonbook`, trained for 200); we train for
100. As we will see, held-out perplexity reaches its lowest point long before
epoch 100, and the epochs after it only memorise the training text; and the whole
lesson has to run within 3 minutes in both languages, while on the Chinese lyrics, with
their much larger vocabulary, every epoch costs several times as much as here.

A learning rate of 100 looks absurd, but it is not. First, the loss is the *mean*
cross-entropy over the 32 × 35 = 1,120 characters of a minibatch, so its gradient is a
mean too, and small. Second, and more important, gradient clipping limits the norm of the
gradient to θ = 0.01, so no step moves the parameters further than
lr · θ = 100 × 0.01 = 1.''')

MD['heldout'] = ('''\
### 留出困惑度怎样计算

留出文本是训练文本之后的 2,000 个字符（第一课；训练文本里没有的字符被去掉）。每个周期结束后，
`d2l.evaluate_perplexity`（在 `d2l_helpers/training.py` 里）这样给模型打分：把留出文本按相邻
采样的方式分成 4 行（批量大小 4），每行从头到尾按顺序读，每次 35 个字符；隐藏状态从一个小批量
传给下一个，只在开头置零一次；除了每行的第一个字符，每个字符都由它前面的文本预测一次（每行末尾凑不满
35 个字符的几个字符不算），交叉熵取平均后再取指数。计数模型也是这样，按顺序为同一段文本的每个字符打分。

这对用随机采样训练的模型公平吗？随机采样训练时，每段 35 个字符都从全零的状态开始，模型从没见过
更长的历史；评估时状态却一直传下去。但这只会多给模型上下文，不会少给：更早的信息模型可以用，
也可以不用。反过来，如果评估时每 35 个字符就把状态置零，每段开头的几个字符几乎没有上下文可用，
而计数模型总能看到前四个字符，那才不公平。本课最后一节用随机采样训练一个模型，把两种评估都量一遍。

比较的基线是第一课最强的计数模型：一元到五元语法估计的插值（最多看前四个字符）。它的权重和平滑参数
只在训练文本上选定（删除插值：轮流拿出训练文本的五分之一，用其余部分的计数给它打分），从不看留出文本。''', '''\
### How held-out perplexity is computed

The held-out text is the 2,000 characters that follow the training text (lesson 1;
characters the training text does not contain are dropped). After every epoch,
`d2l.evaluate_perplexity` (in `d2l_helpers/training.py`) scores the model like this: it
cuts the held-out text into 4 rows as consecutive sampling does (batch size 4) and reads
every row from start to end, 35 characters at a time; the hidden state is passed from one
minibatch to the next and set to zeros only once, at the start; every character except
the first of each row is predicted once from the text before it (the few characters at
the end of a row that do not fill a whole piece of 35 are left out), and the
exponential of the mean cross-entropy is the perplexity. The counting model scores the same text the same
way, every character in order.

Is that fair to a model trained with random sampling? With random sampling, every piece of
35 characters starts from a state of zeros, so the model never saw a longer history in
training, while in evaluation the state is carried on. But that can only give the model
more context, never less: it may use the older information or ignore it. Resetting the
state every 35 characters in evaluation would be the unfair choice: the first characters
of every piece would have almost no context, while the counting model always sees the four
characters before. The last section of this lesson trains a model with random sampling and
measures both ways of evaluating it.

The baseline is lesson 1's strongest counting model: an interpolation of the n-gram
estimates of orders 1 to 5 (up to four characters of context). Its weights and smoothing are chosen on the training text
only (deleted interpolation: each fifth of the training text in turn is scored with the
counts of the rest), never on the held-out text.''')

MD['train_run'] = ('''\
训练时，图和一行状态会随训练更新；结束后留下最终的图（实线是训练困惑度，虚线是留出困惑度，
点线是计数模型），以及每 25 个周期的记录和生成的文本。''', '''\
While it trains, the figure and one status line are updated in place; when it ends, the
final figure stays (solid: training perplexity, dashed: held-out perplexity, dotted: the
counting model), with the record and the generated text of every 25th epoch.''')

MD['sgd_result'] = ('''\
训练困惑度一路降到 ⟦sgd_final_train⟧。留出困惑度却只在开始时下降：它在第 ⟦sgd_best_epoch⟧ 个周期降到最低的
⟦sgd_best⟧，之后越来越高，最后到了 ⟦sgd_final_valid⟧。模型在背训练文本，这就是过拟合。而且即使在最好的周期，
网络也不如计数模型（⟦baseline⟧）：歌词的词表有 1,027 个字符，10,000 个字符的训练文本里大多数字符只出现
几次，网络的几十万个参数从中学到的东西，并不比直接数出的各阶语法频率更能推广到新的歌词。

`grad_norm` 记录了每次更新时裁剪之前的梯度范数，用它可以检查裁剪是否真的一直在起作用：''', '''\
Training perplexity falls all the way to ⟦sgd_final_train⟧. Held-out perplexity falls only at first: it reaches
its lowest point, ⟦sgd_best⟧, at epoch ⟦sgd_best_epoch⟧, and then rises, to ⟦sgd_final_valid⟧ at the end. The model
memorises the training text: this is overfitting. And even at its best epoch the network does
worse than the counting model (⟦baseline⟧): from 10,000 characters, what the network learns
carries over to new text less well than simply counting runs of one to five letters, the
shorter of which are seen many times even in 10,000 characters of a 27-letter alphabet.

The history's `grad_norm` holds the gradient norm before clipping at every update, so we
can check whether clipping really acts all the time:''')

MD['sgd_clip'] = ('''\
梯度范数的中位数约为 ⟦sgd_median_norm⟧，远大于 θ = 0.01，⟦sgd_clipped⟧ 的更新都被裁剪了。所以这里的 SGD 每一步都走
同样的长度 lr · θ = 1，只有方向来自梯度：大学习率和小阈值合在一起，相当于每步长度固定的梯度下降。''', '''\
The median gradient norm is about ⟦sgd_median_norm⟧, far above θ = 0.01, and ⟦sgd_clipped⟧ of the updates were
clipped. So every SGD step here has the same length, lr · θ = 1, and only its direction
comes from the gradient: the large learning rate and the small threshold together amount
to gradient descent with a fixed step length.''')

MD['speed_intro'] = ('''\
## Gluon 比从零开始的实现快吗？

原书的练习问过这个问题，我们直接测量。在本机上用同样的数据和超参数把上一课的模型训练 20 个周期
（相邻采样），与上面 SGD 训练的前 20 个周期比较每个周期的训练时间（不含留出评估和生成文本）：''', '''\
## Is Gluon faster than the from-scratch implementation?

An exercise in the original book asked this question; we measure it. On this machine,
with the same data and hyperparameters, we train the previous lesson's model for 20
epochs (consecutive sampling) and compare its training time per epoch (held-out
evaluation and text generation not included) with the first 20 epochs of the SGD run
above:''')

MD['speed_result'] = ('''\
在本机（2 个 CPU 核）上，Gluon 版本每个周期 ⟦gluon_speed⟧ 秒，从零开始的版本 ⟦scratch_speed⟧ 秒：Gluon 快约
⟦speedup⟧ 倍。两者做的矩阵乘法一样多，差别在于组织计算的开销：循环层把整个序列的循环放在一个编译好的
算子里，混合化又把前向计算编译成一张计算图，而从零开始的版本要由 Python 逐个调用几百个小算子。
这里 1,027 个字符上的矩阵乘法占了大部分时间，所以差距不大。换一台机器，这个比值会有所不同；
请在你的机器上运行上面的单元格看看。''', '''\
On this 2-core machine the Gluon version takes ⟦gluon_speed⟧ s per epoch and the from-scratch
version ⟦scratch_speed⟧ s: Gluon is about ⟦speedup⟧ times as fast. Both do the same matrix products; the
difference is the cost of organising the computation. The recurrent layer runs the whole
loop over the sequence inside one compiled operator, and hybridization compiles the
forward computation into one graph, while the from-scratch version has Python call
hundreds of small operators one by one. With only 27 characters the matrix products are
small, so that overhead is most of the time. On another machine the ratio will differ;
run the cells above on yours.''')

MD['recipe'] = ('''\
## 更快的训练方法

SGD 要几十个周期才到达最好的留出困惑度。怎样更快？模型和批量大小都不变，我们改三处：

- **Adam 优化器**：它为每个参数分别维护梯度的滑动平均和梯度平方的滑动平均，用后者给前者做归一化，
  所以每个参数每一步的大小约等于学习率，与梯度的尺度无关。学习率因此要小得多（这里最高 0.01）。
  裁剪阈值相应地放宽到 θ = 1：Adam 已经自己控制了步长，再把梯度压到 0.01 没有意义；阈值 1 只在梯度
  偶尔爆炸时才起作用，免得一次异常的梯度打乱 Adam 的滑动平均。
- **Xavier 初始化**：原来的权重取自标准差为 0.01 的正态分布，全都很小。隐藏状态起初几乎不携带信息，
  传回的梯度也很小，训练要先在一段平台上徘徊，困惑度停在只看字符频率的水平。`init.Xavier()` 让
  每个权重矩阵的尺度与它的输入个数和输出个数相配：权重在
  $\\pm\\sqrt{6/(n_\\textrm{in}+n_\\textrm{out})}$ 之间均匀取值，例如 $\\mathbf{W}_{hh}$ 的权重在 $\\pm 0.11$ 之间，
  信号和梯度从一开始就能顺畅地流过网络。偏置仍从 0 开始。训练函数通过参数 `initializer` 接收它。
- **学习率预热与余弦衰减**：最初 100 次更新中，学习率从 0.001 线性升到 0.01，避免在参数还很随意时
  迈大步；之后按余弦曲线逐渐降到 0.001。`lr_scheduler.CosineScheduler` 按更新次数计算这一切，
  所以先算出总的更新次数。

评判这个方法看两样：它达到的最低留出困惑度，以及达到它所用的训练时间。作为参照，我们也看它要多久才
把训练困惑度降到 SGD 100 个周期之后的水平。''', '''\
## A faster way to train

SGD needs dozens of epochs to reach its best held-out perplexity. How can we get there
faster? We keep the model and the batch size and change three things:

- **The Adam optimiser** keeps, for every parameter, a moving average of the gradient and
  a moving average of the squared gradient, and uses the latter to normalise the former,
  so every parameter moves by about the learning rate per step, whatever the scale of its
  gradient. The learning rate therefore has to be much smaller (at most 0.01 here). The
  clipping threshold is relaxed to θ = 1 accordingly: Adam already controls its step
  sizes, so squeezing the gradient down to 0.01 serves no purpose; a threshold of 1 only
  acts when the gradient occasionally explodes, so that one freak gradient does not upset
  Adam's moving averages.
- **Xavier initialisation**: the original weights are drawn from a normal distribution
  with standard deviation 0.01, so they are all tiny. At first the hidden state carries
  almost no information and the gradients flowing back are small, so training starts on a
  plateau where perplexity stays at the level of mere character frequencies. `init.Xavier()`
  matches the scale of each weight matrix to its numbers of inputs and outputs: the weights
  are drawn uniformly from $\\pm\\sqrt{6/(n_\\textrm{in}+n_\\textrm{out})}$, for
  $\\mathbf{W}_{hh}$ from $\\pm 0.11$, so that signals and gradients pass through the network
  from the start. Biases still start at 0. The training function takes it as its
  `initializer` argument.
- **Learning-rate warm-up and cosine decay**: over the first 100 updates the learning
  rate rises linearly from 0.001 to 0.01, so that no large steps are taken while the
  parameters are still arbitrary; after that it falls along a cosine curve to 0.001.
  `lr_scheduler.CosineScheduler` counts all of this in updates, so we first work out the
  total number of updates.

The recipe is judged by two things: the lowest held-out perplexity it reaches, and the
training time it takes to get there. For reference we also see how long it takes to bring
training perplexity down to where SGD left it after 100 epochs.''')

MD['recipe_run'] = ('''\
模型和上面一样；训练函数的其余参数也一样：''', '''\
The model is the same as above, and so are the trainer's other arguments:''')

MD['compare_intro'] = ('''\
把两次训练放在一起比较：''', '''\
The two runs side by side:''')

MD['plot_intro'] = ('''\
以训练时间（秒）为横轴，把两种方法画在一起：''', '''\
Here are the two methods in one figure, with training time (in seconds) on the horizontal
axis:''')

MD['big_intro'] = ('''\
## 更多的文本：网络能胜过计数吗？

到这里，无论用 SGD 还是 Adam，网络在留出文本上都输给了计数模型。更好的训练方法改变不了一件事：
10,000 个字符太少了。下面把几乎整个语料都拿来训练，前 90% 用于训练，最后 10% 留出。

怎样划分才对两个模型都公平？

- 两个模型在完全相同的留出字符上打分（训练文本中没有的字符两边都去掉），评估方式就是上面说的那样。
- 留出文本在训练文本之后，是模型没见过的歌，比从语料中随机挑出的片段更难；它对两个模型一样难。
- 两个模型都不在留出文本上做选择。计数模型在新的训练文本上重新计数，权重只在训练文本上选定；网络的
  周期数、学习率等事先定好，我们报告的是**最后一个周期**的留出困惑度，而不是事后挑出的最好周期
  （那等于在留出文本上做了选择，偏袒网络）。只有一点例外：这些超参数是作者在同一划分上试了几次
  之后定下的，所以如果说网络的数字有偏差，也是偏向网络。

基线仍是第一课最强的计数模型（一元到五元语法的插值），在新的训练文本上重新计数。作为对照，我们也算一下只到
三元语法的插值（`max_n=3`），看更长的上下文对计数有多大帮助：''', '''\
## More text: does the network beat counting?

So far the network has lost to the counting model on the held-out text, with SGD and with
Adam alike. A better way to train cannot change one thing: 10,000 characters are too few.
Now we train on almost the whole corpus: the first 90% for training, the last 10% held out.

What split is fair to both models?

- Both models are scored on exactly the same held-out characters (characters the training
  text does not contain are dropped for both), evaluated as described above.
- The held-out text comes after the training text: chapters the model has not seen, which
  is harder than pieces picked at random from the corpus, and equally hard for both models.
- Neither model makes a choice on the held-out text. The counting model counts the new
  training text and chooses its weights on it alone; the network's number of epochs,
  learning rate and so on are fixed in advance, and we report the held-out perplexity of
  its **last epoch**, not of the best epoch picked afterwards (that would be a choice made
  on the held-out text, in the network's favour). One exception: the author settled on these
  hyperparameters after a few trial runs on this same split, so if the network's number is
  biased, it is biased in the network's favour.

The baseline is again lesson 1's strongest counting model (orders 1 to 5 mixed), counted
on the new training text. For comparison we also compute the mixture of orders 1 to 3
only (`max_n=3`), to see how much the longer contexts help counting:''')

MD['big_model'] = ('''\
模型有两处改动。第一，用嵌入层 `nn.Embedding` 代替独热编码。上一课讲过，独热向量乘以权重矩阵就是取出
矩阵的一行；嵌入层直接按索引取出一行（这里每行 128 个数），省掉了独热矩阵与输入权重的那次大矩阵乘法，
词表越大省得越多。第二，用 `nn.Dropout` 做丢弃法：训练时随机把 30% 的输入特征和输出层之前的隐藏状态
置零（其余的放大到 1/0.7 倍），网络不能依赖个别特征，过拟合就轻一些。MXNet 只在 `autograd.record()`
之内启用丢弃，所以评估和生成文本时它什么也不做。''', '''\
The model changes in two places. First, an embedding layer, `nn.Embedding`, replaces the
one-hot encoding. As the previous lesson showed, a one-hot vector times a weight matrix is
one row of the matrix; the embedding looks the row up by index (128 numbers per row here)
and saves the large product of the one-hot matrix with the input weights, the more so the
larger the vocabulary. Second, `nn.Dropout`: in training it sets a random 30% of the input
features, and of the hidden state before the output layer, to zero (and scales the rest by
1/0.7), so the network cannot rely on a few particular features and overfits less. MXNet
applies dropout only inside `autograd.record()`, so in evaluation and text generation it
does nothing.''')

MD['big_hyper'] = ('''\
训练方法是上面的 Adam 方法，只是学习率的峰值低一些（在歌词上试过 0.01，训练一开始就不稳定），并用随机
采样，好在下面检验评估方式是否公平：''', '''\
Training uses the Adam recipe above, with a lower peak learning rate (0.01 made training
unstable at the start on the Chinese lyrics in trial runs), and random sampling, so that
we can check below whether the way we evaluate is fair:''')

MD['recipe_result'] = ('''\
⟦RECIPE_RESULT⟧''', '''\
⟦RECIPE_RESULT⟧''')

MD['big_result'] = ('''\
⟦BIG_RESULT⟧''', '''\
⟦BIG_RESULT⟧''')

MD['fair_result'] = ('''\
⟦FAIR_RESULT⟧''', '''\
⟦FAIR_RESULT⟧''')

MD['summary'] = ('''\
⟦SUMMARY⟧''', '''\
⟦SUMMARY⟧''')

MD['ex_head'] = ('## 练习', '## Exercises')

MD['ex1'] = ('''\
```{admonition} 练习 1
:class: exercise
去掉 `activation='tanh'`，用默认的 ReLU 循环层按原来的超参数训练。训练困惑度和留出困惑度有什么变化？
再把 ReLU 层和 Adam 一起用，会怎样？
```

```{admonition} 答案
:class: dropdown answer
作者在本课的设置下（歌词，10,000 个训练字符，随机种子 0，每种各训练一次）测量了两组长度相同的训练。

- SGD（学习率 100，θ = 0.01，100 个周期，同上文）：$\\tanh$ 层最后的训练困惑度是 7.23，最低留出困惑度
  230.38（第 20 个周期）；ReLU 层最后的训练困惑度是 13.79，训得更慢，最低留出困惑度 222.50（第 16 个周期），
  与 $\\tanh$ 相差无几。两者都不如计数模型（170.77）。ReLU 在这里没有出事，是因为 θ = 0.01 让每一步的长度
  都是 1，不管梯度多大，不断变大的隐藏状态也造不成失控的更新。
- Adam 方法（各 30 个周期）：ReLU 层在第 1 个周期就发散了，损失达到约 $1.8 \\times 10^4$，训练函数报出
  `FloatingPointError` 而停止；$\\tanh$ 层则正常训练，最低留出困惑度 228.07（第 8 个周期）。Adam 的裁剪阈值是 1，
  没有上界的 ReLU 状态在大词表上很快爆炸。

所以写明 `activation='tanh'`，首先是为了和上一课训练同一个模型；在歌词上和 Adam 一起用时，它也是必需的。
```''', '''\
```{admonition} Exercise 1
:class: exercise
Remove `activation='tanh'` and train the default ReLU recurrent layer with the original
hyperparameters. How do training and held-out perplexity change? What happens if the
ReLU layer is combined with Adam?
```

```{admonition} Answer
:class: dropdown answer
The author measured runs of equal length in this lesson's setting (The Time Machine,
10,000 training characters, seed 0, one run each).

- SGD (learning rate 100, θ = 0.01, 100 epochs, as above): the $\\tanh$ layer ends at a
  training perplexity of 3.20, with its best held-out perplexity 7.92 at epoch 67; the
  ReLU layer ends at 1.85, with its best held-out perplexity 6.02 at epoch 49. ReLU does
  better on both counts, though its best is still above the counting model (5.31). The
  unbounded activation does no harm here because θ = 0.01 makes every step 1 long, however
  large the gradient, so a growing hidden state cannot cause a runaway update.
- The Adam recipe (30 epochs each): the ReLU layer's first epoch had a training perplexity
  of 397, far above a uniform guess (27), so training was unstable at first; but it
  recovered without a `nan`, and its best held-out perplexity was 7.11 (epoch 16), against
  8.79 (epoch 10) for $\\tanh$.

So on this text ReLU is no worse. We write `activation='tanh'` to train the same model as
the previous lesson, not because ReLU fails. (On the Chinese lyrics, with their vocabulary of
over a thousand characters, ReLU with Adam does fail: the loss diverges in the first
epoch.)
```''')

MD['recipe_result'] = ('''\
Adam 方法在第 ⟦adam_best_epoch⟧ 个周期、训练 ⟦adam_best_sec⟧ 秒时就达到了最低留出困惑度 ⟦adam_best⟧；SGD 要到第
⟦sgd_best_epoch⟧ 个周期、⟦sgd_best_sec⟧ 秒才达到它的最低点 ⟦sgd_best⟧。两者最低点的高度相差无几，但 Adam 到达得快得多。
只看训练困惑度，差别更显眼：降到 SGD 100 个周期之后的 ⟦target⟧，Adam 只用了 ⟦adam_target_epoch⟧ 个周期、⟦adam_target_sec⟧ 秒，
SGD 用了 ⟦sgd_target_sec⟧ 秒。可是训练困惑度低只说明背得快：图中 Adam 的虚线过了最低点就陡然上升。
两种方法都没有胜过计数模型（⟦baseline⟧）。更快的训练方法解决不了数据太少的问题。''', '''\
The recipe reaches its best held-out perplexity, ⟦adam_best⟧, at epoch ⟦adam_best_epoch⟧ after ⟦adam_best_sec⟧ s of
training; SGD reaches its best, ⟦sgd_best⟧, only at epoch ⟦sgd_best_epoch⟧, after ⟦sgd_best_sec⟧ s. So the recipe gets
to its best much sooner, but its best is *worse* than SGD's. Judged by training
perplexity alone, it would look like a clear win: it brings training perplexity down to
⟦target⟧, where SGD ended after 100 epochs, in ⟦adam_target_epoch⟧ epochs and ⟦adam_target_sec⟧ s, against ⟦sgd_target_sec⟧ s for SGD. But a
low training perplexity only shows fast memorising: in the figure, Adam's dashed curve
turns up steeply right after its lowest point. Neither method beats the counting model
(⟦baseline⟧). A faster recipe does not cure a corpus that is too small.''')

MD['big_result'] = ('''\
计数模型赢了，而且赢得很明显：网络最后一个周期的留出困惑度是 ⟦big_final⟧；即使事后挑出最好的周期
（⟦big_best⟧，这种比法偏袒网络），也远高于计数模型的 ⟦big_baseline⟧，甚至高于只到三元语法的 ⟦trigram_baseline⟧。训练困惑度（⟦big_train⟧，而且是在丢弃法
打了折扣的情况下量的）远低于留出困惑度：尽管用了丢弃法，网络仍在背训练文本。

为什么？训练文本只有 56,954 个字符，却有 2,491 个不同的字符：平均每个字符只出现二十来次，很多字符只出现
一两次。网络要为每个字符学出一个 128 维的嵌入和一行 256 个输出权重，这点数据远远不够；平滑的计数只需要
估计频率，遇到没见过的组合就退回到更短的上下文。只看前两个字符的计数模型（⟦trigram_baseline⟧）也和基线差不多：
在这么少的歌词里，更长的字符串几乎不会重复出现。**文本这么少、字符这么多，平滑的计数胜过网络。**
英文版在《时间机器》上运行同样的代码：那里只有 27 个字符，训练文本有十几万个字符，网络明显胜过只到三元语法
的计数模型，但仍不及到五元语法的基线。在本课的时间里，两种语言的网络都没有胜过最强的计数模型。''', '''\
With more text, the network overtakes the simpler counting models, but not the strongest.
The held-out perplexity of its last epoch is ⟦big_final⟧ (no epoch was picked on the held-out text),
clearly better than counting with up to two letters of context (⟦trigram_baseline⟧). With 27
characters and 156,085 training characters, every letter occurs thousands of times and the
common pairs and triples hundreds of times, so the network has plenty of examples, and
unlike a trigram model its hidden state carries context from further back. Training
perplexity (⟦big_train⟧) is even above held-out perplexity, because it is measured with dropout
switched on: with this much text, and with dropout, the network does not overfit in 10
epochs.

But the baseline, counting with up to four letters of context, scores ⟦big_baseline⟧, better than our
network: with this much English text, even four-letter contexts are seen often enough to
be counted reliably. In the author's trial runs on this split, neither a run of 20 epochs
nor an LSTM got below it; that takes a larger network and more training than this lesson
can spend. On the Chinese lyrics, the same code loses clearly, even to counting up to
trigrams: a small corpus with thousands of distinct characters is far too little for the
network. **With little text and many distinct characters, smoothed counts beat the
network clearly; with more text, as here, the network beats the simpler counting models,
but within the time of this lesson not the strongest one.**''')

MD['fair_result'] = ('''\
⟦FAIR⟧''', '''\
⟦FAIR⟧''')

MD['summary'] = ('''\
## 小结

- `gluon.rnn.RNN` 实现了循环计算：输入 `(时间步数, 批量大小, 输入个数)`，输出每个时间步的隐藏状态
  `(时间步数, 批量大小, 隐藏单元个数)` 和最终状态；`begin_state` 给出初始状态，每层一个；`rnn.LSTM`
  的状态是两个数组 `[h, c]`。
- `rnn.RNN` 默认用 ReLU 激活；要与从零开始的模型一致，需写明 `activation='tanh'`。
- 循环层不含输出层：`RNNModel` 加上独热输入和 `Dense` 输出，并可以混合化。同样的模型和超参数下，
  Gluon 版本每个周期比从零开始的版本快。
- 留出困惑度是评判模型的标准：按顺序读留出文本，状态一直传下去，与计数模型为同样的字符打分。
- 在 10,000 个字符的歌词上，SGD 和更快的 Adam 方法（Adam、Xavier 初始化、学习率预热和余弦衰减）都
  不如计数模型；Adam 方法到达最低留出困惑度快得多，但最低点几乎一样。
- 用几乎整个歌词语料，网络仍然明显输给计数模型：文本这么少、字符这么多，平滑的计数胜过网络。在字符少、
  文本多的英文小说上，网络胜过只到三元语法的计数模型，但仍不及基线（到五元语法）。''', '''\
## Summary

- `gluon.rnn.RNN` implements the recurrent computation: its input is
  `(number of time steps, batch size, number of inputs)`, and it outputs the hidden state
  of every time step, `(number of time steps, batch size, number of hidden units)`, and
  the final state; `begin_state` gives the initial state, one per layer; the state of an
  `rnn.LSTM` is two arrays, `[h, c]`.
- `rnn.RNN` uses a ReLU activation by default; to match the from-scratch model, write
  `activation='tanh'`.
- The recurrent layer has no output layer: `RNNModel` adds the one-hot input and a
  `Dense` output, and can be hybridized. With the same model and hyperparameters, the
  Gluon version is faster per epoch than the from-scratch one.
- Held-out perplexity is what models are judged by: the held-out text is read in order,
  with the state carried over, and the counting model scores the same characters.
- On 10,000 characters of The Time Machine, neither SGD nor the faster recipe (Adam,
  Xavier initialisation, warm-up and cosine decay) beats the counting model; the recipe
  reaches its best held-out perplexity much sooner, but that best is worse than SGD's.
- With 90% of the novel for training, the network beats counting up to trigrams, but not
  the baseline, which counts contexts of up to four letters. On the Chinese lyrics, with
  little text and many distinct characters, smoothed counts beat the network clearly.''')

MD['fair_result'] = ('''\
状态一直传下去时，留出困惑度是 ⟦carried⟧；每 35 个字符置零一次时是 ⟦fresh⟧。这个模型用随机采样训练，从没见过
超过 35 个字符的历史，可是状态传下去时它预测得⟦fair_word_zh⟧。所以评估时传递状态并没有冤枉用随机采样训练的模型。''', '''\
With the state carried over, held-out perplexity is ⟦carried⟧; with the state reset every 35
characters it is ⟦fresh⟧. This model was trained with random sampling and never saw a history
longer than 35 characters, yet it predicts ⟦fair_word_en⟧ when the state is carried over. So
carrying the state in evaluation does not wrong a model trained with random sampling.''')

MD['ex2'] = ('''\
```{admonition} 练习 2
:class: exercise
把 `rnn.RNN` 换成 `rnn.GRU` 或 `rnn.LSTM`，其余代码不变。`RNNModel` 和生成函数为什么不用修改？
哪个模型的留出困惑度最低？
```

```{admonition} 答案
:class: dropdown answer
`RNNModel` 只依赖循环层的接口：输入输出的形状相同，状态由层自己的 `begin_state` 给出（LSTM 是两个
数组的列表 `[h, c]`，见上文），`generate` 把状态原样传回模型。所以只需换掉层。

作者在歌词（10,000 个训练字符）上用 Adam 方法把三种层各训练 30 个周期（随机种子 0，各一次）：
最低留出困惑度：$\\tanh$ 循环层 228.07（第 8 个周期），GRU 184.11（第 9 个周期），LSTM 197.05（第 14 个周期）。
有门控的两种层明显更好，但都没有胜过计数模型（170.77）；它们同样过拟合（30 个周期后留出困惑度分别升到
15,021.49 和 436.91），每个周期的时间也是普通循环层的好几倍：普通循环层每个输入只有一个权重矩阵，GRU 有三个，
LSTM 有四个。
```''', '''\
```{admonition} Exercise 2
:class: exercise
Replace `rnn.RNN` by `rnn.GRU` or `rnn.LSTM` and leave the rest of the code as it is. Why
do `RNNModel` and the generation function need no change? Which model has the lowest
held-out perplexity?
```

```{admonition} Answer
:class: dropdown answer
`RNNModel` depends only on the interface of the recurrent layer: inputs and outputs have
the same shapes, the state comes from the layer's own `begin_state` (for an LSTM, the
list `[h, c]` shown above), and `generate` passes the state back to the model untouched.
So only the layer has to be swapped.

The author trained each of the three layers with the Adam recipe for 30 epochs on The
Time Machine (10,000 training characters, seed 0, one run each). Best held-out
perplexity: $\\tanh$ RNN 8.79 (epoch 10), GRU 6.78 (epoch 15), LSTM 6.62 (epoch 16). The
gated layers do clearly better, but none reaches the counting model (5.31). They overfit too (held-out 13.57 and 10.83 after 30 epochs), and they cost
more: on the author's (busy) machine an epoch took roughly 2.5 (GRU) and 4 (LSTM) times as
long as with the plain RNN, which has one weight matrix per input where the GRU has three and the
LSTM four.
```''')

MD['ex3'] = ('''\
```{admonition} 练习 3
:class: exercise
用 `rnn.RNN(num_hiddens, activation='tanh', bidirectional=True)` 训练语言模型，训练困惑度会怎样？
为什么双向循环网络不能用来生成文本？
```

```{admonition} 答案
:class: dropdown answer
作者用 Adam 方法训练了 10 个周期（学习率计划按 10 个周期算，随机种子 0）：训练困惑度降到 1.55，留出困惑度
降到 15.78，远低于任何老老实实的语言模型在这段文本上能达到的水平（计数模型是 170.77）。反向的那一半在时间步
$t$ 已经读过了 $t$ 之后的字符，也就是它要预测的那个字符，模型在“偷看答案”，在留出文本上也一样。生成文本时
未来的字符还不存在，模型无从偷看：从“分开”开始贪心生成，得到的是“分开分开中开中开中开中能中能……”。它学到的
东西也不是语言模型要求的 $P(x_t \\mid x_1, \\ldots, x_{t-1})$。
```''', '''\
```{admonition} Exercise 3
:class: exercise
Train the language model with `rnn.RNN(num_hiddens, activation='tanh', bidirectional=True)`.
What happens to the training perplexity? Why can a bidirectional recurrent network not be
used to generate text?
```

```{admonition} Answer
:class: dropdown answer
The author trained it with the Adam recipe for 10 epochs (schedule for 10 epochs, seed 0):
training perplexity fell to 1.15 and held-out perplexity to 1.22, far below anything a
language model can honestly reach. At time step $t$ the backward half has already read
the characters after $t$, including the very character it is supposed to predict, so the
model is "peeking at the answer", on the held-out text as much as on the training text.
When generating text, the future characters do not exist yet: greedy generation from
`traveller` gave `travellererererer...`. And what it learns is not what a language model
is asked for, $P(x_t \\mid x_1, \\ldots, x_{t-1})$.
```''')

MD['ex4'] = ('''\
```{admonition} 练习 4
:class: exercise
分别去掉更快方法中的三处改动之一（换回 SGD、换回 `init.Normal(0.01)`、去掉预热），其余不变，各需要多少
时间把训练困惑度降到目标（SGD 100 个周期之后的训练困惑度）？各自的最低留出困惑度是多少？哪一处改动最重要？
```

```{admonition} 答案
:class: dropdown answer
作者让每个变体都训练 30 个周期，与完整的方法一样长（歌词，10,000 个训练字符，随机种子 0，各一次；目标是
作者那次 100 个周期的 SGD 训练最后的训练困惑度 7.23）：

- 完整的方法：第 17 个周期达到目标；最低留出困惑度 228.07（第 8 个周期）；
- 换回 SGD（学习率 100、θ = 0.01，保留 Xavier 初始化和预热加余弦的学习率计划）：没有达到目标，30 个周期后
  训练困惑度还有 144.11；最低留出困惑度 232.24（第 24 个周期）；
- 换回 `init.Normal(0.01)`：一直停在平台上，30 个周期后训练困惑度还有 271.74；最低留出困惑度 241.60（第 5 个周期）；
- 去掉预热（学习率从 0.01 开始直接按余弦衰减）：没有达到目标，30 个周期后是 18.84；最低留出困惑度 226.53
  （第 13 个周期）。

就训练困惑度的目标而言，三处改动缺一不可，在歌词上最要紧的是初始化：词表大，平台格外长。留出困惑度却几乎
不受影响：四种做法的最低点都在 226 到 242 之间，全都不如计数模型（170.77）。更快的方法加快的主要是对
10,000 个训练字符的记忆。
```''', '''\
```{admonition} Exercise 4
:class: exercise
Undo one of the three changes of the faster recipe at a time (back to SGD, back to
`init.Normal(0.01)`, no warm-up), keeping the other two. How long does each variant take to
bring training perplexity down to the target (SGD's training perplexity after 100
epochs)? What is each one's best held-out perplexity? Which change matters most?
```

```{admonition} Answer
:class: dropdown answer
The author ran every variant for 30 epochs, as long as the full recipe (The Time Machine,
10,000 training characters, seed 0, one run each; target 3.20, the training perplexity of
the author's 100-epoch SGD run):

- the full recipe: target reached at epoch 24; best held-out perplexity 8.79 (epoch 10);
- back to SGD (learning rate 100, θ = 0.01; Xavier initialisation and the warm-up and
  cosine schedule kept): target not reached, 5.19 after 30 epochs; best held-out 8.76
  (epoch 21);
- back to `init.Normal(0.01)`: target just missed, 3.27 after 30 epochs; best held-out 7.16
  (epoch 23);
- no warm-up (the learning rate starts at 0.01 and follows the cosine at once): target
  not reached, 5.62 after 30 epochs; best held-out 7.61 (epoch 30).

For the training target every change is needed, and the warm-up matters most: without it,
a learning rate of 0.01 is too large at the start. Held-out perplexity tells the opposite
story: every weakened variant reaches a *lower* best held-out perplexity than the full
recipe. What the full recipe speeds up is, above all, the memorising of the 10,000
training characters.
```''')

MD['ex5'] = ('''\
```{admonition} 练习 5
:class: exercise
在最后一节里用本课的 `RNNModel`（独热输入，没有丢弃法）代替 `EmbeddingRNNModel`，其余不变。最后一个周期
的留出困惑度和每个周期的时间有什么变化？谁胜谁负会变吗？
```

```{admonition} 答案
:class: dropdown answer
作者在同一划分上用同样的设置训练了 10 个周期（随机种子 0）：独热输入、没有丢弃法时，最后一个周期的留出困惑度
是 336.10（最好的是第 7 个周期的 321.55），比上文的 ⟦big_final⟧ 差，也仍远不如计数模型（⟦big_baseline⟧），结论不变。它的训练
困惑度降到 171.58，比留出困惑度低得多，过拟合更严重。每个周期也明显更慢：在 2,491 个字符的词表上，独热矩阵
（1,120 × 2,491）乘以输入权重（2,491 × 256）是一次大矩阵乘法，嵌入层只需按索引取出 1,120 行。
```''', '''\
```{admonition} Exercise 5
:class: exercise
In the last section, use this lesson's `RNNModel` (one-hot input, no dropout) instead of
`EmbeddingRNNModel`, leaving everything else as it is. How do the held-out perplexity of
the last epoch and the time per epoch change? Does it change which model wins?
```

```{admonition} Answer
:class: dropdown answer
Measured by the author on the same split (seed 0, 10 epochs each): with one-hot input and
no dropout, the last epoch's held-out perplexity is 5.36 instead of ⟦big_final⟧. That is still
better than counting up to trigrams (6.37) and worse than the baseline (4.07), so the
verdict stands; the embedding with dropout does a little better. As for time: with 27 characters the one-hot
product is tiny (a 1,120 × 27 matrix times a 27 × 256 one per minibatch), so the
embedding cannot save much here; its saving grows with the vocabulary.
```''')
