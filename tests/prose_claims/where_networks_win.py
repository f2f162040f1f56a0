"""Prose numbers of lesson `where-networks-win`: (notebook, prose, output) claims; see
tests/test_prose_numbers.py."""

EN = 'en/where-networks-win'
ZH = 'zh/where-networks-win'

# The stored outputs the claims quote, whitespace squashed as the test squashes it.
EN_STORED = 'stored results of experiments/where_networks_win.py: 26 minutes on 2 threads'
EN_TEXTS = ('test text: text[160000:173427], 13,427 characters')
EN_KN_ORDERS = ('4 4.526 4.526 5 3.908 3.908 6 3.744 3.744 7 3.714 3.714 8 3.726 3.726 '
                'chosen order: 7')
EN_INTERP = 'chosen: orders 1 to 5, 4.082; Kneser-Ney of order 7: 3.714'
EN_KN_TEST = 'Kneser-Ney, order 7: test perplexity 3.656 on 13,426 characters'
EN_BOOT_2000 = ('2,000 100 -0.0692 -0.0904 to -0.0380 (width 0.0524) '
                '2,000 1 -0.0692 -0.0984 to -0.0415 (width 0.0570)')
EN_BOOT_ALL = ('13,426 100 -0.0735 -0.0862 to -0.0601 (width 0.0260) '
               '13,426 1 -0.0735 -0.0857 to -0.0631 (width 0.0227)')
EN_SETTINGS = ('lstm512-e64-d0.5 1 512 64 0.5 3.895 10 9.9 '
               'lstm512-e64-d0.65 1 512 64 0.65 3.888 13 11.3 '
               'lstm256x2-e64-d0.3 2 256 64 0.3 3.936 8 8.8 '
               'lstm512-e64-d0.5-lr1e-3 1 512 64 0.5 4.181 17 9.7 '
               'chosen on validation: lstm512-e64-d0.65')
EN_CHOSEN_LR = "'lr': 0.003, 'max_epochs': 40, 'patience': 4"
EN_TEST = ('test perplexity: network 3.860, Kneser-Ney 3.656 ratio network / Kneser-Ney '
           '1.056 (95% interval 1.040 to 1.072); +0.078 bits per character')
EN_CURVE_10K = '10,000 6.199 (8) 7.962 (2 of 6)'
EN_CURVE_150K = '150,000 3.656 (7) 4.039 (13 of 17)'
EN_CURVE_ORDERS = ('10,000 6.199 (8) 7.962 (2 of 6) 20,000 5.086 (6) 6.079 (6 of 10) '
                   '40,000 4.275 (8) 4.939 (8 of 12) 80,000 3.881 (7) 4.407 (8 of 12)')
EN_RESETS = ('reset every k: {1: 16.807, 2: 12.667, 4: 8.922, 8: 6.139, 16: 4.885, '
             '32: 4.373, 64: 4.132, 128: 4.003, 256: 3.934}')
EN_KN_CONTEXT = ('Kneser-Ney by context n - 1: {1: 9.56, 2: 6.361, 3: 4.511, 4: 3.847, '
                 '5: 3.685, 6: 3.656, 7: 3.662}')
EN_KN_ORDER1 = '1 16.798 16.798'
EN_MIX_VALID = ('validation perplexity: Kneser-Ney alone 3.714, network alone 3.888, '
                'mixture with w = 0.45: 3.544')
EN_MIX_TEST = ('test perplexity of the mixture: 3.504 '
               'mixture / network: 0.908 (95% interval 0.898 to 0.918) '
               'mixture / Kneser-Ney: 0.958 (95% interval 0.953 to 0.964)')
EN_POSITION = ('space: +0.050 bits per character (2,631 characters) '
               '1st: +0.134 bits per character (2,632 characters)')
EN_INSIDE = ('3rd: -0.107 bits per character (2,013 characters) '
             '4th: -0.320 bits per character (1,328 characters) '
             '5th: -0.487 bits per character (859 characters)')
EN_FREQUENCY = ('0: -0.278 bits per character (2,856 characters) '
                '1-2: -0.100 bits per character (2,681 characters) '
                '3-9: -0.001 bits per character (3,113 characters) '
                '10-99: +0.006 bits per character (4,011 characters) '
                '100+: -0.010 bits per character (760 characters)')
EN_NET_BEST = ("'are the matches he said he lit' -> ' ': network 0.972, Kneser-Ney 0.006 "
               "'ng out his hand for a specimen' -> ' ': network 0.747, Kneser-Ney 0.015")
EN_NET_CALM = "'d violently then i became calm' -> 'e': network 0.354, Kneser-Ney 0.010"
EN_NET_RARE = ("'ouched the lever at that the s' -> 'q': network 0.002, Kneser-Ney 0.000")
EN_KN_BEST = ("'ld be hard to convey the still' -> 'n': network 0.000, Kneser-Ney 0.017 "
              "'ilt specimen and all if you ll' -> ' ': network 0.000, Kneser-Ney 0.519 "
              "' some magazines here if you ll' -> ' ': network 0.001, Kneser-Ney 0.519 "
              "' i used to be forbidden to med' -> 'd': network 0.000, Kneser-Ney 0.005")
EN_KN_SAMPLE = 'with such dexterous clothes they were beautiful flowers and fell the moonliancy'
EN_NET_SAMPLE = 'i was so finty would be and i thought what the adem and the experiped'
EN_STORED_SPEED = 'stored run: 73 updates per epoch, 1071 GFLOP, 11.3 s: 94.9 GFLOP/s'
EN_SPEED = ('10 updates in 1.3 s: 10 s per epoch of 73 updates, 110.4 GFLOP/s '
            'matrix product (2048, 512) x (512, 2048): 154.6 GFLOP/s; '
            '(32, 512) x (512, 2048): 76.3 GFLOP/s '
            "training reaches 71% of the large product's rate")
EN_LYRICS = ('Jay Chou lyrics: vocabulary 2,300, 50,000 training characters test perplexity: '
             'Kneser-Ney (order 8) 155.76, network (lstm256-e128-d0.4) 292.75 ratio network / '
             'Kneser-Ney 1.880 (95% interval 1.787 to 1.975); mixture (w = 0.20) 149.48')
EN_TM_RATIO = 'ratio network / Kneser-Ney 1.056 (95% interval 1.040 to 1.072); mixture'
EN_RARE = ('lyrics: 2,300 distinct characters in 50,000; 1,518 (66%) of them occur fewer '
           'than 10 times the lyrics network has 1,280,764 parameters')
EN_WIDTHS = ('500 characters: width 0.0852 bits per character '
             '2000 characters: width 0.0524 bits per character '
             '8000 characters: width 0.0289 bits per character')
EN_RATES = ('(32, 512) x (512, 2048): 74.9 GFLOP/s (128, 512) x (512, 2048): 163.8 GFLOP/s '
            '(512, 512) x (512, 2048): 169.8 GFLOP/s')

ZH_STORED = 'experiments/where_networks_win.py 保存的结果：用 2 个线程运行了 26 分钟'
ZH_TEXTS = '测试文本：text[160000:173427]，13,427 个字符'
ZH_KN_ORDERS = ('4 4.526 4.526 5 3.908 3.908 6 3.744 3.744 7 3.714 3.714 8 3.726 3.726 '
                '选定的阶数：7')
ZH_INTERP = '选定 1 到 5 阶：4.082；7 阶 Kneser-Ney 模型：3.714'
ZH_KN_TEST = '7 阶 Kneser-Ney 模型：在 13,426 个字符上的测试困惑度 3.656'
ZH_BOOT_2000 = ('2,000 100 -0.0692 -0.0904 到 -0.0380（宽 0.0524） '
                '2,000 1 -0.0692 -0.0984 到 -0.0415（宽 0.0570）')
ZH_BOOT_ALL = ('13,426 100 -0.0735 -0.0862 到 -0.0601（宽 0.0260） '
               '13,426 1 -0.0735 -0.0857 到 -0.0631（宽 0.0227）')
ZH_SETTINGS = ('lstm512-e64-d0.5 1 512 64 0.5 3.895 10 9.9 '
               'lstm512-e64-d0.65 1 512 64 0.65 3.888 13 11.3 '
               'lstm256x2-e64-d0.3 2 256 64 0.3 3.936 8 8.8 '
               'lstm512-e64-d0.5-lr1e-3 1 512 64 0.5 4.181 17 9.7 '
               '在验证文本上选定：lstm512-e64-d0.65')
ZH_TEST = ('测试困惑度：网络 3.860，Kneser-Ney 3.656 网络与 Kneser-Ney 之比 1.056'
           '（95% 区间 1.040 到 1.072）；每字符 +0.078 比特')
ZH_CURVE_10K = '10,000 6.199 (8) 7.962 (2 / 6)'
ZH_CURVE_150K = '150,000 3.656 (7) 4.039 (13 / 17)'
ZH_CURVE_ORDERS = ('10,000 6.199 (8) 7.962 (2 / 6) 20,000 5.086 (6) 6.079 (6 / 10) '
                   '40,000 4.275 (8) 4.939 (8 / 12) 80,000 3.881 (7) 4.407 (8 / 12)')
ZH_RESETS = ('每 k 个字符重置： {1: 16.807, 2: 12.667, 4: 8.922, 8: 6.139, 16: 4.885, '
             '32: 4.373, 64: 4.132, 128: 4.003, 256: 3.934}')
ZH_KN_CONTEXT = ('Kneser-Ney，按上下文长度 n - 1： {1: 9.56, 2: 6.361, 3: 4.511, 4: 3.847, '
                 '5: 3.685, 6: 3.656, 7: 3.662}')
ZH_KN_ORDER1 = '1 16.798 16.798'
ZH_MIX_VALID = '验证困惑度：只用 Kneser-Ney 3.714，只用网络 3.888，w = 0.45 的混合 3.544'
ZH_MIX_TEST = ('混合模型的测试困惑度：3.504 '
               '混合模型 / 网络：0.908（95% 区间 0.898 到 0.918） '
               '混合模型 / Kneser-Ney：0.958（95% 区间 0.953 到 0.964）')
ZH_POSITION = ('空格：每字符 +0.050 比特（2,631 个字符） '
               '1：每字符 +0.134 比特（2,632 个字符）')
ZH_INSIDE = ('3：每字符 -0.107 比特（2,013 个字符） '
             '4：每字符 -0.320 比特（1,328 个字符） '
             '5：每字符 -0.487 比特（859 个字符）')
ZH_FREQUENCY = ('0：每字符 -0.278 比特（2,856 个字符） '
                '1-2：每字符 -0.100 比特（2,681 个字符） '
                '3-9：每字符 -0.001 比特（3,113 个字符） '
                '10-99：每字符 +0.006 比特（4,011 个字符） '
                '100+：每字符 -0.010 比特（760 个字符）')
ZH_NET_BEST = ("'are the matches he said he lit' -> ' '：网络 0.972，Kneser-Ney 0.006 "
               "'ng out his hand for a specimen' -> ' '：网络 0.747，Kneser-Ney 0.015")
ZH_NET_CALM = "'d violently then i became calm' -> 'e'：网络 0.354，Kneser-Ney 0.010"
ZH_NET_RARE = "'ouched the lever at that the s' -> 'q'：网络 0.002，Kneser-Ney 0.000"
ZH_KN_BEST = ("'ld be hard to convey the still' -> 'n'：网络 0.000，Kneser-Ney 0.017 "
              "'ilt specimen and all if you ll' -> ' '：网络 0.000，Kneser-Ney 0.519 "
              "' some magazines here if you ll' -> ' '：网络 0.001，Kneser-Ney 0.519 "
              "' i used to be forbidden to med' -> 'd'：网络 0.000，Kneser-Ney 0.005")
ZH_STORED_SPEED = '保存的运行：每个周期 73 次更新，1071 GFLOP，11.3 秒：94.9 GFLOP/s'
ZH_SPEED = ('10 次更新用了 1.2 秒：每个周期 73 次更新约需 9 秒，119.7 GFLOP/s '
            '矩阵乘法 (2048, 512) x (512, 2048)：193.5 GFLOP/s；'
            '(32, 512) x (512, 2048)：99.4 GFLOP/s '
            '训练达到大矩阵乘法速度的 62%')
ZH_LYRICS = ('周杰伦歌词：词表 2,300 个字符，训练文本 50,000 个字符 '
             '测试困惑度：Kneser-Ney（8 阶）155.76，网络（lstm256-e128-d0.4）292.75 '
             '网络与 Kneser-Ney 之比 1.880（95% 区间 1.787 到 1.975）；'
             '混合模型（w = 0.20）149.48')
ZH_TM_RATIO = '网络与 Kneser-Ney 之比 1.056（95% 区间 1.040 到 1.072）；混合模型'
ZH_RARE = ('歌词：50,000 个字符中有 2,300 种不同的字符；其中 1,518 种（66%）出现不到 10 次 '
           '歌词所用的网络有 1,280,764 个参数')
ZH_WIDTHS = ('500 个字符：区间宽度每字符 0.0852 比特 '
             '2000 个字符：区间宽度每字符 0.0524 比特 '
             '8000 个字符：区间宽度每字符 0.0289 比特')
ZH_RATES = ('(32, 512) x (512, 2048)：100.7 GFLOP/s (128, 512) x (512, 2048)：165.9 GFLOP/s '
            '(512, 512) x (512, 2048)：163.5 GFLOP/s')

CLAIMS = [
    # the stored experiment; the three texts
    (EN, 'Training these networks took 26 minutes on two cores', EN_STORED),
    (EN, 'the model that happens to do best on these particular 13,000 characters', EN_TEXTS),
    # Kneser-Ney and the interpolation on validation text
    (EN, 'order 7 is the best, at 3.714', EN_KN_ORDERS),
    (EN, 'The validation perplexity falls steeply up to order 5 and then flattens',
     EN_KN_ORDERS),
    (EN, 'Kneser–Ney is lower on the validation text, 3.714 against 4.082', EN_INTERP),
    # the bootstrap by hand and with paired_bootstrap
    (EN, 'On all 13,426 characters, order 7 is better than order 5 by 0.0735 bits per '
         'character, and the interval, −0.0862 to −0.0601, excludes zero', EN_BOOT_ALL),
    (EN, 'the interval is twice as wide (0.0524 against 0.0260): −0.0904 to −0.0380, which '
         'still excludes zero', EN_BOOT_2000),
    (EN, 'the interval is twice as wide (0.0524 against 0.0260)', EN_BOOT_ALL),
    (EN, 'narrower (width 0.0227 against 0.0260)', EN_BOOT_ALL),
    (EN, 'on 2,000 characters they do not (0.0570 against 0.0524)', EN_BOOT_2000),
    # the settings tried
    (EN, 'one layer of 512 units with dropout 0.5 (best validation perplexity 3.895, at '
         'epoch 10); the same with dropout 0.65 (3.888, epoch 13); two stacked layers of 256 '
         'units with dropout 0.3 (3.936, epoch 8); and one layer of 512 with dropout 0.5 and '
         'a learning rate of 0.001 instead of 0.003 (4.181, epoch 17)', EN_SETTINGS),
    (EN, 'a learning rate of 0.001 instead of 0.003', EN_CHOSEN_LR),
    (EN, 'its best validation perplexity, 3.888 at epoch 13, is **above** Kneser–Ney\'s '
         '3.714', EN_SETTINGS),
    (EN, 'its best validation perplexity, 3.888 at epoch 13, is **above** Kneser–Ney\'s '
         '3.714', EN_KN_ORDERS),
    (EN, 'lie within 0.05 of each other (3.888 to 3.936)', EN_SETTINGS),
    (EN, 'at best epochs 8 to 13 with learning rate 0.003 (17 with the smaller one',
     EN_SETTINGS),
    (EN, 'each run stops when validation perplexity has not improved for 4 epochs',
     EN_CHOSEN_LR),
    # the one comparison on the test text
    (EN, "Its perplexity is 3.860 against Kneser–Ney's 3.656, 0.078 bits per character "
         "more; the ratio, 1.056, has its whole 95% interval, 1.040 to 1.072, above 1",
     EN_TEST),
    (EN, 'Kneser–Ney of order 7, reaches a test perplexity of 3.656', EN_KN_TEST),
    (EN, 'reaches 3.860 and **loses**: ratio 1.056, 95% interval 1.040 to 1.072', EN_TEST),
    # the learning curve
    (EN, "at 10,000 characters its test perplexity is 7.962 against Kneser–Ney's 6.199",
     EN_CURVE_10K),
    (EN, 'at 150,000 it is 4.039 against 3.656', EN_CURVE_150K),
    (EN, 'This smaller network ends above the chosen one, 4.039 against 3.860',
     EN_CURVE_150K),
    (EN, "Kneser–Ney's order, chosen on validation text for each size, stays between 6 and 8",
     EN_CURVE_ORDERS),
    (EN, 'from epoch 2 of 6 at 10,000 characters to epoch 13 of 17 at 150,000',
     EN_CURVE_150K),
    (EN, 'from epoch 2 of 6 at 10,000 characters', EN_CURVE_10K),
    (EN, '7.962 against 6.199 at 10,000 characters, 4.039 against 3.656 at 150,000',
     EN_CURVE_150K),
    # the context ablation
    (EN, 'its perplexity, 16.807, is about that of a model with no context at all',
     EN_RESETS),
    (EN, 'Kneser–Ney of order 1 scores 16.798 on the validation text', EN_KN_ORDER1),
    (EN, 'far above Kneser–Ney of order 2 (9.56)', EN_KN_CONTEXT),
    (EN, 'Kneser–Ney gains nothing beyond 6 characters of context (3.656; 7 characters: '
         '3.662)', EN_KN_CONTEXT),
    (EN, 'the network goes from 6.139 at $k$ = 8 to 4.885 at 16, 4.132 at 64 and 3.934 at '
         '256', EN_RESETS),
    (EN, 'its test perplexity, 16.807, is about that of a model with no context', EN_RESETS),
    (EN, '16.807, against 16.798 for Kneser–Ney of order 1 on the validation text',
     EN_KN_ORDER1),
    # the mixture
    (EN, 'The weight chosen on validation text is 0.45 (validation perplexity 3.544, against '
         '3.714 for Kneser–Ney alone and 3.888 for the network alone', EN_MIX_VALID),
    (EN, 'On the test text the mixture reaches 3.504: better than the network alone (ratio '
         '0.908, 95% interval 0.898 to 0.918) and better than Kneser–Ney (ratio 0.958, 95% '
         'interval 0.953 to 0.964)', EN_MIX_TEST),
    # where the network wins and loses
    (EN, 'on the first letter of a word it saves 0.134 bits per character, and on the space '
         'after a word 0.050', EN_POSITION),
    (EN, '−0.107 bits on the 3rd letter, −0.320 on the 4th, −0.487 on the 5th', EN_INSIDE),
    (EN, 'the network loses most, −0.278 bits per character, and where they occur once or '
         'twice, −0.100; where they occur 3 times or more, the two are within 0.01 bits',
     EN_FREQUENCY),
    (EN, 'averages over groups of 760 to 4,011 characters', EN_FREQUENCY),
    (EN, 'gives the true next character almost nothing (0.006, 0.015, 0.010)', EN_NET_BEST),
    (EN, 'gives the true next character almost nothing (0.006, 0.015, 0.010)', EN_NET_CALM),
    (EN, "the network's 0.002 and 0.003 are small too", EN_NET_RARE),
    (EN, 'keeps some probability for these characters, 0.005 to 0.519; the network gives '
         'them 0.000 or 0.001', EN_KN_BEST),
    (EN, '*with such dexterous clothes they were beautiful flowers*', EN_KN_SAMPLE),
    (EN, '(*finty*, *adem*, *experiped*, *persecticity*, *armined*)', EN_NET_SAMPLE),
    # speed
    (EN, 'training on the machine that built this page ran at 110.4 GFLOP/s (the stored '
         'experiment: 94.9), against 154.6 GFLOP/s for one large matrix product: training '
         'reached 71% of that rate', EN_SPEED),
    (EN, '(the stored experiment: 94.9)', EN_STORED_SPEED),
    (EN, 'in this run a small product ran at 76.3 GFLOP/s', EN_SPEED),
    # the lyrics
    (EN, "Kneser–Ney's test perplexity is 155.76, the network's 292.75, a ratio of 1.880 "
         "whose whole 95% interval, 1.787 to 1.975, lies above 1", EN_LYRICS),
    (EN, 'a network weight of only 0.20 on the validation text and reaches 149.48',
     EN_LYRICS),
    (EN, 'than on The Time Machine (1.056)', EN_TM_RATIO),
    (EN, '1,518 of them, 66%, occur fewer than 10 times', EN_RARE),
    (EN, '1,280,764 parameters from 50,000 characters', EN_RARE),
    # summary and exercises
    (EN, 'A mixture of the two, weighted on validation text, beats both: 3.504 on test text, '
         'ratio 0.958 (95% interval 0.953 to 0.964) against Kneser–Ney', EN_MIX_TEST),
    (EN, 'training reached 71% of the rate of one large matrix product', EN_SPEED),
    (EN, 'counting wins by far, a ratio of 1.880', EN_LYRICS),
    (EN, 'Would you expect the weight of the network to be larger or smaller than the 0.45',
     EN_MIX_VALID),
    (EN, 'the network gets 0.45 although it loses on its own (3.860 against 3.656 on test '
         'text)', EN_TEST),
    (EN, 'the learning curve\'s network has a test perplexity of 7.962 there against '
         'Kneser–Ney\'s 6.199', EN_CURVE_10K),
    (EN, 'the first 500, 2,000 and 8,000 test characters: 0.0852, 0.0524 and 0.0289 bits per '
         'character', EN_WIDTHS),
    (EN, 'it printed 74.9 GFLOP/s for 32 rows, 163.8 for 128 and 169.8 for 512', EN_RATES),
    (EN, '(154.6 GFLOP/s; timings', EN_SPEED),
    (EN, 'an epoch of 150,000 characters is 73 updates at batch 32', EN_STORED_SPEED),

    (ZH, '这里保存的结果在两个核上训练了 26 分钟', ZH_STORED),
    (ZH, '恰好在这 13,000 多个字符上表现最好的模型', ZH_TEXTS),
    (ZH, '最好的是 7 阶，验证困惑度 3.714', ZH_KN_ORDERS),
    (ZH, '验证困惑度在 5 阶以前下降很快，之后趋于平缓', ZH_KN_ORDERS),
    (ZH, '在验证文本上 Kneser–Ney 更低，3.714 对 4.082', ZH_INTERP),
    (ZH, '在全部 13,426 个字符上，7 阶比 5 阶每字符好 0.0735 比特，区间 −0.0862 到 −0.0601 '
         '不包含零', ZH_BOOT_ALL),
    (ZH, '区间宽了一倍（宽度 0.0524 对 0.0260）：−0.0904 到 −0.0380，因为这个差别很大，区间仍不包含零',
     ZH_BOOT_2000),
    (ZH, '区间宽了一倍（宽度 0.0524 对 0.0260）', ZH_BOOT_ALL),
    (ZH, '全部字符上的区间更窄（宽度 0.0227 对 0.0260）', ZH_BOOT_ALL),
    (ZH, '在 2,000 个字符上却没有更窄（0.0570 对 0.0524）', ZH_BOOT_2000),
    (ZH, '一层 512 个单元、丢弃率 0.5（最低验证困惑度 3.895，在第 10 个周期）；同样的网络、丢弃率 '
         '0.65（3.888，第 13 个周期）；两层各 256 个单元叠加、丢弃率 0.3（3.936，第 8 个周期）；一层 '
         '512 个单元、丢弃率 0.5、学习率用 0.001 而不是 0.003（4.181，第 17 个周期）', ZH_SETTINGS),
    (ZH, '学习率用 0.001 而不是 0.003', EN_CHOSEN_LR),
    (ZH, '它的最低验证困惑度 3.888（第 13 个周期）**高于** Kneser–Ney 的 3.714', ZH_SETTINGS),
    (ZH, '它的最低验证困惑度 3.888（第 13 个周期）**高于** Kneser–Ney 的 3.714', ZH_KN_ORDERS),
    (ZH, '三种设置彼此相差不到 0.05（3.888 到 3.936）', ZH_SETTINGS),
    (ZH, '学习率为 0.003 时最好的周期在第 8 到第 13 个周期之间（学习率更小的那次学得更慢，在第 17 个周期）',
     ZH_SETTINGS),
    (ZH, '验证困惑度连续 4 个周期没有改进就停止训练', EN_CHOSEN_LR),
    (ZH, '它的困惑度是 3.860，Kneser–Ney 是 3.656，每字符多 0.078 比特；两者之比 1.056 的整个 95% '
         '区间（1.040 到 1.072）都在 1 以上', ZH_TEST),
    (ZH, '最强的计数模型 7 阶 Kneser–Ney 的测试困惑度是 3.656', ZH_KN_TEST),
    (ZH, '是 3.860，**输了**：两者之比 1.056，95% 区间 1.040 到 1.072', ZH_TEST),
    (ZH, '10,000 个字符时，它的测试困惑度是 7.962，Kneser–Ney 是 6.199', ZH_CURVE_10K),
    (ZH, '150,000 个字符时是 4.039 对 3.656', ZH_CURVE_150K),
    (ZH, '这个较小的网络最后比选定的网络差，4.039 对 3.860', ZH_CURVE_150K),
    (ZH, '每种大小上用验证文本选出的 Kneser–Ney 阶数都在 6 到 8 之间', ZH_CURVE_ORDERS),
    (ZH, '从 10,000 个字符时的第 2 个周期（共训练 6 个）', ZH_CURVE_10K),
    (ZH, '到 150,000 个字符时的第 13 个周期（共 17 个）', ZH_CURVE_150K),
    (ZH, '10,000 个字符时 7.962 对 6.199，150,000 个字符时 4.039 对 3.656', ZH_CURVE_150K),
    (ZH, '它的困惑度 16.807 与完全不用上下文的模型差不多', ZH_RESETS),
    (ZH, '1 阶 Kneser–Ney 在验证文本上是 16.798', ZH_KN_ORDER1),
    (ZH, '远高于看到同样一个字符的 2 阶 Kneser–Ney（9.56）', ZH_KN_CONTEXT),
    (ZH, 'Kneser–Ney 的上下文超过 6 个字符就不再有收益（3.656；7 个字符：3.662）', ZH_KN_CONTEXT),
    (ZH, '网络则从 $k$ = 8 时的 6.139 降到 16 时的 4.885、64 时的 4.132、256 时的 3.934', ZH_RESETS),
    (ZH, '可它的测试困惑度 16.807 却与不用上下文的模型', ZH_RESETS),
    (ZH, '16.807，而 1 阶 Kneser–Ney 在验证文本上是 16.798', ZH_KN_ORDER1),
    (ZH, '在验证文本上选定的权重是 0.45（验证困惑度 3.544；只用 Kneser–Ney 是 3.714，只用网络是 3.888',
     ZH_MIX_VALID),
    (ZH, '混合模型在测试文本上达到 3.504：比单独的网络好（比值 0.908，95% 区间 0.898 到 0.918），'
         '也比 Kneser–Ney 好（比值 0.958，95% 区间 0.953 到 0.964）', ZH_MIX_TEST),
    (ZH, '在词的第一个字母上每字符省 0.134 比特，在词后的空格上省 0.050 比特', ZH_POSITION),
    (ZH, '第 3 个字母 −0.107 比特，第 4 个 −0.320，第 5 个 −0.487', ZH_INSIDE),
    (ZH, '网络输得最多，每字符 −0.278 比特，出现一两次时仍是 −0.100；出现 3 次及以上时，两者相差不到 '
         '0.01 比特', ZH_FREQUENCY),
    (ZH, '这些是 760 到 4,011 个字符的组内平均值', ZH_FREQUENCY),
    (ZH, '几乎不给真正的下一个字符留概率（0.006、0.015、0.010）', ZH_NET_BEST),
    (ZH, '几乎不给真正的下一个字符留概率（0.006、0.015、0.010）', ZH_NET_CALM),
    (ZH, '网络的 0.002 和 0.003 也很小', ZH_NET_RARE),
    (ZH, '给这些字符留下一些概率，从 0.005 到 0.519；网络给它们的却是 0.000 或 0.001', ZH_KN_BEST),
    (ZH, '*with such dexterous clothes they were beautiful flowers*', EN_KN_SAMPLE),
    (ZH, '（*finty*、*adem*、*experiped*、*persecticity*、*armined*）', EN_NET_SAMPLE),
    (ZH, '生成本页的机器上训练的速度是 119.7 GFLOP/s（保存的实验：94.9 GFLOP/s），而一次大的矩阵乘法是 '
         '193.5 GFLOP/s：训练达到了它的 62%', ZH_SPEED),
    (ZH, '（保存的实验：94.9 GFLOP/s）', ZH_STORED_SPEED),
    (ZH, '这次运行中小乘法的速度只有 99.4 GFLOP/s', ZH_SPEED),
    (ZH, 'Kneser–Ney 的测试困惑度是 155.76，网络是 292.75，两者之比 1.880 的整个 95% 区间'
         '（1.787 到 1.975）都在 1 以上', ZH_LYRICS),
    (ZH, '只给网络 0.20 的权重，在测试文本上达到 149.48', ZH_LYRICS),
    (ZH, '为什么差距比《时间机器》上（1.056）大得多', ZH_TM_RATIO),
    (ZH, '其中 1,518 种（66%）出现不到 10 次', ZH_RARE),
    (ZH, '要从 50,000 个字符中学习 1,280,764 个参数', ZH_RARE),
    (ZH, '测试困惑度 3.504，与 Kneser–Ney 之比 0.958（95% 区间 0.953 到 0.964）', ZH_MIX_TEST),
    (ZH, '训练达到了这台机器上一次大的矩阵乘法速度的 62%', ZH_SPEED),
    (ZH, '计数模型遥遥领先，两者之比 1.880', ZH_LYRICS),
    (ZH, '你预计网络的权重会比这里的 0.45 大还是小', ZH_MIX_VALID),
    (ZH, '这里的网络单独使用时输了（测试文本上 3.860 对 3.656）', ZH_TEST),
    (ZH, '学习曲线中的网络在那里的测试困惑度是 7.962，Kneser–Ney 是 6.199', ZH_CURVE_10K),
    (ZH, '前 500、2,000 和 8,000 个测试字符上的区间宽度：每字符 0.0852、0.0524 和 0.0289 比特',
     ZH_WIDTHS),
    (ZH, '32 行 100.7 GFLOP/s，128 行 165.9，512 行 163.5', ZH_RATES),
    (ZH, '大矩阵乘法的 193.5 GFLOP/s', ZH_SPEED),
    (ZH, '150,000 个字符的一个周期在批量 32 时是 73 次更新', ZH_STORED_SPEED),
]
