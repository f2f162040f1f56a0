"""Prose numbers of lesson `rnn-pytorch`: (notebook, prose, output) claims; see
tests/test_prose_numbers.py."""

EN = 'en/rnn-pytorch'
ZH = 'zh/rnn-pytorch'

# The stored outputs the claims quote, whitespace squashed as the test squashes it.
EN_STEP = 'PyTorch: loss 3.32, gradient norm 1.35'
EN_STEP_GLUON = 'Gluon: loss 3.35, gradient norm 1.18'
EN_KN = 'Kneser–Ney of order 8: validation perplexity 4.75'
EN_TRAINED = 'stopped after epoch 23; best validation perplexity 8.38 at epoch 18'
EN_CLIPPED = ('gradient norm of the first update 1.35; clipped (norm > 1): '
              '51% of 184 updates, 88% of the first epoch')
EN_SEEDS = 'best validation perplexity by seed: {0: 8.38, 1: 8.66, 2: 8.53, 3: 8.69}'
EN_TEST = 'test perplexity: RNN 8.44, Kneser–Ney (order 8) 4.60'
EN_TEST_DIFF = ('RNN minus Kneser–Ney: +0.875 bits per character, '
                '95% interval [+0.799, +0.952]')
EN_GLUON = 'Gluon 0.122 s/epoch; best validation perplexity 8.59 (epoch 18)'
EN_PYTORCH = 'PyTorch 0.187 s/epoch; best validation perplexity 8.38 (epoch 18)'
EN_FRAMEWORKS = ('test perplexity: PyTorch 8.44, Gluon 8.39; PyTorch minus Gluon '
                 '+0.009 bits per character, 95% interval [-0.045, +0.052]')
EN_UPDATE = 'PyTorch one update 23.4 ms: recurrent layer 26.4 ms, the rest -3.1 ms'
EN_UPDATE_GLUON = 'Gluon one update 15.2 ms: recurrent layer 14.0 ms, the rest 1.2 ms'
EN_LSTM = ('RNN best validation perplexity 8.38 (epoch 18), 0.187 s/epoch LSTM '
           'best validation perplexity 6.67 (epoch 18), 0.219 s/epoch')
EN_EQUAL = 'equal characters: 214 of 214'

# The lines d2l.show_spread('rnn-pytorch') prints (experiments/results/live-spread.json):
# they appear in the stored outputs once the lesson is re-executed.
EN_SPREAD_TRAINED = 'stopped after epoch 17–23; best validation perplexity 8.38–8.68 at epoch 12–18'
EN_SPREAD_TRAIN = ('17–23 epochs in 2.0–27.0 s (0.088–1.174 s/epoch); best validation perplexity '
                   '8.38–8.68 at epoch 12–18')
EN_SPREAD_CLIPPED = ('gradient norm of the first update 1.31–1.36; clipped (norm > 1): 40–51% of '
                     '136–184 updates, 88% of the first epoch')
EN_SPREAD_SEEDS = ('best validation perplexity by seed: {0: 8.38–8.68, 1: 8.45–8.73, '
                   '2: 8.53–8.82, 3: 8.34–8.69}')
EN_SPREAD_TEST = 'test perplexity: RNN 8.31–8.57, Kneser–Ney (order 8) 4.60'
EN_SPREAD_TEST_DIFF = ('RNN minus Kneser–Ney: +0.853–+0.897 bits per character, 95% interval '
                       '[+0.775–+0.823, +0.945–+0.987]')
EN_SPREAD_GLUON = 'Gluon 0.068–0.177 s/epoch; best validation perplexity 8.42–8.59 (epoch 16–20)'
EN_SPREAD_GLUON_TRAIN = ('21–25 epochs in 1.6–4.1 s (0.068–0.177 s/epoch); best validation '
                         'perplexity 8.42–8.59 at epoch 16–20')
EN_SPREAD_PYTORCH = 'PyTorch 0.088–1.174 s/epoch; best validation perplexity 8.38–8.68 (epoch 12–18)'
EN_SPREAD_FRAMEWORKS = ('test perplexity: PyTorch 8.31–8.57, Gluon 8.39–8.69; PyTorch minus Gluon '
                        '-0.045–+0.025 bits per character, 95% interval [-0.091–-0.032, '
                        '+0.010–+0.079]')
EN_SPREAD_UPDATE = ('PyTorch one update 11.0–146.8 ms: recurrent layer 9.1–33.6 ms, the rest '
                    '-3.0–113.2 ms')
EN_SPREAD_UPDATE_GLUON = ('Gluon one update 8.6–22.1 ms: recurrent layer 7.0–22.4 ms, the rest '
                          '-5.1–6.4 ms')
EN_SPREAD_LSTM = ('RNN best validation perplexity 8.38–8.68 (epoch 12–18), 0.088–1.174 s/epoch '
                  'LSTM best validation perplexity 6.67–6.75 (epoch 16–18), 0.212–0.505 s/epoch')

ZH_STEP = 'PyTorch：损失 6.94，梯度范数 0.51'
ZH_STEP_GLUON = 'Gluon： 损失 6.94，梯度范数 0.51'
ZH_TRAINED = '第 10 个周期后停止；最低验证困惑度 234.83（第 5 个周期）'
ZH_CLIPPED = ('第一次更新的梯度范数 0.51；被裁剪（范数 > 1）的更新：80 次中占 26%，'
              '第一个周期中占 62%')
ZH_SAMPLES = ' - 分开 - 不分开'
ZH_SEEDS = '各个种子的最低验证困惑度： {0: 234.83, 1: 236.6, 2: 242.21, 3: 234.44}'
ZH_TEST = '测试困惑度：循环神经网络 259.09，Kneser–Ney（7 阶）143.72'
ZH_TEST_DIFF = '循环神经网络减 Kneser–Ney：每字符 +0.850 比特，95% 区间 [+0.720, +0.959]'
ZH_GLUON = 'Gluon 每个周期 0.363 秒；最低验证困惑度 233.14（第 7 个周期）'
ZH_PYTORCH = 'PyTorch 每个周期 0.367 秒；最低验证困惑度 234.83（第 5 个周期）'
ZH_FRAMEWORKS = ('测试困惑度：PyTorch 259.09，Gluon 262.42；PyTorch 减 Gluon：每字符 '
                 '-0.018 比特，95% 区间 [-0.038, +0.009]')
ZH_UPDATE = 'PyTorch 一次更新 45.9 毫秒：循环层 30.5 毫秒，其余 15.3 毫秒'
ZH_UPDATE_GLUON = 'Gluon 一次更新 45.4 毫秒：循环层 28.3 毫秒，其余 17.1 毫秒'
ZH_LSTM = ('RNN 最低验证困惑度 234.83（第 5 个周期），每个周期 0.367 秒 LSTM 最低验证困惑度 198.35（第 11 '
           '个周期），每个周期 0.632 秒')
ZH_EQUAL = '相同的字符： 203 / 203'

ZH_SPREAD_TRAINED = '第 10–12 个周期后停止；最低验证困惑度 234.83–237.95（第 5–7 个周期）'
ZH_SPREAD_TRAIN = ('10–12 个周期共 3.9–15.9 秒（每个周期 0.394–1.589 秒）；最低验证困惑度 '
                   '234.83–237.95（第 5–7 个周期）')
ZH_SPREAD_CLIPPED = ('第一次更新的梯度范数 0.51–0.84；被裁剪（范数 > 1）的更新：80–96 次中占 26–48%，'
                     '第一个周期中占 62–75%')
ZH_SPREAD_SEEDS = ('各个种子的最低验证困惑度： {0: 234.83–237.95, 1: 225.31–236.6, '
                   '2: 237.22–242.21, 3: 232.78–234.44}')
ZH_SPREAD_TEST = '测试困惑度：循环神经网络 256.04–260.90，Kneser–Ney（7 阶）143.72'
ZH_SPREAD_TEST_DIFF = ('循环神经网络减 Kneser–Ney：每字符 +0.833–+0.860 比特，95% 区间 '
                       '[+0.698–+0.720, +0.941–+0.990]')
ZH_SPREAD_GLUON = 'Gluon 每个周期 0.351–0.533 秒；最低验证困惑度 233.14–239.68（第 6–8 个周期）'
ZH_SPREAD_GLUON_TRAIN = ('11–13 个周期共 3.9–6.4 秒（每个周期 0.351–0.533 秒）；最低验证困惑度 '
                         '233.14–239.68（第 6–8 个周期）')
ZH_SPREAD_PYTORCH = 'PyTorch 每个周期 0.394–1.589 秒；最低验证困惑度 234.83–237.95（第 5–7 个周期）'
ZH_SPREAD_FRAMEWORKS = ('测试困惑度：PyTorch 256.04–260.90，Gluon 256.07–262.42；PyTorch 减 Gluon：'
                        '每字符 -0.018–+0.027 比特，95% 区间 [-0.056–-0.036, +0.009–+0.075]')
ZH_SPREAD_UPDATE = 'PyTorch 一次更新 49.2–198.6 毫秒：循环层 22.5–157.0 毫秒，其余 18.6–41.5 毫秒'
ZH_SPREAD_UPDATE_GLUON = 'Gluon 一次更新 43.9–66.6 毫秒：循环层 30.2–38.7 毫秒，其余 12.1–29.9 毫秒'
ZH_SPREAD_LSTM = ('RNN 最低验证困惑度 234.83–237.95（第 5–7 个周期），每个周期 0.394–1.589 秒 '
                  'LSTM 最低验证困惑度 195.94–200.87（第 11–12 个周期），每个周期 0.660–2.015 秒')

CLAIMS = [
    # one update by hand; the first gradient against the clipping threshold
    (EN, 'the very first gradient already has a norm of 1.35', EN_STEP),
    (EN, 'the very first gradient already has a norm of 1.35', EN_CLIPPED),
    # the schedule: 8 updates per epoch, 30 epochs
    (EN, 'a warm-up over the first 100 updates from 0.001 to 0.01 followed by cosine decay '
         'to 0.001 over 30 epochs',
     '8 updates per epoch; learning rate of update 1: 0.00109, 100: 0.01000, 240: 0.00100'),
    # training: best epoch, stopping, clipping
    (EN, 'The validation perplexity was lowest at epoch 18 (8.38); five epochs without '
         'improvement later, after epoch 23, training stopped', EN_TRAINED),
    (EN, 'and the model holds the parameters of epoch 18', EN_TRAINED),
    (EN, 'would train 12 more epochs after the best one', EN_TRAINED),
    (EN, '51% of all 184 updates were clipped (88% in the first epoch)', EN_CLIPPED),
    (EN, 'keeps the best validation epoch, epoch 18 here; clipping at θ = 1 acted on 51% '
         'of the updates', EN_CLIPPED),
    # seeds
    (EN, 'The best validation perplexities range from 8.38 to 8.69', EN_SEEDS),
    # test text: the network against Kneser-Ney
    (EN, "On the test text the network's perplexity is 8.44 and Kneser–Ney's 4.60",
     EN_TEST),
    (EN, 'worse by 0.875 bits per character, and the 95% interval, [+0.799, +0.952], '
         'excludes zero', EN_TEST_DIFF),
    (EN, 'the network (perplexity 8.44) loses to Kneser–Ney (4.60), by 0.875 bits per '
         'character (95% interval [+0.799, +0.952])', EN_TEST_DIFF),
    (EN, 'the network (perplexity 8.44) loses to Kneser–Ney (4.60)', EN_TEST),
    # Gluon against PyTorch
    (EN, "Gluon's best validation perplexity was 8.59 at epoch 18", EN_GLUON),
    (EN, "PyTorch's 8.38 at epoch 18, a difference within the spread of the four seeds "
         'above (8.38 to 8.69)', EN_PYTORCH),
    (EN, "PyTorch's 8.38 at epoch 18, a difference within the spread of the four seeds "
         'above (8.38 to 8.69)', EN_SEEDS),
    (EN, 'On the test text (PyTorch 8.44, Gluon 8.39) PyTorch minus Gluon is +0.009 bits '
         'per character, with a 95% interval of [-0.045, +0.052]', EN_FRAMEWORKS),
    (EN, 'the Gluon model (8.39) is within noise of it', EN_FRAMEWORKS),
    # timings, as this run printed them
    (EN, 'In the run stored here an epoch took 0.187 s in PyTorch and 0.122 s in Gluon',
     EN_PYTORCH),
    (EN, 'In the run stored here an epoch took 0.187 s in PyTorch and 0.122 s in Gluon',
     EN_GLUON),
    (EN, 'In the run stored here an update took 23.4 ms in PyTorch and the recurrent layer '
         'alone, timed separately, 26.4 ms', EN_UPDATE),
    (EN, '(Gluon: 15.2 ms and 14.0 ms)', EN_UPDATE_GLUON),
    # exercises
    (EN, 'its best validation perplexity was 6.67 (epoch 18), against 8.38 for the '
         '$\\tanh$ layer', EN_LSTM),
    (EN, 'the two texts agree in all 214 characters', EN_EQUAL),

    # the five other runs of make spread (section "The numbers on another machine"):
    # these outputs appear once the lesson is re-executed
    (EN, 'the best validation perplexity was 8.38–8.68, at epochs 12–18, and training stopped '
         'after epochs 17–23', EN_SPREAD_TRAINED),
    (EN, "the first update's gradient norm was 1.31–1.36 (above 1 every time), and 40–51% of "
         '136–184 updates were clipped, 88% of the first epoch in every run', EN_SPREAD_CLIPPED),
    (EN, 'the four values lay between 8.34 (seed 3) and 8.82 (seed 2)', EN_SPREAD_SEEDS),
    (EN, "the network's test perplexity was 8.31–8.57, Kneser–Ney's 4.60 in every run, and the "
         'network was worse by +0.853–+0.897 bits per character, every interval excluding zero '
         '(its lower end +0.775–+0.823)', EN_SPREAD_TEST),
    (EN, "the network's test perplexity was 8.31–8.57, Kneser–Ney's 4.60 in every run, and the "
         'network was worse by +0.853–+0.897 bits per character, every interval excluding zero '
         '(its lower end +0.775–+0.823)', EN_SPREAD_TEST_DIFF),
    (EN, "Gluon's best was 8.42–8.59 at epochs 16–20 and PyTorch's 8.38–8.68 at epochs 12–18; "
         'on the test text PyTorch minus Gluon was -0.045–+0.025 bits per character, and every '
         'interval included zero', EN_SPREAD_FRAMEWORKS),
    (EN, "Gluon's best was 8.42–8.59 at epochs 16–20 and PyTorch's 8.38–8.68 at epochs 12–18",
     EN_SPREAD_GLUON),
    (EN, 'an epoch took 0.088–1.174 s in PyTorch (the slowest with one core busy) and '
         '0.068–0.177 s in Gluon', EN_SPREAD_PYTORCH),
    (EN, 'an epoch took 0.088–1.174 s in PyTorch (the slowest with one core busy) and '
         '0.068–0.177 s in Gluon', EN_SPREAD_GLUON),
    (EN, 'an update took 11.0–146.8 ms in PyTorch and its recurrent layer 9.1–33.6 ms',
     EN_SPREAD_UPDATE),
    (EN, '(Gluon: 8.6–22.1 ms and 7.0–22.4 ms); the longest update, 146.8 ms', EN_SPREAD_UPDATE_GLUON),
    (EN, 'came out as low as -3.0 ms (Gluon: -5.1 ms)', EN_SPREAD_UPDATE),
    (EN, 'came out as low as -3.0 ms (Gluon: -5.1 ms)', EN_SPREAD_UPDATE_GLUON),
    (EN, 'the best epoch was 12–18 and the test perplexity 8.31–8.57', EN_SPREAD_TRAIN),
    (EN, 'the best epoch was 12–18 and the test perplexity 8.31–8.57', EN_SPREAD_TEST),
    (EN, 'the LSTM reached 6.67–6.75 (epochs 16–18) and the $\\tanh$ layer 8.38–8.68: the LSTM '
         'was better in all six runs', EN_SPREAD_LSTM),
    (EN, 'an epoch of the LSTM took 0.219 s and one of the $\\tanh$ layer 0.187 s', EN_LSTM),
    (EN, 'the LSTM took 0.212–0.505 s and the $\\tanh$ layer 0.088–1.174 s, and which was faster '
         'changed from run to run', EN_SPREAD_LSTM),
    (EN, 'early stopping ended training long before epoch 30 (after epochs 17–23); clipping at '
         'θ = 1 acted on 40–51% of the updates and on 88% of the first epoch',
     EN_SPREAD_CLIPPED),
    (EN, 'on the test text the network lost to Kneser–Ney (4.60 in every run), the whole 95% '
         'interval above zero (its lower end +0.775–+0.823)', EN_SPREAD_TEST_DIFF),
    (EN, 'the LSTM of Exercise 2 beat the $\\tanh$ layer (6.67–6.75 against 8.38–8.68)',
     EN_SPREAD_LSTM),
    (EN, "What moved: the best validation perplexity (8.38–8.68) and its epoch (12–18), Gluon's "
         '(8.42–8.59, epochs 16–20), the test perplexity (8.31–8.57), and most of all the times '
         '(0.088–1.174 s per PyTorch epoch)', EN_SPREAD_TRAIN),
    (EN, "What moved: the best validation perplexity (8.38–8.68) and its epoch (12–18), Gluon's "
         '(8.42–8.59, epochs 16–20), the test perplexity (8.31–8.57), and most of all the times '
         '(0.088–1.174 s per PyTorch epoch)', EN_SPREAD_GLUON_TRAIN),
    # the ranges the hidden checks accept, with the lines they widen
    (EN, 'a best validation perplexity of 7.9 to 9.2 at epoch 9 to 21', EN_SPREAD_TRAIN),
    (EN, 'a best validation perplexity of 7.8 to 9.3 for each of the four seeds', EN_SPREAD_SEEDS),
    (EN, 'a test perplexity of 7.8 to 9.0 with the whole interval against Kneser–Ney above zero',
     EN_SPREAD_TEST_DIFF),
    (EN, 'for Gluon a best validation perplexity of 7.9 to 9.1 at epoch 13 to 23',
     EN_SPREAD_GLUON_TRAIN),
    (EN, 'and for the LSTM 6.3 to 7.1 at epoch 13 to 21', EN_SPREAD_LSTM),
    (ZH, '两个梯度范数在两位小数上却相同，都是 0.51', ZH_STEP),
    (ZH, '两个梯度范数在两位小数上却相同，都是 0.51', ZH_STEP_GLUON),
    (ZH, '请留意这第一个梯度的范数：0.51，低于第三课方法的裁剪阈值 1', ZH_CLIPPED),
    (ZH, '前 100 次更新把学习率从 0.001 线性预热到 0.01，然后在 30 个周期内按余弦曲线衰减到 0.001',
     '每个周期 8 次更新；第 1 次更新的学习率 0.00109，第 100 次 0.01000，第 240 次 0.00100'),
    (ZH, '验证困惑度在第 5 个周期最低（234.83）；之后连续 5 个周期没有改进，训练在第 10 个周期后停止',
     ZH_TRAINED),
    (ZH, '这两段续写在前缀之后全是空格', ZH_SAMPLES),
    (ZH, '在最佳周期之后还要训练 25 个周期', ZH_TRAINED),
    (ZH, '第一个梯度的范数是 0.51，低于阈值，但 80 次更新中有 26% 被裁剪，第一个周期中更是占 62%',
     ZH_CLIPPED),
    (ZH, '保留最佳验证周期，这里是第 5 个周期；阈值 θ = 1 的梯度裁剪作用于 26% 的更新', ZH_CLIPPED),
    (ZH, '最低验证困惑度从 234.44 到 242.21 不等', ZH_SEEDS),
    (ZH, '在测试文本上，网络的困惑度是 259.09，Kneser–Ney 是 143.72', ZH_TEST),
    (ZH, '网络每字符多用 0.850 比特，95% 区间 [+0.720, +0.959] 不包含零', ZH_TEST_DIFF),
    (ZH, '网络（困惑度 259.09）输给 Kneser–Ney（143.72），每字符多用 0.850 比特（95% 区间 '
         '[+0.720, +0.959]）', ZH_TEST_DIFF),
    (ZH, 'Gluon 的最低验证困惑度是 233.14（第 7 个周期）', ZH_GLUON),
    (ZH, 'PyTorch 是 234.83（第 5 个周期），两者之差小于上面四个种子之间的差别（234.44 到 242.21）',
     ZH_PYTORCH),
    (ZH, 'PyTorch 是 234.83（第 5 个周期），两者之差小于上面四个种子之间的差别（234.44 到 242.21）',
     ZH_SEEDS),
    (ZH, '在测试文本上（PyTorch 259.09，Gluon 262.42），PyTorch 减 Gluon 是每字符 -0.018 比特，'
         '95% 区间为 [-0.038, +0.009]，包含零', ZH_FRAMEWORKS),
    (ZH, 'Gluon 模型（262.42）与它的差别在偶然波动之内', ZH_FRAMEWORKS),
    (ZH, '在这里保存的这次运行中，PyTorch 每个周期用 0.367 秒，Gluon 用 0.363 秒', ZH_PYTORCH),
    (ZH, '在这里保存的这次运行中，PyTorch 每个周期用 0.367 秒，Gluon 用 0.363 秒', ZH_GLUON),
    (ZH, '在这里保存的这次运行中，PyTorch 一次更新用 45.9 毫秒，其中循环层用 30.5 毫秒', ZH_UPDATE),
    (ZH, '（Gluon：45.4 毫秒和 28.3 毫秒）', ZH_UPDATE_GLUON),
    (ZH, '最低验证困惑度是 198.35（第 11 个周期），$\\tanh$ 循环层是 234.83', ZH_LSTM),
    (ZH, 'LSTM 每个周期用 0.632 秒，是 $\\tanh$ 循环层（0.367 秒）的 1.7 倍多', ZH_LSTM),
    (ZH, '两段文本的全部 203 个字符（3 个前缀字符和 200 个生成的字符）都相同', ZH_EQUAL),
    # make spread 的另外五次运行（“换一台机器，数字会变多少”一节）：重新执行后才有这些输出
    (ZH, '最低验证困惑度是 234.83–237.95，在第 5–7 个周期，训练在第 10–12 个周期后停止',
     ZH_SPREAD_TRAINED),
    (ZH, '第一次更新的梯度范数是 0.51–0.84，每次都低于阈值；80–96 次更新中有 26–48% 被裁剪，'
         '第一个周期中占 62–75%', ZH_SPREAD_CLIPPED),
    (ZH, '这四个值落在 225.31（种子 1）到 242.21（种子 2）之间', ZH_SPREAD_SEEDS),
    (ZH, '网络的测试困惑度是 256.04–260.90，Kneser–Ney 每次都是 143.72', ZH_SPREAD_TEST),
    (ZH, '网络每字符多用 +0.833–+0.860 比特，每个区间都不包含零（下端在 +0.698–+0.720）',
     ZH_SPREAD_TEST_DIFF),
    (ZH, 'Gluon 的最低验证困惑度是 233.14–239.68（第 6–8 个周期），PyTorch 是 234.83–237.95'
         '（第 5–7 个周期）', ZH_SPREAD_GLUON),
    (ZH, 'Gluon 的最低验证困惑度是 233.14–239.68（第 6–8 个周期），PyTorch 是 234.83–237.95'
         '（第 5–7 个周期）', ZH_SPREAD_PYTORCH),
    (ZH, 'PyTorch 减 Gluon 是每字符 -0.018–+0.027 比特，每个区间都包含零', ZH_SPREAD_FRAMEWORKS),
    (ZH, 'PyTorch 每个周期用 0.394–1.589 秒（最慢的是一个核心被占用的那次），Gluon 用 0.351–0.533 秒',
     ZH_SPREAD_PYTORCH),
    (ZH, 'PyTorch 每个周期用 0.394–1.589 秒（最慢的是一个核心被占用的那次），Gluon 用 0.351–0.533 秒',
     ZH_SPREAD_GLUON),
    (ZH, 'PyTorch 一次更新用 49.2–198.6 毫秒，循环层用 22.5–157.0 毫秒', ZH_SPREAD_UPDATE),
    (ZH, '（Gluon：43.9–66.6 毫秒和 30.2–38.7 毫秒）；最长的 198.6 毫秒', ZH_SPREAD_UPDATE_GLUON),
    (ZH, '最佳周期是第 5–7 个周期，测试困惑度是 256.04–260.90', ZH_SPREAD_TRAIN),
    (ZH, '最佳周期是第 5–7 个周期，测试困惑度是 256.04–260.90', ZH_SPREAD_TEST),
    (ZH, 'LSTM 是 195.94–200.87（第 11–12 个周期），$\\tanh$ 循环层是 234.83–237.95：六次运行中 '
         'LSTM 都更好', ZH_SPREAD_LSTM),
    (ZH, 'LSTM 每个周期用 0.660–2.015 秒，$\\tanh$ 循环层用 0.394–1.589 秒', ZH_SPREAD_LSTM),
    (ZH, '提前停止让训练远在第 30 个周期之前结束（在第 10–12 个周期后）', ZH_SPREAD_TRAINED),
    (ZH, '阈值 θ = 1 的梯度裁剪作用于 26–48% 的更新，第一个周期中占 62–75%，而第一次更新的梯度范数'
         '（0.51–0.84）都低于阈值', ZH_SPREAD_CLIPPED),
    (ZH, '在测试文本上网络都输给 Kneser–Ney（每次都是 143.72），95% 区间整个在零以上（下端在 '
         '+0.698–+0.720）', ZH_SPREAD_TEST_DIFF),
    (ZH, '练习 2 的 LSTM 都胜过 $\\tanh$ 循环层（195.94–200.87 对 234.83–237.95）', ZH_SPREAD_LSTM),
    (ZH, '会变的是：最低验证困惑度（234.83–237.95）和它所在的周期（第 5–7 个周期），Gluon 的最低验证'
         '困惑度（233.14–239.68，第 6–8 个周期），测试困惑度（256.04–260.90），变得最多的是时间'
         '（PyTorch 每个周期 0.394–1.589 秒）', ZH_SPREAD_TRAIN),
    (ZH, '会变的是：最低验证困惑度（234.83–237.95）和它所在的周期（第 5–7 个周期），Gluon 的最低验证'
         '困惑度（233.14–239.68，第 6–8 个周期），测试困惑度（256.04–260.90），变得最多的是时间'
         '（PyTorch 每个周期 0.394–1.589 秒）', ZH_SPREAD_GLUON_TRAIN),
    # 隐藏检查接受的范围，以及它们放宽的那一行
    (ZH, '最低验证困惑度在 220 到 250 之间（第 2 到 10 个周期）', ZH_SPREAD_TRAIN),
    (ZH, '四个种子的最低验证困惑度都在 210 到 260 之间', ZH_SPREAD_SEEDS),
    (ZH, '测试困惑度在 240 到 280 之间，而且与 Kneser–Ney 相比的整个区间都在零以上',
     ZH_SPREAD_TEST_DIFF),
    (ZH, 'Gluon 的最低验证困惑度在 220 到 260 之间（第 3 到 11 个周期）', ZH_SPREAD_GLUON_TRAIN),
    (ZH, 'LSTM 在 180 到 220 之间（第 8 到 15 个周期）', ZH_SPREAD_LSTM),
]
