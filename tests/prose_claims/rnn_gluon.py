"""Prose numbers of lesson `rnn-gluon`: (notebook, prose, output) claims; see
tests/test_prose_numbers.py."""

EN = 'en/rnn-gluon'
ZH = 'zh/rnn-gluon'

# The stored outputs the claims quote, whitespace squashed as the test squashes it.
EN_KN_ORDERS = ('validation perplexity of Kneser-Ney by order: {1: 16.62, 2: 9.45, 3: 6.58, '
                '4: 5.22, 5: 4.86, 6: 4.77, 7: 4.77, 8: 4.75}')
EN_KN_CHOSEN = 'chosen order 8: validation perplexity 4.75'
EN_SGD_RUN = ('81 epochs in 7.1 s (0.087 s/epoch); best validation perplexity 7.71 '
              'at epoch 61')
EN_CLIPPED = 'median gradient norm before clipping 0.48; 100% of the 648 updates clipped'
EN_GREEDY = ('temperature 0: traveller at a four dime sion is and the time traveller at '
             'temperature 0: time traveller at a file that is the time traveller at a file th')
EN_SAMPLED = ('temperature 0.6: traveller you a ous inge try us ngat a comith op thit some '
              'temperature 0.6: time traveller co thit the this weolr why i a time tion is the t')
EN_SPEED = ('from scratch: 0.288 s/epoch; Gluon: 0.090 s/epoch; Gluon is 3.19 '
            'times as fast')
EN_ADAM_CLIPPED = 'first update: gradient norm 1.18; 54% of the 224 updates clipped at θ = 1'
EN_SIDE_BY_SIDE = ('SGD: best validation perplexity 7.71 at epoch 61, after 5.3 s of '
                   'training; training perplexity then 5.65 Adam: best validation '
                   'perplexity 8.59 at epoch 18, after 1.7 s of training')
EN_TEST = ('test perplexity of Kneser-Ney: 4.60 SGD: test perplexity 7.39; ratio to '
           'Kneser-Ney 1.61 (95% interval 1.49 to 1.73) Adam: test perplexity 8.39; ratio to '
           'Kneser-Ney 1.82 (95% interval 1.73 to 1.94)')
EN_RELU = ('tanh (SGD): best validation perplexity 7.71 at epoch 61 of 81; 0.087 '
           's/epoch ReLU (SGD): best validation perplexity 5.98 at epoch 41 of '
           '61; 0.088 s/epoch')
EN_GATED = ('RNN: best validation perplexity 8.59 at epoch 18 of 28; 0.101 s/epoch '
            'GRU: best validation perplexity 6.71 at epoch 13 of 23; 0.173 s/epoch '
            'LSTM: best validation perplexity 6.58 at epoch 19 of 29; 0.193 s/epoch')
EN_BI = ('bidirectional: best validation perplexity 1.22 at epoch 10 of 10; '
         '0.177 s/epoch travellererererererererererer')
EN_VARIANTS = ('Adam recipe: best validation perplexity 8.59 at epoch 18 of 28; 0.101 '
               's/epoch SGD: best validation perplexity 8.70 at epoch 23 of 30; 0.066 '
               's/epoch Normal(0.01): best validation perplexity 7.13 at epoch 24 of '
               '30; 0.072 s/epoch no warm-up: best validation perplexity 8.15 at '
               'epoch 16 of 26; 0.074 s/epoch')
EN_EMBED = ('one-hot: best validation perplexity 8.59 at epoch 18 of 28; 0.101 '
            's/epoch embedding + dropout: best validation perplexity 7.71 at epoch '
            '14 of 24; 0.114 s/epoch')

ZH_KN_ORDERS = ('Kneser-Ney 模型各阶的验证困惑度： {1: 229.6, 2: 153.62, 3: 155.62, 4: 139.49, '
                '5: 137.67, 6: 136.82, 7: 136.76, 8: 136.83}')
ZH_KN_CHOSEN = '选定的阶数 7：验证困惑度 136.76'
ZH_SGD_RUN = '35 个周期共 12.0 秒（每个周期 0.343 秒）；最低验证困惑度 227.36（第 15 个周期）'
ZH_CLIPPED = '裁剪前梯度范数的中位数 0.48，280 次更新中 100% 被裁剪'
ZH_GREEDY = '温度 0： 分开 我'
ZH_SPEED = '从零开始：0.482 秒/周期；Gluon：0.340 秒/周期；Gluon 的速度是它的 1.42 倍'
ZH_ADAM_CLIPPED = '第一次更新：梯度范数 0.51；136 次更新中 56% 在 θ = 1 处被裁剪'
ZH_SIDE_BY_SIDE = ('SGD：最低验证困惑度 227.36，在第 15 个周期，训练了 5.3 秒；此时训练困惑度 271.56 Adam：最低验证困惑度 '
                   '233.14，在第 7 个周期，训练了 2.2 秒')
ZH_TEST = ('Kneser-Ney 模型的测试困惑度：143.72 SGD：测试困惑度 256.50；与 Kneser-Ney 之比 1.78'
           '（95% 区间 1.61 到 1.94） Adam：测试困惑度 262.42；与 Kneser-Ney 之比 1.83'
           '（95% 区间 1.66 到 1.96）')
ZH_RELU = ('tanh（SGD）：最低验证困惑度 227.36，在共 35 个周期中的第 15 个；每个周期 0.343 秒 '
           'ReLU（SGD）：最低验证困惑度 227.68，在共 35 个周期中的第 15 个；每个周期 0.407 秒')
ZH_GATED = ('RNN：最低验证困惑度 233.14，在共 17 个周期中的第 7 个；每个周期 0.321 秒 GRU：最低验证困惑度 '
            '185.56，在共 19 个周期中的第 9 个；每个周期 0.780 秒 LSTM：最低验证困惑度 196.40，在共 23 个周期中的第 '
            '13 个；每个周期 0.919 秒')
ZH_BI = '双向：最低验证困惑度 17.17，在共 10 个周期中的第 10 个；每个周期 0.813 秒 分开始开始开始开 开 开 开 开 开 开 开'
ZH_VARIANTS = ('Adam 方法：最低验证困惑度 233.14，在共 17 个周期中的第 7 个；每个周期 0.321 秒 SGD：最低验证困惑度 '
               '236.91，在共 21 个周期中的第 11 个；每个周期 0.402 秒 Normal(0.01)：最低验证困惑度 241.80，在共 '
               '15 个周期中的第 5 个；每个周期 0.406 秒 无预热：最低验证困惑度 240.24，在共 18 个周期中的第 8 个；每个周期 '
               '0.372 秒')
ZH_EMBED = ('独热：最低验证困惑度 233.14，在共 17 个周期中的第 7 个；每个周期 0.321 秒 嵌入加丢弃法：最低验证困惑度 '
            '223.73，在共 15 个周期中的第 5 个；每个周期 0.297 秒')

CLAIMS = [
    # the counting baseline on the validation text
    (EN, 'the order chosen is 8, the largest tried, with a validation perplexity of 4.75 '
         '(order 5: 4.86)', EN_KN_ORDERS),
    (EN, 'the order chosen is 8, the largest tried, with a validation perplexity of 4.75',
     EN_KN_CHOSEN),
    # the SGD run
    (EN, 'it reaches its lowest point, 7.71, at epoch 61, and is no lower in the 20 epochs '
         'after it (8.21 at epoch 75), so the run stops at epoch 81', EN_SGD_RUN),
    (EN, '(8.21 at epoch 75)', 'epoch 75, perplexity 4.68, validation 8.21'),
    (EN, '`patience` has put the parameters of epoch 61 back', EN_SGD_RUN),
    (EN, 'does worse than the counting model (4.75)', EN_KN_CHOSEN),
    (EN, 'counting which character follows each context of up to 7 characters',
     EN_KN_CHOSEN),
    (EN, '100% of the 648 updates were clipped (to the nearest percent), with a median norm '
         'before clipping of 0.48', EN_CLIPPED),
    (EN, '("a four dime sion" echoes the four dimensions the text talks about) and comes back '
         'to "the time traveller at", and the second sample repeats "time traveller at a file '
         'that is the" word for word', EN_GREEDY),
    (EN, 'common short words (*you*, *a*, *the*, *this*, *why*) mixed with non-words (*ous*, '
         '*inge*, *ngat*, *weolr*)', EN_SAMPLED),
    # the speed of Gluon (the run stored here)
    (EN, 'the Gluon version took 0.090 s per epoch and the from-scratch version 0.288 s: '
         'Gluon was about 3.19 times as fast', EN_SPEED),
    (EN, 'SGD took 61 epochs to reach its best validation perplexity', EN_SGD_RUN),
    # the Adam recipe
    (EN, 'The gradient norm of the very first update is 1.18, already above θ = 1, and 54% of '
         'the 224 updates were clipped', EN_ADAM_CLIPPED),
    (EN, 'The recipe reaches its best validation perplexity, 8.59, at epoch 18 after 1.7 s of '
         'training; SGD reaches its best, 7.71, at epoch 61, after 5.3 s', EN_SIDE_BY_SIDE),
    (EN, 'Neither method beats the counting model (4.75) on the validation text', EN_KN_CHOSEN),
    # the test text
    (EN, "On the test text the counting model's perplexity is 4.60; the SGD network's is "
         "7.39 and the recipe's 8.39", EN_TEST),
    (EN, '(SGD 1.61, interval 1.49 to 1.73; Adam 1.82, interval 1.73 to 1.94)', EN_TEST),
    # exercises
    (EN, 'Its best validation perplexity is 5.98 at epoch 41 (the run stops at epoch 61)',
     EN_RELU),
    (EN, 'against 7.71 for $\\tanh$', EN_RELU),
    (EN, 'Both are above the counting model (4.75)', EN_KN_CHOSEN),
    (EN, '$\\tanh$ RNN 8.59, GRU 6.71, LSTM 6.58', EN_GATED),
    (EN, 'in the run stored here the cell printed 0.101, 0.173 and 0.193 s per epoch',
     EN_GATED),
    (EN, 'its validation perplexity falls to 1.22', EN_BI),
    (EN, 'greedy generation gives `travellererererererererererer`', EN_BI),
    (EN, 'the full recipe 8.59 (epoch 18), back to SGD 8.70 (epoch 23), back to '
         '`init.Normal(0.01)` 7.13 (epoch 24), no warm-up 8.15 (epoch 16)', EN_VARIANTS),
    (EN, 'Going back to SGD is worse than the full recipe in this run, by just 0.11',
     EN_VARIANTS),
    (EN, 'ran into the limit of 30 epochs less than 10 epochs after their best', EN_VARIANTS),
    (EN, 'best validation perplexity 7.71 (epoch 14) against 8.59 with one-hot input and no '
         'dropout; in the run stored here, 0.114 s per epoch against 0.101', EN_EMBED),

    # the counting baseline on the validation text
    (ZH, '从 1 阶到 2 阶，验证困惑度大幅下降（229.6 降到 153.62），3 阶反而略高（155.62），'
         '4 阶又降到 139.49', ZH_KN_ORDERS),
    (ZH, '（5 阶 137.67，6 阶 136.82，7 阶 136.76，8 阶 136.83）', ZH_KN_ORDERS),
    (ZH, '选定的阶数是 7，验证困惑度 136.76', ZH_KN_CHOSEN),
    # the SGD run
    (ZH, '它在第 15 个周期降到最低的 227.36，之后起伏着升高，20 个周期里再没有更低过，'
         '训练在第 35 个周期停止', ZH_SGD_RUN),
    (ZH, '把第 15 个周期的参数放了回去', ZH_SGD_RUN),
    (ZH, '网络也不如计数模型（136.76）', ZH_KN_CHOSEN),
    (ZH, '280 次更新中被裁剪的比例是 100%（取整到百分之一），裁剪前梯度范数的中位数是 0.48',
     ZH_CLIPPED),
    (ZH, '“分开”后面先是一个空格和一个“我”', ZH_GREEDY),
    # the speed of Gluon (the run stored here)
    (ZH, 'Gluon 版本每个周期 0.340 秒，从零开始的版本 0.482 秒：Gluon 的速度约是从零开始的版本的 '
         '1.42 倍', ZH_SPEED),
    (ZH, 'SGD 用了 15 个周期才达到', ZH_SGD_RUN),
    # the Adam recipe
    (ZH, '第一次更新的梯度范数是 0.51，还不到 θ = 1；但 136 次更新中有 56% 被裁剪了',
     ZH_ADAM_CLIPPED),
    (ZH, 'Adam 方法在第 7 个周期、训练 2.2 秒时达到最低验证困惑度 233.14；SGD 在第 15 个周期、'
         '训练 5.3 秒时达到它的最低点 227.36', ZH_SIDE_BY_SIDE),
    (ZH, '两种方法都没有胜过计数模型（136.76）', ZH_KN_CHOSEN),
    # the test text
    (ZH, '在测试文本上，计数模型的困惑度是 143.72；SGD 训练的网络是 256.50，Adam 方法训练的是 '
         '262.42', ZH_TEST),
    (ZH, '（SGD 1.78，区间 1.61 到 1.94；Adam 1.83，区间 1.66 到 1.96）', ZH_TEST),
    # exercises
    (ZH, '它的最低验证困惑度是 227.68（第 15 个周期）', ZH_RELU),
    (ZH, '$\\tanh$ 层是 227.36：两者几乎一样', ZH_RELU),
    (ZH, '两者都远不如计数模型（136.76）', ZH_KN_CHOSEN),
    (ZH, '$\\tanh$ 循环层 233.14，GRU 185.56，LSTM 196.40', ZH_GATED),
    (ZH, '单元格打印出每个周期分别是 0.321、0.780 和 0.919 秒', ZH_GATED),
    (ZH, '验证困惑度降到 17.17', ZH_BI),
    (ZH, '贪心生成得到的是 `分开始开始开始开 开 开 开 开 开 开 开`', ZH_BI),
    (ZH, '完整的方法 233.14（第 7 个周期），换回 SGD 236.91（第 11 个周期），换回 '
         '`init.Normal(0.01)` 241.80（第 5 个周期），去掉预热 240.24（第 8 个周期）',
     ZH_VARIANTS),
    (ZH, '最低验证困惑度 223.73（第 5 个周期），独热输入、没有丢弃法时是 233.14；'
         '在这里保存的这次运行中，每个周期分别是 0.297 秒和 0.321 秒', ZH_EMBED),
]

# The five runs of `make spread` (the section on another machine): d2l.show_spread's lines.
EN_S_SGD = ('78–87 epochs in 5.6–14.3 s (0.064–0.177 s/epoch); best validation perplexity '
            '7.65–7.71 at epoch 58–67')
EN_S_CLIPPED = 'median gradient norm before clipping 0.48–0.49; 100% of the 624–696 updates clipped'
EN_S_T0 = 'temperature 0: 6 different texts in 5 runs'
EN_S_T06 = 'temperature 0.6: 6 different texts in 5 runs'
EN_S_SPEED = ('from scratch: 0.172–0.562 s/epoch; Gluon: 0.064–0.192 s/epoch; Gluon is '
              '2.40–3.29 times as fast')
EN_S_ADAM_CLIPPED = ('first update: gradient norm 0.89–1.18; 39–54% of the 208–240 updates '
                     'clipped at θ = 1')
EN_S_SIDE_SGD = ('SGD: best validation perplexity 7.65–7.71 at epoch 58–67, after 4.2–10.6 s of '
                 'training; training perplexity then 5.40–6.09')
EN_S_SIDE_ADAM = ('Adam: best validation perplexity 8.42–8.59 at epoch 16–20, after 1.2–3.8 s of '
                  'training; training perplexity then 4.56–6.27')
EN_S_KN_TEST = 'test perplexity of Kneser-Ney: 4.60'
EN_S_TEST_SGD = ('SGD: test perplexity 7.39–7.53; ratio to Kneser-Ney 1.61–1.64 (95% interval '
                 '1.49–1.55 to 1.73–1.74)')
EN_S_TEST_ADAM = ('Adam: test perplexity 8.39–8.69; ratio to Kneser-Ney 1.82–1.89 (95% interval '
                  '1.73–1.78 to 1.94–2.02)')
EN_S_TANH = ('tanh (SGD): best validation perplexity 7.65–7.71 at epoch 58–67 of 78–87; '
             '0.064–0.177 s/epoch')
EN_S_RELU = ('ReLU (SGD): best validation perplexity 5.98–6.07 at epoch 39–43 of 59–63; '
             '0.077–0.177 s/epoch')
EN_S_RNN = 'RNN: best validation perplexity 8.42–8.59 at epoch 16–20 of 26–30; 0.071–0.207 s/epoch'
EN_S_GRU = 'GRU: best validation perplexity 6.71–6.80 at epoch 12–14 of 22–24; 0.183–0.283 s/epoch'
EN_S_LSTM = 'LSTM: best validation perplexity 6.58–6.66 at epoch 19 of 29; 0.218–0.281 s/epoch'
EN_S_BI = ('bidirectional: best validation perplexity 1.21–1.22 at epoch 10 of 10; '
           '0.142–0.301 s/epoch')
EN_S_RECIPE = ('Adam recipe: best validation perplexity 8.42–8.59 at epoch 16–20 of 26–30; '
               '0.071–0.207 s/epoch')
EN_S_V_SGD = 'SGD: best validation perplexity 8.53–8.77 at epoch 23–24 of 30; 0.068–0.166 s/epoch'
EN_S_V_NORMAL = ('Normal(0.01): best validation perplexity 7.06–7.13 at epoch 24–25 of 30; '
                 '0.068–0.167 s/epoch')
EN_S_V_WARMUP = ('no warm-up: best validation perplexity 7.59–8.15 at epoch 16–30 of 26–30; '
                 '0.066–0.181 s/epoch')
EN_S_ONEHOT = ('one-hot: best validation perplexity 8.42–8.59 at epoch 16–20 of 26–30; '
               '0.071–0.207 s/epoch')
EN_S_EMBED = ('embedding + dropout: best validation perplexity 7.62–7.82 at epoch 14–16 of '
              '24–26; 0.098–0.200 s/epoch')

ZH_S_SGD = ('30–36 个周期共 12.3–16.5 秒（每个周期 0.343–0.503 秒）；最低验证困惑度 '
            '227.36–241.18（第 10–16 个周期）')
ZH_S_CLIPPED = '裁剪前梯度范数的中位数 0.44–0.48，240–288 次更新中 100% 被裁剪'
ZH_S_T0 = '温度 0：5 次运行中有 4 种不同的文本'
ZH_S_T06 = '温度 0.6：5 次运行中有 6 种不同的文本'
ZH_S_SPEED = '从零开始：0.456–0.705 秒/周期；Gluon：0.341–0.514 秒/周期；Gluon 的速度是它的 1.11–1.55 倍'
ZH_S_ADAM_CLIPPED = '第一次更新：梯度范数 0.37–0.57；128–144 次更新中 56–61% 在 θ = 1 处被裁剪'
ZH_S_SIDE_SGD = ('SGD：最低验证困惑度 227.36–241.18，在第 10–16 个周期，训练了 5.0–7.2 秒；'
                 '此时训练困惑度 265.67–301.40')
ZH_S_SIDE_ADAM = ('Adam：最低验证困惑度 233.14–239.68，在第 6–8 个周期，训练了 2.2–3.3 秒；'
                  '此时训练困惑度 194.69–266.50')
ZH_S_KN_TEST = 'Kneser-Ney 模型的测试困惑度：143.72'
ZH_S_TEST_SGD = ('SGD：测试困惑度 256.50–274.40；与 Kneser-Ney 之比 1.78–1.91'
                 '（95% 区间 1.61–1.76 到 1.94–2.06）')
ZH_S_TEST_ADAM = ('Adam：测试困惑度 256.07–262.42；与 Kneser-Ney 之比 1.78–1.83'
                  '（95% 区间 1.62–1.66 到 1.94–1.96）')
ZH_S_TANH = ('tanh（SGD）：最低验证困惑度 227.36–241.18，在共 30–36 个周期中的第 10–16 个；'
             '每个周期 0.343–0.503 秒')
ZH_S_RELU = ('ReLU（SGD）：最低验证困惑度 227.51–228.04，在共 35–41 个周期中的第 15–21 个；'
             '每个周期 0.340–0.484 秒')
ZH_S_RNN = 'RNN：最低验证困惑度 233.14–239.68，在共 16–18 个周期中的第 6–8 个；每个周期 0.332–0.475 秒'
ZH_S_GRU = 'GRU：最低验证困惑度 181.18–185.56，在共 18–19 个周期中的第 8–9 个；每个周期 0.655–0.972 秒'
ZH_S_LSTM = ('LSTM：最低验证困惑度 196.40–205.42，在共 21–23 个周期中的第 11–13 个；'
             '每个周期 0.725–1.238 秒')
ZH_S_BI = '双向：最低验证困惑度 8.66–17.17，在共 10 个周期中的第 10 个；每个周期 0.705–1.056 秒'
ZH_S_RECIPE = ('Adam 方法：最低验证困惑度 233.14–239.68，在共 16–18 个周期中的第 6–8 个；'
               '每个周期 0.332–0.475 秒')
ZH_S_V_SGD = ('SGD：最低验证困惑度 236.91–245.09，在共 17–30 个周期中的第 7–25 个；'
              '每个周期 0.314–0.507 秒')
ZH_S_V_NORMAL = ('Normal(0.01)：最低验证困惑度 240.84–244.96，在共 14–15 个周期中的第 4–5 个；'
                 '每个周期 0.343–0.501 秒')
ZH_S_V_WARMUP = ('无预热：最低验证困惑度 230.07–240.24，在共 17–21 个周期中的第 7–11 个；'
                 '每个周期 0.356–0.513 秒')
ZH_S_ONEHOT = '独热：最低验证困惑度 233.14–239.68，在共 16–18 个周期中的第 6–8 个；每个周期 0.332–0.475 秒'
ZH_S_EMBED = ('嵌入加丢弃法：最低验证困惑度 223.73–231.11，在共 15–16 个周期中的第 5–6 个；'
              '每个周期 0.241–0.302 秒')

CLAIMS += [
    # the SGD run and its clipping
    (EN, 'best 7.65–7.71 at epochs 58–67, stopping at epochs 78–87', EN_S_SGD),
    (EN, '(in the five other runs also 100%, of 624–696 updates, with a median of 0.48–0.49)',
     EN_S_CLIPPED),
    (EN, 'greedy generation gave 6 different texts, and so did sampling at temperature 0.6',
     EN_S_T0),
    (EN, 'greedy generation gave 6 different texts, and so did sampling at temperature 0.6',
     EN_S_T06),
    # the speed of Gluon
    (EN, 'Gluon took 0.064–0.192 s and the from-scratch version 0.172–0.562 s per epoch, and '
         'Gluon was 2.40–3.29 times as fast: faster every time', EN_S_SPEED),
    # the Adam recipe
    (EN, '(58–67 in the five other runs)', EN_S_SGD),
    (EN, 'In the five other runs the first norm was 0.89–1.18 (not always above 1) and 39–54% '
         'of 208–240 updates were clipped', EN_S_ADAM_CLIPPED),
    (EN, 'the recipe 8.42–8.59 at epochs 16–20, SGD 7.65–7.71 at epochs 58–67', EN_S_SIDE_ADAM),
    (EN, 'the recipe 8.42–8.59 at epochs 16–20, SGD 7.65–7.71 at epochs 58–67', EN_S_SIDE_SGD),
    # the test text
    (EN, "the counting model's test perplexity was the same 4.60", EN_S_KN_TEST),
    (EN, "the SGD network's 7.39–7.53 and the recipe's 8.39–8.69", EN_S_TEST_SGD),
    (EN, "the SGD network's 7.39–7.53 and the recipe's 8.39–8.69", EN_S_TEST_ADAM),
    (EN, "interval 1.49–1.55 (SGD) and 1.73–1.78 (Adam): both networks lost every time",
     EN_S_TEST_SGD),
    (EN, "interval 1.49–1.55 (SGD) and 1.73–1.78 (Adam): both networks lost every time",
     EN_S_TEST_ADAM),
    # the section on another machine
    (EN, 'its lower end 1.49–1.55 for SGD, 1.73–1.78 for Adam', EN_S_TEST_SGD),
    (EN, 'its lower end 1.49–1.55 for SGD, 1.73–1.78 for Adam', EN_S_TEST_ADAM),
    (EN, 'Gluon was faster than the from-scratch version (2.40–3.29 times)', EN_S_SPEED),
    (EN, 'the best epochs (58–67 with SGD, 16–20 with the recipe), the best validation '
         'perplexities (7.65–7.71 and 8.42–8.59)', EN_S_SIDE_SGD),
    (EN, 'the best epochs (58–67 with SGD, 16–20 with the recipe), the best validation '
         'perplexities (7.65–7.71 and 8.42–8.59)', EN_S_SIDE_ADAM),
    (EN, 'the test perplexities (7.39–7.53 and 8.39–8.69)', EN_S_TEST_SGD),
    (EN, 'the test perplexities (7.39–7.53 and 8.39–8.69)', EN_S_TEST_ADAM),
    (EN, "the share of the recipe's updates clipped (39–54%)", EN_S_ADAM_CLIPPED),
    # exercises
    (EN, "the ReLU layer's was 5.98–6.07 (epochs 39–43) and the $\\tanh$ layer's 7.65–7.71",
     EN_S_RELU),
    (EN, "the ReLU layer's was 5.98–6.07 (epochs 39–43) and the $\\tanh$ layer's 7.65–7.71",
     EN_S_TANH),
    (EN, '(in the five other runs 8.42–8.59, 6.71–6.80 and 6.58–6.66)', EN_S_RNN),
    (EN, '(in the five other runs 8.42–8.59, 6.71–6.80 and 6.58–6.66)', EN_S_GRU),
    (EN, '(in the five other runs 8.42–8.59, 6.71–6.80 and 6.58–6.66)', EN_S_LSTM),
    (EN, '(1.21–1.22 in the five other runs), far below the counting model (4.75)', EN_S_BI),
    (EN, 'the full recipe 8.42–8.59, back to SGD 8.53–8.77, back to `init.Normal(0.01)` '
         '7.06–7.13, no warm-up 7.59–8.15', EN_S_RECIPE),
    (EN, 'the full recipe 8.42–8.59, back to SGD 8.53–8.77, back to `init.Normal(0.01)` '
         '7.06–7.13, no warm-up 7.59–8.15', EN_S_V_SGD),
    (EN, 'the full recipe 8.42–8.59, back to SGD 8.53–8.77, back to `init.Normal(0.01)` '
         '7.06–7.13, no warm-up 7.59–8.15', EN_S_V_NORMAL),
    (EN, 'the full recipe 8.42–8.59, back to SGD 8.53–8.77, back to `init.Normal(0.01)` '
         '7.06–7.13, no warm-up 7.59–8.15', EN_S_V_WARMUP),
    (EN, 'one of the five other runs had its best at epoch 30, the last', EN_S_V_WARMUP),
    (EN, 'In the five other runs it was 7.62–7.82 against 8.42–8.59', EN_S_EMBED),
    (EN, 'In the five other runs it was 7.62–7.82 against 8.42–8.59', EN_S_ONEHOT),
    (EN, '0.098–0.200 s against 0.071–0.207 s', EN_S_EMBED),
    (EN, '0.098–0.200 s against 0.071–0.207 s', EN_S_ONEHOT),

    # the SGD run and its clipping
    (ZH, '最低点是第 10–16 个周期的 227.36–241.18，训练在第 30–36 个周期停止', ZH_S_SGD),
    (ZH, '（另外五次运行也都是 100%，更新次数是 240–288，中位数是 0.44–0.48）', ZH_S_CLIPPED),
    (ZH, '贪心生成共得到 4 种不同的文本', ZH_S_T0),
    (ZH, '以温度 0.6 采样得到 6 种', ZH_S_T06),
    # the speed of Gluon
    (ZH, 'Gluon 版本每个周期 0.341–0.514 秒，从零开始的版本 0.456–0.705 秒，Gluon 的速度是它的 '
         '1.11–1.55 倍：每一次都是 Gluon 更快', ZH_S_SPEED),
    # the Adam recipe
    (ZH, '（另外五次运行中是 10–16 个周期）', ZH_S_SGD),
    (ZH, '第一次更新的梯度范数是 0.37–0.57，128–144 次更新中有 56–61% 被裁剪', ZH_S_ADAM_CLIPPED),
    (ZH, 'Adam 方法的最低点是第 6–8 个周期的 233.14–239.68，SGD 是第 10–16 个周期的 227.36–241.18',
     ZH_S_SIDE_ADAM),
    (ZH, 'Adam 方法的最低点是第 6–8 个周期的 233.14–239.68，SGD 是第 10–16 个周期的 227.36–241.18',
     ZH_S_SIDE_SGD),
    # the test text
    (ZH, '计数模型的测试困惑度都是 143.72', ZH_S_KN_TEST),
    (ZH, 'SGD 训练的网络在 256.50 到 274.40 之间', ZH_S_TEST_SGD),
    (ZH, 'Adam 方法训练的在 256.07 到 262.42 之间', ZH_S_TEST_ADAM),
    (ZH, '困惑度之比的区间下端分别在 1.61 到 1.76 和 1.62 到 1.66 之间', ZH_S_TEST_SGD),
    (ZH, '困惑度之比的区间下端分别在 1.61 到 1.76 和 1.62 到 1.66 之间', ZH_S_TEST_ADAM),
    # the section on another machine
    (ZH, '区间下端 SGD 是 1.61–1.76，Adam 是 1.62–1.66', ZH_S_TEST_SGD),
    (ZH, '区间下端 SGD 是 1.61–1.76，Adam 是 1.62–1.66', ZH_S_TEST_ADAM),
    (ZH, 'Gluon 每次都比从零开始的版本快（1.11–1.55 倍）', ZH_S_SPEED),
    (ZH, '最好的周期（SGD 是第 10–16 个，Adam 方法是第 6–8 个）、最低验证困惑度（227.36–241.18 和 '
         '233.14–239.68）', ZH_S_SIDE_SGD),
    (ZH, '最好的周期（SGD 是第 10–16 个，Adam 方法是第 6–8 个）、最低验证困惑度（227.36–241.18 和 '
         '233.14–239.68）', ZH_S_SIDE_ADAM),
    (ZH, '测试困惑度（256.50–274.40 和 256.07–262.42）', ZH_S_TEST_SGD),
    (ZH, '测试困惑度（256.50–274.40 和 256.07–262.42）', ZH_S_TEST_ADAM),
    # exercises
    (ZH, 'ReLU 层是 227.51–228.04，$\\tanh$ 层是 227.36–241.18', ZH_S_RELU),
    (ZH, 'ReLU 层是 227.51–228.04，$\\tanh$ 层是 227.36–241.18', ZH_S_TANH),
    (ZH, '（另外五次运行中分别是 233.14–239.68、181.18–185.56 和 196.40–205.42）', ZH_S_RNN),
    (ZH, '（另外五次运行中分别是 233.14–239.68、181.18–185.56 和 196.40–205.42）', ZH_S_GRU),
    (ZH, '（另外五次运行中分别是 233.14–239.68、181.18–185.56 和 196.40–205.42）', ZH_S_LSTM),
    (ZH, '（另外五次运行中是 8.66–17.17），远低于计数模型（136.76）', ZH_S_BI),
    (ZH, '有两次生成了别的文本', '分开始开始开始开始开始开始开始开始开始开始开 (1/5)'),
    (ZH, '有两次生成了别的文本', '分开分开前开前开前开始开始开始开始开始开始开 (1/5)'),
    (ZH, '完整的方法是 233.14–239.68，换回 SGD 是 236.91–245.09，换回 `init.Normal(0.01)` 是 '
         '240.84–244.96，去掉预热是 230.07–240.24', ZH_S_RECIPE),
    (ZH, '完整的方法是 233.14–239.68，换回 SGD 是 236.91–245.09，换回 `init.Normal(0.01)` 是 '
         '240.84–244.96，去掉预热是 230.07–240.24', ZH_S_V_SGD),
    (ZH, '完整的方法是 233.14–239.68，换回 SGD 是 236.91–245.09，换回 `init.Normal(0.01)` 是 '
         '240.84–244.96，去掉预热是 230.07–240.24', ZH_S_V_NORMAL),
    (ZH, '完整的方法是 233.14–239.68，换回 SGD 是 236.91–245.09，换回 `init.Normal(0.01)` 是 '
         '240.84–244.96，去掉预热是 230.07–240.24', ZH_S_V_WARMUP),
    (ZH, '另外五次运行中分别是 223.73–231.11 和 233.14–239.68', ZH_S_EMBED),
    (ZH, '另外五次运行中分别是 223.73–231.11 和 233.14–239.68', ZH_S_ONEHOT),
    (ZH, '（另外五次运行中是 0.241–0.302 秒对 0.332–0.475 秒）', ZH_S_EMBED),
    (ZH, '（另外五次运行中是 0.241–0.302 秒对 0.332–0.475 秒）', ZH_S_ONEHOT),
]
