"""Prose numbers of lesson `rnn-scratch`: (notebook, prose, output) claims; see
tests/test_prose_numbers.py."""

EN = 'en/rnn-scratch'
ZH = 'zh/rnn-scratch'

# The stored outputs the claims quote, whitespace squashed as the test squashes it.
EN_TIMING = 'step by step 24.2 ms, batched 20.2 ms, ratio 1.20'
EN_KN_ORDERS = ('validation perplexity by order: {1: 16.62, 2: 9.45, 3: 6.58, 4: 5.22, '
                '5: 4.86, 6: 4.77, 7: 4.77, 8: 4.75}')
EN_KN = 'Kneser-Ney, order 8: validation perplexity 4.75'
EN_KN_SUMMARY = 'Kneser-Ney, order 8: validation 4.75'
EN_RANDOM = ('random sampling: stopped after epoch 90; best epoch 70: train 5.71, '
             'validation 7.17; last: train 4.74, validation 7.47; 0.297 s/epoch')
EN_CONSECUTIVE = ('consecutive sampling: stopped after epoch 84; best epoch 64: train 5.37, '
                  'validation 7.85; last: train 4.21, validation 8.59; 0.268 s/epoch')
EN_EPOCH_25 = ('epoch 25, perplexity 8.29, validation 8.49, 0.296 s/epoch '
               '- traveller the the the the the the')
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
ZH_TIMING = '逐步计算 83.6 毫秒，合并计算 52.3 毫秒，比值 1.60'
ZH_KN_ORDERS = ('各阶的验证困惑度： {1: 229.6, 2: 153.62, 3: 155.62, 4: 139.49, '
                '5: 137.67, 6: 136.82, 7: 136.76, 8: 136.83}')
ZH_KN = 'Kneser-Ney 模型，7 阶：验证困惑度 136.76'
ZH_KN_SUMMARY = 'Kneser-Ney 模型，7 阶：验证 136.76'
ZH_RANDOM = ('随机采样：第 29 个周期后停止；最好的第 9 个周期：训练 305.46，验证 232.84；'
             '最后：训练 156.35，验证 245.68；每个周期 0.606 秒')
ZH_CONSECUTIVE = ('相邻采样：第 35 个周期后停止；最好的第 15 个周期：训练 265.26，验证 237.23；'
                  '最后：训练 122.30，验证 293.39；每个周期 0.668 秒')
ZH_RANDOM_25 = ('周期 25，困惑度 179.39，验证困惑度 257.26，每个周期 0.602 秒 '
                '- 分开 我不在让我 我不在这')
ZH_RANDOM_25_LOOP = '- 不分开 我不在让我 我不在让我 我不在让我'
ZH_CONSECUTIVE_25 = ('周期 25，困惑度 186.49，验证困惑度 250.74，每个周期 0.658 秒 '
                     '- 分开 我不 我不 我不')
ZH_TEST_PPL = '测试困惑度：网络 262.94，Kneser-Ney 模型 143.72（1781 个字）'
ZH_TEST_BITS = '网络减 Kneser-Ney 模型：每个字 +0.871 比特，95% 区间 +0.722 到 +1.004'
ZH_TEST_RATIO = '困惑度之比 1.83，95% 区间 1.65 到 2.01'
ZH_NORMS_RANDOM = '随机采样：232 次更新，100% 被裁剪；裁剪前的范数最小 0.153，中位数 0.404，最大 5.38'
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
    (EN, 'In the run stored here, the step-by-step version took 24.2 ms per minibatch and '
         'the batched one 20.2 ms: a ratio of 1.20', EN_TIMING),
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
    (EN, 'In the run stored here the two runs took 0.297 and 0.268 s per epoch', EN_RANDOM),
    (EN, 'In the run stored here the two runs took 0.297 and 0.268 s per epoch',
     EN_CONSECUTIVE),
    (EN, '7.17 with random sampling (epoch 70) and 7.85 with consecutive sampling (epoch 64)',
     EN_RANDOM),
    (EN, '7.17 with random sampling (epoch 70) and 7.85 with consecutive sampling (epoch 64)',
     EN_CONSECUTIVE),
    (EN, '(to 7.47 and 8.59 at the last epochs)', EN_RANDOM),
    (EN, '(to 7.47 and 8.59 at the last epochs)', EN_CONSECUTIVE),
    (EN, '(after epochs 90 and 84)', EN_RANDOM),
    (EN, '(after epochs 90 and 84)', EN_CONSECUTIVE),
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
    (EN, '(0.836 with ReLU, 0.967 with $\\tanh$)', EN_EX4_RELU),
    (EN, '(0.836 with ReLU, 0.967 with $\\tanh$)', EN_EX4_TANH),
    (EN, "to compare with this run's (0.297 and 0.268 s per epoch at `num_steps=35`",
     EN_RANDOM),
    (EN, "to compare with this run's (0.297 and 0.268 s per epoch at `num_steps=35`",
     EN_CONSECUTIVE),
    (EN, 'They stopped at epochs 90 and 84', EN_RANDOM),
    (EN, 'They stopped at epochs 90 and 84', EN_CONSECUTIVE),
    (EN, 'about $250 \\times 0.297$ s and $250 \\times 0.268$ s of training', EN_RANDOM),
    (EN, 'about $250 \\times 0.297$ s and $250 \\times 0.268$ s of training', EN_CONSECUTIVE),

    # the lyrics: validation and test characters the network can score
    (ZH, '下面打印的验证字符只有 1,747 个，测试字符只有 1,782 个', ZH_DATA),
    (ZH, '在这里保存的这次运行中，逐步计算每个小批量用了 83.6 毫秒，合并计算用了 52.3 毫秒，'
         '比值为 1.60', ZH_TIMING),
    (ZH, '这里选中的是 7 阶，验证困惑度为 136.76', ZH_KN),
    (ZH, '6 到 8 阶彼此相差不到 0.1', ZH_KN_ORDERS),
    (ZH, '随机采样为 156.35，相邻采样为 122.30', ZH_RANDOM),
    (ZH, '随机采样为 156.35，相邻采样为 122.30', ZH_CONSECUTIVE),
    (ZH, '训练中只在第 25 个周期打印过一次生成的句子，那时两个模型都还在重复同一个短句'
         '（“我不在让我”“我不”）', ZH_RANDOM_25),
    (ZH, '训练中只在第 25 个周期打印过一次生成的句子，那时两个模型都还在重复同一个短句'
         '（“我不在让我”“我不”）', ZH_CONSECUTIVE_25),
    (ZH, '两次训练每个周期分别用了 0.606 秒和 0.668 秒', ZH_RANDOM),
    (ZH, '两次训练每个周期分别用了 0.606 秒和 0.668 秒', ZH_CONSECUTIVE),
    (ZH, '随机采样在第 9 个周期降到最低的 232.84，相邻采样在第 15 个周期降到 237.23',
     ZH_RANDOM),
    (ZH, '随机采样在第 9 个周期降到最低的 232.84，相邻采样在第 15 个周期降到 237.23',
     ZH_CONSECUTIVE),
    (ZH, '（最后一个周期分别是 245.68 和 293.39）', ZH_RANDOM),
    (ZH, '（最后一个周期分别是 245.68 和 293.39）', ZH_CONSECUTIVE),
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
    (ZH, '中位数是 0.404（随机采样）和 0.465（相邻采样）', ZH_NORMS_RANDOM),
    (ZH, '中位数是 0.404（随机采样）和 0.465（相邻采样）', ZH_NORMS_CONSECUTIVE),
    (ZH, '这个周期的平均损失是 3,144', ZH_DIVERGED),
    (ZH, '（0.153 到 7.34），这是裁剪后一步的 15 到 734 倍', ZH_NORMS_RANDOM),
    (ZH, '（0.153 到 7.34），这是裁剪后一步的 15 到 734 倍', ZH_NORMS_CONSECUTIVE),
    # temperature
    (ZH, '训练中第 25 个周期打印的 `我不在让我 我不在让我` 就是这样', ZH_RANDOM_25_LOOP),
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
    (ZH, '`num_steps=35` 时每个周期 0.606 秒和 0.668 秒', ZH_RANDOM),
    (ZH, '`num_steps=35` 时每个周期 0.606 秒和 0.668 秒', ZH_CONSECUTIVE),
    (ZH, '本课的两次训练分别在第 29 和第 35 个周期停下', ZH_RANDOM),
    (ZH, '本课的两次训练分别在第 29 和第 35 个周期停下', ZH_CONSECUTIVE),
    (ZH, '训练时间约为 $250 \\times 0.606$ 秒和 $250 \\times 0.668$ 秒', ZH_RANDOM),
    (ZH, '训练时间约为 $250 \\times 0.606$ 秒和 $250 \\times 0.668$ 秒', ZH_CONSECUTIVE),
]
