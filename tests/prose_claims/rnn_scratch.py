"""Prose numbers of lesson `rnn-scratch`: (notebook, prose, output) claims; see
tests/test_prose_numbers.py."""

EN = 'en/rnn-scratch'
ZH = 'zh/rnn-scratch'

# The stored outputs the claims quote, whitespace squashed as the test squashes it.
EN_TIMING = 'step by step 30.8 ms, batched 21.6 ms, ratio 1.43'
EN_KN_ORDERS = ('validation perplexity by order: {1: 16.62, 2: 9.45, 3: 6.58, 4: 5.22, '
                '5: 4.86, 6: 4.77, 7: 4.77, 8: 4.75}')
EN_KN = 'Kneser-Ney, order 8: validation perplexity 4.75'
EN_KN_SUMMARY = 'Kneser-Ney, order 8: validation 4.75'
EN_RANDOM = ('random sampling: stopped after epoch 90; best epoch 70: train 5.71, '
             'validation 7.17; last: train 4.74, validation 7.47; 0.322 s/epoch')
EN_CONSECUTIVE = ('consecutive sampling: stopped after epoch 84; best epoch 64: train '
                  '5.37, validation 7.85; last: train 4.21, validation 8.59; 0.308 '
                  's/epoch')
EN_EPOCH_25 = ('epoch 25, perplexity 8.29, validation 8.49, 0.286 s/epoch - traveller '
               'the the the the the the')
EN_EPOCH_50 = '- traveller and the pracenter and the pracenter'
EN_EPOCH_75 = '- traveller at extere the time traveller'
EN_TEST_PPL = 'test perplexity: network 7.25, Kneser-Ney 4.60 (1999 characters)'
EN_TEST_BITS = 'network - Kneser-Ney: +0.655 bits/character, 95% interval +0.589 to +0.740'
EN_TEST_RATIO = 'perplexity ratio 1.58, 95% interval 1.50 to 1.67'
EN_NORMS_RANDOM = ('random sampling: 720 updates, 100% clipped; norm before clipping: '
                   'smallest 0.090, median 0.433, largest 0.97')
EN_NORMS_CONSECUTIVE = ('consecutive sampling: 672 updates, 100% clipped; norm before '
                        'clipping: smallest 0.082, median 0.455, largest 1.04')
EN_DIVERGED = 'FloatingPointError: training diverged in epoch 1: the loss is 3222.'
EN_GREEDY = 'temperature 0: time traveller some traveller shal the trace the time traveller'
EN_T05 = 'temperature 0.5: time traveller sthe this leptace thing ot in the troced an and t'
EN_T1 = 'temperature 1: time travellertime trican we cabugreested sorige onus trace plen'
EN_EX1_CLIPPED = 'lr 100, clipped: epoch 20: train 8.63, validation 8.95'
EN_EX1_LR10 = 'lr 10, unclipped: epoch 20: train 1.001e+275, validation inf (lowest 1.433e+07)'
EN_EX1_LR1 = 'lr 1, unclipped: epoch 20: train 10.42, validation 9.898 (lowest 9.898)'
EN_EX4_TANH = ('tanh: best epoch 70, validation 7.17; largest gradient norm before '
               'clipping 0.967')
EN_EX4_RELU = ('ReLU: best epoch 47, validation 5.74; largest gradient norm before '
               'clipping 0.836')

ZH_DATA = '词表大小： 1027 训练字符： 10000 验证字符： 1747 测试字符： 1782'
ZH_TIMING = '逐步计算 91.5 毫秒，合并计算 58.2 毫秒，比值 1.57'
ZH_KN_ORDERS = ('各阶的验证困惑度： {1: 229.6, 2: 153.62, 3: 155.62, 4: 139.49, '
                '5: 137.67, 6: 136.82, 7: 136.76, 8: 136.83}')
ZH_KN = 'Kneser-Ney 模型，7 阶：验证困惑度 136.76'
ZH_KN_SUMMARY = 'Kneser-Ney 模型，7 阶：验证 136.76'
ZH_RANDOM = ('随机采样：第 29 个周期后停止；最好的第 9 个周期：训练 305.46，验证 232.84；最后：训练 155.99，验证 '
             '248.48；每个周期 0.664 秒')
ZH_CONSECUTIVE = ('相邻采样：第 35 个周期后停止；最好的第 15 个周期：训练 265.26，验证 237.23；最后：训练 122.30，验证 '
                  '293.39；每个周期 0.582 秒')
ZH_RANDOM_25 = ('周期 25，困惑度 181.23，验证困惑度 238.29，每个周期 0.676 秒 '
                '- 分开 我不的让我不 我想你')
ZH_RANDOM_25_LOOP = '- 不分开 我不的让我不 我想你 我不的让我不 我想你'
ZH_CONSECUTIVE_25 = '周期 25，困惑度 186.49，验证困惑度 250.74，每个周期 0.559 秒 - 分开 我不 我不 我不'
ZH_TEST_PPL = '测试困惑度：网络 262.94，Kneser-Ney 模型 143.72（1781 个字）'
ZH_TEST_BITS = '网络减 Kneser-Ney 模型：每个字 +0.871 比特，95% 区间 +0.722 到 +1.004'
ZH_TEST_RATIO = '困惑度之比 1.83，95% 区间 1.65 到 2.01'
ZH_NORMS_RANDOM = '随机采样：232 次更新，100% 被裁剪；裁剪前的范数最小 0.153，中位数 0.406，最大 5.38'
ZH_NORMS_CONSECUTIVE = '相邻采样：280 次更新，100% 被裁剪；裁剪前的范数最小 0.154，中位数 0.465，最大 7.34'
ZH_DIVERGED = 'FloatingPointError: 训练在第 1 个周期发散：损失为 3144。'
# whitespace squashed: nothing but spaces follows the prefix at temperature 0
ZH_GREEDY = '温度 0：不分开 温度 0.5：不分开 你想 我 你的 我著 我 的 你 一 我是 我'
ZH_T1 = '温度 1：不分开有塞 你不 分 说球 我多开 女世不侬为米'
ZH_EX1_CLIPPED = '学习率 100，裁剪：第 20 个周期：训练 233.04，验证 262.41'
ZH_EX1_LR10 = '学习率 10，不裁剪：第 20 个周期：训练 3.732e+71，验证 1.751e+71（最低 1.27e+69）'
ZH_EX1_LR1 = '学习率 1，不裁剪：第 20 个周期：训练 2190，验证 4877（最低 514.1）'
ZH_EX4_TANH = 'tanh：最好的是第 9 个周期，验证困惑度 232.84；裁剪前的最大梯度范数 5.38'
ZH_EX4_RELU = 'ReLU：最好的是第 21 个周期，验证困惑度 219.66；裁剪前的最大梯度范数 9.9'

CLAIMS = [
    # batched against step-by-step computation (a timing of the stored run)
    (EN, 'In the run stored here, the step-by-step version took 30.8 ms per minibatch and '
         'the batched one 21.6 ms: a ratio of 1.43', EN_TIMING),
    # the Kneser-Ney baseline, order chosen on validation text
    (EN, 'Here it chooses order 8, the largest tried, with a validation perplexity of 4.75',
     EN_KN),
    (EN, 'orders 6 to 8 lie within 0.02 of each other', EN_KN_ORDERS),
    # the two training runs
    (EN, 'to 4.74 with random and 4.21 with consecutive sampling at their last epochs',
     EN_RANDOM),
    (EN, 'to 4.74 with random and 4.21 with consecutive sampling at their last epochs',
     EN_CONSECUTIVE),
    (EN, 'move from "the the the" at epoch 25', EN_EPOCH_25),
    (EN, 'such as "pracenter" and "extere"', EN_EPOCH_50),
    (EN, 'such as "pracenter" and "extere"', EN_EPOCH_75),
    (EN, 'In the run stored here the two runs took 0.322 and 0.308 s per epoch', EN_RANDOM),
    (EN, 'In the run stored here the two runs took 0.322 and 0.308 s per epoch',
     EN_CONSECUTIVE),
    (EN, '7.17 with random sampling (epoch 70) and 7.85 with consecutive sampling (epoch 64)',
     EN_RANDOM),
    (EN, '7.17 with random sampling (epoch 70) and 7.85 with consecutive sampling (epoch 64)',
     EN_CONSECUTIVE),
    (EN, '(to 7.47 and 8.59 at the last epochs)', EN_RANDOM),
    (EN, '(to 7.47 and 8.59 at the last epochs)', EN_CONSECUTIVE),
    (EN, '(after epochs 90 and 84;', EN_RANDOM),
    (EN, '(after epochs 90 and 84;', EN_CONSECUTIVE),
    (EN, 'Kneser–Ney scores 4.75 there', EN_KN_SUMMARY),
    # the comparison on test text
    (EN, "its perplexity is 7.25 against Kneser–Ney's 4.60 on the same 1,999 characters",
     EN_TEST_PPL),
    (EN, '0.655 bits per character more, and the whole 95% interval, +0.589 to +0.740 bits, '
         'lies above zero', EN_TEST_BITS),
    (EN, "The network's perplexity is 1.58 times Kneser–Ney's (95% interval 1.50 to 1.67)",
     EN_TEST_RATIO),
    # clipping during training, and without it
    (EN, '100% of the 720 updates with random sampling and 100% of the 672 with consecutive '
         'sampling', EN_NORMS_RANDOM),
    (EN, '100% of the 720 updates with random sampling and 100% of the 672 with consecutive '
         'sampling', EN_NORMS_CONSECUTIVE),
    (EN, 'The smallest gradient norm before clipping was 0.082', EN_NORMS_CONSECUTIVE),
    (EN, 'the medians were 0.433 (random sampling) and 0.455 (consecutive sampling)',
     EN_NORMS_RANDOM),
    (EN, 'the medians were 0.433 (random sampling) and 0.455 (consecutive sampling)',
     EN_NORMS_CONSECUTIVE),
    (EN, 'The mean loss of that epoch is 3,222', EN_DIVERGED),
    (EN, '(0.082 to 1.04) that is 8 to 104 times as far as a clipped step',
     EN_NORMS_CONSECUTIVE),
    # temperature
    (EN, '(the samples printed at epoch 25 of training, "the the the", did just that)',
     EN_EPOCH_25),
    (EN, '"time traveller some traveller shal the trace the time traveller"', EN_GREEDY),
    (EN, 'among non-words ("sthe", "leptace", "troced")', EN_T05),
    (EN, 'most of it is non-words ("trican", "cabugreested", "sorige")', EN_T1),
    # exercises
    (EN, 'its training perplexity, 1.001e+275 at epoch 20, is still a finite number',
     EN_EX1_LR10),
    (EN, 'the lowest of its 20 epochs was 1.433e+07', EN_EX1_LR10),
    (EN, 'its training perplexity is 10.42 and its validation perplexity 9.898', EN_EX1_LR1),
    (EN, 'against 8.63 and 8.95 for the clipped run in the same 20 epochs', EN_EX1_CLIPPED),
    (EN, 'lowest at epoch 70 with random sampling and at epoch 64 with consecutive sampling',
     EN_RANDOM),
    (EN, 'lowest at epoch 70 with random sampling and at epoch 64 with consecutive sampling',
     EN_CONSECUTIVE),
    (EN, 'the best validation perplexity is 5.74 (epoch 47) against 7.17 (epoch 70)',
     EN_EX4_RELU),
    (EN, 'the best validation perplexity is 5.74 (epoch 47) against 7.17 (epoch 70)',
     EN_EX4_TANH),
    (EN, "it does not beat Kneser–Ney's 4.75 either", EN_KN),
    (EN, '(0.836 with ReLU, 0.967 with $\\tanh$;', EN_EX4_RELU),
    (EN, '(0.836 with ReLU, 0.967 with $\\tanh$;', EN_EX4_TANH),
    (EN, "to compare with this run's (0.322 and 0.308 s per epoch at `num_steps=35`",
     EN_RANDOM),
    (EN, "to compare with this run's (0.322 and 0.308 s per epoch at `num_steps=35`",
     EN_CONSECUTIVE),
    (EN, 'They stopped at epochs 90 and 84', EN_RANDOM),
    (EN, 'They stopped at epochs 90 and 84', EN_CONSECUTIVE),
    (EN, 'about $250 \\times 0.322$ s and $250 \\times 0.308$ s of training', EN_RANDOM),
    (EN, 'about $250 \\times 0.322$ s and $250 \\times 0.308$ s of training', EN_CONSECUTIVE),

    # the lyrics: validation and test characters the network can score
    (ZH, '下面打印的验证字符只有 1,747 个，测试字符只有 1,782 个', ZH_DATA),
    (ZH, '在这里保存的这次运行中，逐步计算每个小批量用了 91.5 毫秒，合并计算用了 58.2 毫秒，'
         '比值为 1.57', ZH_TIMING),
    (ZH, '这里选中的是 7 阶，验证困惑度为 136.76', ZH_KN),
    (ZH, '6 到 8 阶彼此相差不到 0.1', ZH_KN_ORDERS),
    (ZH, '随机采样为 155.99，相邻采样为 122.30', ZH_RANDOM),
    (ZH, '随机采样为 155.99，相邻采样为 122.30', ZH_CONSECUTIVE),
    (ZH, '训练中只在第 25 个周期打印过一次生成的句子，那时两个模型都还在重复同一个短句'
         '（`我不的让我不 我想你` 和“我不”）', ZH_RANDOM_25),
    (ZH, '训练中只在第 25 个周期打印过一次生成的句子，那时两个模型都还在重复同一个短句'
         '（`我不的让我不 我想你` 和“我不”）', ZH_CONSECUTIVE_25),
    (ZH, '两次训练每个周期分别用了 0.664 秒和 0.582 秒', ZH_RANDOM),
    (ZH, '两次训练每个周期分别用了 0.664 秒和 0.582 秒', ZH_CONSECUTIVE),
    (ZH, '随机采样在第 9 个周期降到最低的 232.84，相邻采样在第 15 个周期降到 237.23',
     ZH_RANDOM),
    (ZH, '随机采样在第 9 个周期降到最低的 232.84，相邻采样在第 15 个周期降到 237.23',
     ZH_CONSECUTIVE),
    (ZH, '（最后一个周期分别是 248.48 和 293.39）', ZH_RANDOM),
    (ZH, '（最后一个周期分别是 248.48 和 293.39）', ZH_CONSECUTIVE),
    (ZH, '（分别在第 29 和第 35 个周期之后）', ZH_RANDOM),
    (ZH, '（分别在第 29 和第 35 个周期之后）', ZH_CONSECUTIVE),
    (ZH, 'Kneser–Ney 模型在那里的困惑度是 136.76', ZH_KN_SUMMARY),
    (ZH, '要靠 10,000 个字符、1,027 个不同的字来定下来', ZH_DATA),
    # the comparison on test text
    (ZH, '在同样的 1,781 个字上，它的困惑度是 262.94，Kneser–Ney 模型是 143.72', ZH_TEST_PPL),
    (ZH, '每个字多 0.871 比特，整个 95% 区间（+0.722 到 +1.004 比特）都在零以上', ZH_TEST_BITS),
    (ZH, '网络的困惑度是 Kneser–Ney 模型的 1.83 倍（95% 区间 1.65 到 2.01）', ZH_TEST_RATIO),
    # clipping during training, and without it
    (ZH, '随机采样的 232 次更新和相邻采样的 280 次更新 100% 被裁剪', ZH_NORMS_RANDOM),
    (ZH, '随机采样的 232 次更新和相邻采样的 280 次更新 100% 被裁剪', ZH_NORMS_CONSECUTIVE),
    (ZH, '裁剪前的范数最小是 0.153', ZH_NORMS_RANDOM),
    (ZH, '中位数是 0.406（随机采样）和 0.465（相邻采样）', ZH_NORMS_RANDOM),
    (ZH, '中位数是 0.406（随机采样）和 0.465（相邻采样）', ZH_NORMS_CONSECUTIVE),
    (ZH, '这个周期的平均损失是 3,144', ZH_DIVERGED),
    (ZH, '（0.153 到 7.34），这是裁剪后一步的 15 到 734 倍', ZH_NORMS_RANDOM),
    (ZH, '（0.153 到 7.34），这是裁剪后一步的 15 到 734 倍', ZH_NORMS_CONSECUTIVE),
    # temperature
    (ZH, '训练中第 25 个周期打印的 `我不的让我不 我想你 我不的让我不 我想你` 就是这样', ZH_RANDOM_25_LOOP),
    (ZH, '贪心选择在“不分开”之后一连生成了 50 个空格', ZH_GREEDY),
    (ZH, '中间夹着“你想”“你的”“我是”这样的短词', ZH_GREEDY),
    (ZH, '（“说球”“女世不侬为米”）', ZH_T1),
    # exercises
    (ZH, '第 20 个周期的训练困惑度是 3.732e+71，验证困惑度是 1.751e+71，'
         '20 个周期里验证困惑度最低也有 1.27e+69', ZH_EX1_LR10),
    (ZH, '验证困惑度最低降到 514.1，到第 20 个周期又升到 4877', ZH_EX1_LR1),
    (ZH, '训练困惑度是 2190', ZH_EX1_LR1),
    (ZH, '是训练 233.04、验证 262.41', ZH_EX1_CLIPPED),
    (ZH, '随机采样在第 9 个周期、相邻采样在第 15 个周期', ZH_RANDOM),
    (ZH, '随机采样在第 9 个周期、相邻采样在第 15 个周期', ZH_CONSECUTIVE),
    (ZH, '最低验证困惑度是 219.66（第 21 个周期），$\\tanh$ 是 232.84（第 9 个周期）',
     ZH_EX4_RELU),
    (ZH, '最低验证困惑度是 219.66（第 21 个周期），$\\tanh$ 是 232.84（第 9 个周期）',
     ZH_EX4_TANH),
    (ZH, '也没有赢过 Kneser–Ney 模型的 136.76', ZH_KN),
    (ZH, '（ReLU 是 9.9，$\\tanh$ 是 5.38）', ZH_EX4_RELU),
    (ZH, '（ReLU 是 9.9，$\\tanh$ 是 5.38）', ZH_EX4_TANH),
    (ZH, '`num_steps=35` 时每个周期 0.664 秒和 0.582 秒', ZH_RANDOM),
    (ZH, '`num_steps=35` 时每个周期 0.664 秒和 0.582 秒', ZH_CONSECUTIVE),
    (ZH, '本课的两次训练分别在第 29 和第 35 个周期停下', ZH_RANDOM),
    (ZH, '本课的两次训练分别在第 29 和第 35 个周期停下', ZH_CONSECUTIVE),
    (ZH, '训练时间约为 $250 \\times 0.664$ 秒和 $250 \\times 0.582$ 秒', ZH_RANDOM),
    (ZH, '训练时间约为 $250 \\times 0.664$ 秒和 $250 \\times 0.582$ 秒', ZH_CONSECUTIVE),
]

# The five runs of `make spread` (the section on another machine): d2l.show_spread's lines.
EN_S_TIMING = 'step by step 20.7–55.4 ms, batched 17.1–42.4 ms, ratio 1.06–1.31'
EN_S_RANDOM = ('random sampling: stopped after epoch 90–100; best epoch 70–89: train 4.71–5.72, '
               'validation 6.96–7.17; last: train 4.14–4.74, validation 7.43–7.59; '
               '0.170–0.437 s/epoch')
EN_S_CONSECUTIVE = ('consecutive sampling: stopped after epoch 78–80; best epoch 58–60: train '
                    '5.48–5.89, validation 7.70–7.90; last: train 4.32–4.45, validation '
                    '8.30–8.59; 0.166–0.416 s/epoch')
EN_S_100 = 'epoch 100, perplexity 4.14–4.25, validation 7.43–7.59, 0.237–0.286 s/epoch (2/5)'
EN_S_CHOSEN = 'chosen on validation text: random sampling'
EN_S_TEST = 'test perplexity: network 6.87–7.25, Kneser-Ney 4.60 (1999 characters)'
EN_S_RATIO = 'perplexity ratio 1.49–1.58, 95% interval 1.42–1.50 to 1.58–1.67'
EN_S_NORMS_RANDOM = ('random sampling: 720–800 updates, 100% clipped; norm before clipping: '
                     'smallest 0.085–0.094')
EN_S_NORMS_CONSECUTIVE = ('consecutive sampling: 624–640 updates, 100% clipped; norm before '
                          'clipping: smallest 0.082–0.091')
EN_S_DIVERGED = 'training diverged in epoch 1: the loss is 2371–3921.'
EN_S_T0 = 'temperature 0: 3 different texts in 5 runs'
EN_S_T05 = 'temperature 0.5: 3 different texts in 5 runs'
EN_S_T1 = 'temperature 1: 4 different texts in 5 runs'
EN_S_EX1_CLIPPED = 'lr 100, clipped: epoch 20: train 8.51–8.65, validation 8.87–9.04'
EN_S_EX1_LR10 = ('lr 10, unclipped: epoch 20: train 9.52e+81–3.72e+195, validation '
                 '6.403e+62–inf (lowest 17.33–1.432e+07)')
EN_S_EX1_LR1 = 'lr 1, unclipped: epoch 20: train 10.3–10.42, validation 9.898–10.15'
EN_S_TANH = ('tanh: best epoch 70–89, validation 6.96–7.17; largest gradient norm before '
             'clipping 0.893–0.967')
EN_S_RELU = ('ReLU: best epoch 43–49, validation 5.68–5.89; largest gradient norm before '
             'clipping 0.811–0.928')

ZH_S_TIMING = '逐步计算 72.2–106.7 毫秒，合并计算 46.8–70.3 毫秒，比值 1.41–1.60'
ZH_S_RANDOM = ('随机采样：第 29–41 个周期后停止；最好的第 9–21 个周期：训练 207.87–305.46，'
               '验证 218.88–232.84；最后：训练 103.63–157.75，验证 243.90–302.30；'
               '每个周期 0.416–0.656 秒')
ZH_S_CONSECUTIVE = ('相邻采样：第 32–43 个周期后停止；最好的第 12–23 个周期：训练 194.40–278.78，'
                    '验证 230.40–236.98；最后：训练 83.43–136.06，验证 283.45–356.59；'
                    '每个周期 0.403–0.666 秒')
ZH_S_CHOSEN = '在验证文本上选中： 随机采样'
ZH_S_TEST = '测试困惑度：网络 258.99–263.52，Kneser-Ney 模型 143.72（1781 个字）'
ZH_S_RATIO = '困惑度之比 1.80–1.83，95% 区间 1.64–1.66 到 1.96–2.01'
ZH_S_NORMS_RANDOM = '随机采样：232–328 次更新，100% 被裁剪；裁剪前的范数最小 0.153–0.157'
ZH_S_NORMS_CONSECUTIVE = '相邻采样：256–344 次更新，100% 被裁剪；裁剪前的范数最小 0.154–0.158'
ZH_S_DIVERGED = '训练在第 1 个周期发散：损失为 2611–4423。'
ZH_S_TEMPERATURE = ('温度 0：5 次运行中有 4 种不同的文本 温度 0.5：5 次运行中有 4 种不同的文本 '
                    '温度 1：5 次运行中有 4 种不同的文本')
ZH_S_EX1_CLIPPED = '学习率 100，裁剪：第 20 个周期：训练 211.51–234.74，验证 241.84–266.00'
ZH_S_EX1_LR10 = ('学习率 10，不裁剪：第 20 个周期：训练 1.086e+136–1.107e+270，'
                 '验证 4.758e+223–inf')
ZH_S_EX1_LR1 = '学习率 1，不裁剪：第 20 个周期：训练 2130–5.465e+06，验证 2404–8.925e+05（最低 505.2–608.4）'
ZH_S_TANH = 'tanh：最好的是第 9–21 个周期，验证困惑度 218.88–232.84；裁剪前的最大梯度范数 5.38–9.47'
ZH_S_RELU = 'ReLU：最好的是第 16–32 个周期，验证困惑度 219.14–222.12；裁剪前的最大梯度范数 5.66–21.6'

CLAIMS += [
    (EN, 'it lay between 1.06 and 1.31, so the batched version was the faster one every time',
     EN_S_TIMING),
    (EN, 'the five other runs took 0.170–0.437 and 0.166–0.416 s', EN_S_RANDOM),
    (EN, 'the five other runs took 0.170–0.437 and 0.166–0.416 s', EN_S_CONSECUTIVE),
    (EN, 'in the five other runs 6.96–7.17 (epochs 70–89) and 7.70–7.90 (epochs 58–60)',
     EN_S_RANDOM),
    (EN, 'in the five other runs 6.96–7.17 (epochs 70–89) and 7.70–7.90 (epochs 58–60)',
     EN_S_CONSECUTIVE),
    (EN, 'in two of the five other runs random sampling reached the limit of 100 epochs first',
     EN_S_100),
    (EN, "the network's test perplexity lay between 6.87 and 7.25", EN_S_TEST),
    (EN, "the lower end of the ratio's interval between 1.42 and 1.50: it lost every time",
     EN_S_RATIO),
    (EN, '(and 100% in each of the five other runs)', EN_S_NORMS_RANDOM),
    (EN, '(and 100% in each of the five other runs)', EN_S_NORMS_CONSECUTIVE),
    (EN, 'more than 8 times $\\theta$ (and never smaller in those runs)', EN_S_NORMS_CONSECUTIVE),
    (EN, 'between 2,371 and 3,921 in the five other runs, each of which also stopped in the '
         'first epoch', EN_S_DIVERGED),
    (EN, 'over the five other runs greedy choice gave 3 different texts', EN_S_T0),
    (EN, 'and so did temperature 0.5 (4 at temperature 1)', EN_S_T05),
    (EN, 'and so did temperature 0.5 (4 at temperature 1)', EN_S_T1),
    (EN, 'validation perplexity 6.403e+62 or more at epoch 20', EN_S_EX1_LR10),
    (EN, 'it first got as low as 17.33, below the uniform guess', EN_S_EX1_LR10),
    (EN, "the clipped run's validation perplexity at epoch 20 lay between 8.87 and 9.04",
     EN_S_EX1_CLIPPED),
    (EN, "the unclipped one's at learning rate 1 between 9.898 and 10.15", EN_S_EX1_LR1),
    (EN, '(epochs 70–89 and 58–60 in the five other runs)', EN_S_RANDOM),
    (EN, '(epochs 70–89 and 58–60 in the five other runs)', EN_S_CONSECUTIVE),
    (EN, 'ReLU was lower in each of the five other runs too (5.68–5.89 against 6.96–7.17)',
     EN_S_RELU),
    (EN, 'ReLU was lower in each of the five other runs too (5.68–5.89 against 6.96–7.17)',
     EN_S_TANH),
    (EN, '0.811–0.928 and 0.893–0.967 in the five other runs, ranges that overlap', EN_S_RELU),
    (EN, '0.811–0.928 and 0.893–0.967 in the five other runs, ranges that overlap', EN_S_TANH),
    (EN, '0.166–0.437 s in the five other runs there', EN_S_CONSECUTIVE),
    (EN, '(90–100 and 78–80 in the five other runs)', EN_S_RANDOM),
    (EN, '(90–100 and 78–80 in the five other runs)', EN_S_CONSECUTIVE),
    (EN, 'random sampling reached the lower validation perplexity and was chosen every time',
     EN_S_CHOSEN),
    (EN, 'with the whole interval of the perplexity ratio above 1 (its lower end 1.42–1.50)',
     EN_S_RATIO),
    (EN, 'the best epochs (70–89 with random sampling), the best validation perplexities '
         '(6.96–7.17 and 7.70–7.90), the test perplexity (6.87–7.25)', EN_S_RANDOM),
    (EN, 'the best epochs (70–89 with random sampling), the best validation perplexities '
         '(6.96–7.17 and 7.70–7.90), the test perplexity (6.87–7.25)', EN_S_TEST),
    (ZH, '它在 1.41 到 1.60 之间，每一次都是合并计算更快', ZH_S_TIMING),
    (ZH, '另外五次运行分别是 0.416–0.656 秒和 0.403–0.666 秒', ZH_S_RANDOM),
    (ZH, '另外五次运行分别是 0.416–0.656 秒和 0.403–0.666 秒', ZH_S_CONSECUTIVE),
    (ZH, '另外五次运行中分别是第 9–21 个周期的 218.88–232.84 和第 12–23 个周期的 230.40–236.98',
     ZH_S_RANDOM),
    (ZH, '另外五次运行中分别是第 9–21 个周期的 218.88–232.84 和第 12–23 个周期的 230.40–236.98',
     ZH_S_CONSECUTIVE),
    (ZH, '网络的测试困惑度在 258.99 到 263.52 之间，困惑度之比的区间下端在 1.64 到 1.66 之间',
     ZH_S_TEST),
    (ZH, '网络的测试困惑度在 258.99 到 263.52 之间，困惑度之比的区间下端在 1.64 到 1.66 之间',
     ZH_S_RATIO),
    (ZH, '（另外五次运行也都是 100%）', ZH_S_NORMS_RANDOM),
    (ZH, '（另外五次运行也都是 100%）', ZH_S_NORMS_CONSECUTIVE),
    (ZH, '是 $\\theta$ 的 15 倍多（那几次运行中也没有更小的）', ZH_S_NORMS_RANDOM),
    (ZH, '另外五次运行中在 2,611 到 4,423 之间，也都在第一个周期停下', ZH_S_DIVERGED),
    (ZH, '另外五次运行在每个温度下都生成了 4 种不同的文本', ZH_S_TEMPERATURE),
    (ZH, '第 20 个周期的验证困惑度至少是 4.758e+223', ZH_S_EX1_LR10),
    (ZH, '它的最低验证困惑度在 505.2 到 608.4 之间，第 20 个周期的验证困惑度在 2404 到 8.925e+05 之间',
     ZH_S_EX1_LR1),
    (ZH, '另外五次运行中验证困惑度在 241.84 到 266.00 之间', ZH_S_EX1_CLIPPED),
    (ZH, '（另外五次运行中分别是第 9–21 个和第 12–23 个周期）', ZH_S_RANDOM),
    (ZH, '（另外五次运行中分别是第 9–21 个和第 12–23 个周期）', ZH_S_CONSECUTIVE),
    (ZH, '在另外五次运行中 ReLU 是 219.14–222.12，$\\tanh$ 是 218.88–232.84，两个范围重叠',
     ZH_S_RELU),
    (ZH, '在另外五次运行中 ReLU 是 219.14–222.12，$\\tanh$ 是 218.88–232.84，两个范围重叠',
     ZH_S_TANH),
    (ZH, '另外五次运行中 ReLU 是 5.66–21.6，$\\tanh$ 是 5.38–9.47，两个范围也重叠', ZH_S_RELU),
    (ZH, '另外五次运行中 ReLU 是 5.66–21.6，$\\tanh$ 是 5.38–9.47，两个范围也重叠', ZH_S_TANH),
    (ZH, '另外五次运行在 0.403 到 0.666 秒之间', ZH_S_RANDOM),
    (ZH, '另外五次运行在 0.403 到 0.666 秒之间', ZH_S_CONSECUTIVE),
    (ZH, '（另外五次运行中是第 29–41 个和第 32–43 个周期）', ZH_S_RANDOM),
    (ZH, '（另外五次运行中是第 29–41 个和第 32–43 个周期）', ZH_S_CONSECUTIVE),
    (ZH, '随机采样的验证困惑度更低，每次都被选中', ZH_S_CHOSEN),
    (ZH, '困惑度之比的整个区间都在 1 以上（区间下端 1.64–1.66）', ZH_S_RATIO),
    (ZH, '最好的周期（随机采样是第 9–21 个周期）、最低验证困惑度（218.88–232.84 和 230.40–236.98）、'
         '测试困惑度（258.99–263.52）', ZH_S_RANDOM),
    (ZH, '最好的周期（随机采样是第 9–21 个周期）、最低验证困惑度（218.88–232.84 和 230.40–236.98）、'
         '测试困惑度（258.99–263.52）', ZH_S_TEST),
]
