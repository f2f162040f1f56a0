"""Prose numbers of lesson `language-models`: (notebook, prose, output) claims; see
tests/test_prose_numbers.py."""

EN = 'en/language-models'
ZH = 'zh/language-models'

# The stored outputs the claims quote, whitespace squashed as the test squashes it.
EN_NGRAM_TABLE = '1 16.63 9.57 7.96 0.1 16.62 9.46 6.89 0.01 16.62 9.56 7.46'
EN_ALONE = 'Time Machine, add-α n-gram, order n alone: 16.63 9.46 6.89 6.52 7.93 10.03 12.97 15.20'
EN_MIXED = ('Time Machine, interpolation of orders 1 to n: '
            '16.63 9.43 6.63 5.53 5.31 5.27 5.27 5.27')
EN_KN = 'Time Machine, Kneser–Ney of order n: 16.62 9.45 6.58 5.22 4.86 4.77 4.77 4.75'
EN_LYRICS_MIXED = ('lyrics, interpolation of orders 1 to n: '
                   '234.66 162.54 170.82 168.88 170.77 171.06 170.97 170.95')
EN_LYRICS_KN = ('lyrics, Kneser–Ney of order n: '
                '229.60 153.62 155.62 139.49 137.67 136.82 136.76 136.83')
EN_TABLE = ('27.00 1027.00 uniform guess (vocabulary size) 16.63 234.66 unigram '
            '9.46 350.56 bigram 6.89 923.84 trigram')
EN_BASELINE = '4.75 136.76 Kneser-Ney, order chosen on validation: the baseline'
EN_TEST_TM = ('Time Machine: test perplexity, Kneser-Ney (order 8) 4.60, interpolation of '
              'orders 1-5 5.09; ratio 0.905, 95% interval 0.887 to 0.924')
EN_TEST_LYRICS = ('lyrics: test perplexity, Kneser-Ney (order 7) 143.72, interpolation of '
                  'orders 1-5 171.23; ratio 0.839, 95% interval 0.807 to 0.862')
EN_SAME_GRADS = ('detach: [ 0.740213 -0.467216 -0.569298] '
                 'no detach: [ 0.740213 -0.467216 -0.569298]')

ZH_NGRAM_TABLE = '1 234.66 493.10 902.83 0.1 232.48 343.29 783.25 0.01 232.52 426.14 795.11'
ZH_ALONE = ('歌词，单独一阶的加 α n 元语法： '
            '234.66 350.56 923.84 1016.02 1052.83 1032.09 1022.99 1027.00')
ZH_MIXED = '歌词，1 到 n 阶的插值： 234.66 162.54 170.82 168.88 170.77 171.06 170.97 170.95'
ZH_KN = '歌词，n 阶 Kneser–Ney： 229.60 153.62 155.62 139.49 137.67 136.82 136.76 136.83'
ZH_TM_ALONE = '时间机器，单独一阶的加 α n 元语法： 16.63 9.46 6.89 6.52 7.93 10.03 12.97 15.20'
ZH_TM_MIXED = '时间机器，1 到 n 阶的插值： 16.63 9.43 6.63 5.53 5.31 5.27 5.27 5.27'
ZH_TM_KN = '时间机器，n 阶 Kneser–Ney： 16.62 9.45 6.58 5.22 4.86 4.77 4.77 4.75'
ZH_TABLE = ('1027.00 27.00 均匀猜测（词表大小） 234.66 16.63 一元语法 350.56 9.46 二元语法 '
            '923.84 6.89 三元语法')
ZH_BASELINE = '136.76 4.75 Kneser-Ney，阶数在验证文本上选定：基线'
ZH_TEST_LYRICS = ('歌词：测试困惑度，Kneser-Ney（7 阶）143.72，1 到 5 阶的插值 171.23；'
                  '之比 0.839，95% 区间 0.807 到 0.862')
ZH_TEST_TM = ('时间机器：测试困惑度，Kneser-Ney（8 阶）4.60，1 到 5 阶的插值 5.09；'
              '之比 0.905，95% 区间 0.887 到 0.924')
ZH_SAME_GRADS = '分离： [ 0.740213 -0.467216 -0.569298] 不分离： [ 0.740213 -0.467216 -0.569298]'

CLAIMS = [
    # the vocabulary and the n-gram counts
    (EN, 'The training text uses 26 letters and the space.', 'vocabulary size: 27'),
    (EN, 'there are 19,683 possible trigrams, about twice as many as the 9,998 trigrams in '
         'the text, and 1,711 of them occur',
     'n=3: possible 19,683 in the text 9,998 distinct 1,711'),
    (EN, 'where the 351 distinct pairs run out', 'n=2: possible 729 in the text 9,999 distinct 351'),
    (EN, '`h` occurs more than twice as often as `y` (454 against 194 times) yet after fewer '
         'different characters (10 against 14)',
     "'h': 454 times, after 10 distinct characters"),
    (EN, '(454 against 194 times) yet after fewer different characters (10 against 14)',
     "'y': 194 times, after 14 distinct characters"),
    # perplexity of the uniform guess; the validation characters
    (EN, 'The uniform guess scores exactly the vocabulary size, 27',
     'uniform over the vocabulary: 27.0'),
    (EN, 'In *The Time Machine* every character is a letter or a space, so nothing is dropped',
     'validation characters: 2000 kept: 2000 dropped: 0'),
    (EN, '1,999 characters of *The Time Machine*, and 1,746 of the lyrics',
     'validation characters scored: [1999, 1746]'),
    # add-alpha models
    (EN, 'training and validation perplexity are all close to 9.5',
     '1 9.71 9.57 0.1 9.45 9.46 0.01 9.42 9.56'),
    (EN, 'down to 16.62 (for $\\alpha = 0.1$)', EN_NGRAM_TABLE),
    (EN, 'One character of context brings it to 9.46, two characters to 6.89', EN_NGRAM_TABLE),
    (EN, 'for the unigram model all three values are within 0.01 of each other', EN_NGRAM_TABLE),
    (EN, 'the values chosen on the training text are also the best of the table above for '
         'the bigram and trigram models',
     'n=2: alpha 0.1 (chosen on training text), validation perplexity 9.46 '
     'n=3: alpha 0.1 (chosen on training text), validation perplexity 6.89'),
    # interpolation weights
    (EN, 'The trigram gets most of the weight (0.822) and the unigram almost none (0.006)',
     'weights of unigram, bigram, trigram: [0.006 0.172 0.822]'),
    (EN, 'orders 3, 4 and 5 get 0.326, 0.302 and 0.245, the bigram 0.126 and the unigram '
         'almost nothing (0.002)',
     'weights of orders 1 to 5: [0.002 0.126 0.326 0.302 0.245]'),
    # the counting models on both corpora
    (EN, 'from 27 to 16.63, one character of context to 9.46, two to 6.89', EN_TABLE),
    (EN, 'A single add-α model is best with three characters of context, 6.52 at order 4',
     '6.52 234.66 add-alpha, best single order'),
    (EN, 'from order 5 on it gets worse again (15.20 at order 8)', EN_ALONE),
    (EN, '6.63 with orders 1 to 3, 5.31 with orders 1 to 5, and no worse beyond (5.27)',
     EN_MIXED),
    (EN, 'Kneser–Ney is below it at every order from 3 on and reaches 4.75 at order 8', EN_KN),
    (EN, 'orders 6 to 8 hardly differ (4.77, 4.77, 4.75)', EN_KN),
    (EN, 'the bigram (350.56) and trigram (923.84) models do worse than the unigram model '
         '(234.66), the best single order', EN_TABLE),
    (EN, 'the best single order', 'best single order: [4, 1]'),
    (EN, '(162.54 with orders 1 and 2, 170.82 with orders 1 to 3, 170.77 with orders 1 to 5)',
     EN_LYRICS_MIXED),
    (EN, '153.62 at order 2, and 136.76 at order 7', EN_LYRICS_KN),
    (EN, '78.7% of the validation characters follow four characters seen in the training '
         'text, and in deleted estimation about as many (74.6%)', '74.6% 78.7% Time Machine'),
    (EN, 'On the lyrics only 2.7% of the validation characters do', '18.2% 2.7% lyrics'),
    (EN, 'such repeats are far more common (18.2%)', '18.2% 2.7% lyrics'),
    (EN, '(170.77 against 162.54)', EN_LYRICS_MIXED),
    # the baseline and the test text
    (EN, 'it scores 4.75 on *The Time Machine* (order 8) and 136.76 on the lyrics (order 7)',
     EN_BASELINE),
    (EN, '(order 8) and 136.76 on the lyrics (order 7)', 'Kneser-Ney order: [8, 7]'),
    (EN, 'the bigram model alone (9.46 and 350.56)', '9.46 350.56 bigram'),
    (EN, 'the interpolation of orders 1 to 5 (5.31 and 170.77)',
     '5.31 170.77 interpolated, orders 1-5'),
    (EN, 'Kneser–Ney scores 4.60 on *The Time Machine* against the interpolation\'s 5.09, a '
         'perplexity ratio of 0.905 (95% interval 0.887 to 0.924)', EN_TEST_TM),
    (EN, '143.72 on the lyrics against 171.23, a ratio of 0.839 (0.807 to 0.862)',
     EN_TEST_LYRICS),
    (EN, 'are not the validation scores (4.75 and 136.76)', EN_BASELINE),
    # sampling on the toy corpus
    (EN, 'With `num_steps=6` there are only six offsets, so a cut can also come back',
     'epoch 1: pieces start at [4, 10, 16, 22] epoch 2: pieces start at [3, 9, 15, 21] '
     'epoch 3: pieces start at [4, 10, 16, 22]'),
    (EN, 'in epoch 2, row 0 reads 2–7 and then 8–13, row 1 reads 16–21 and then 22–27',
     'epoch 2: X = [[2, 3, 4, 5, 6, 7], [16, 17, 18, 19, 20, 21]] '
     'Y = [[3, 4, 5, 6, 7, 8], [17, 18, 19, 20, 21, 22]] '
     'X = [[8, 9, 10, 11, 12, 13], [22, 23, 24, 25, 26, 27]]'),
    (EN, 'The offsets of these three epochs are 5, 2 and 3',
     'epoch 1: X = [[5, 6, 7, 8, 9, 10], [17, 18, 19, 20, 21, 22]] '
     'Y = [[6, 7, 8, 9, 10, 11], [18, 19, 20, 21, 22, 23]] epoch 2: X = [[2, 3'),
    (EN, 'The offsets of these three epochs are 5, 2 and 3',
     'epoch 3: X = [[3, 4, 5, 6, 7, 8], [16, 17, 18, 19, 20, 21]]'),
    (EN, 'The random minibatches are the first ones printed above',
     'X = [[15, 16, 17, 18, 19, 20], [9, 10, 11, 12, 13, 14]]'),
    # detaching the state
    (EN, 'The same to the last digit.', EN_SAME_GRADS),
    (EN, '(0.724194 instead of 0.740213)', 'retain_graph, no detach: [ 0.724194'),
    (EN, '(0.724194 instead of 0.740213)', 'retain_graph, detach: [ 0.740213'),
    # summary
    (EN, '4.75 on the validation text of *The Time Machine* (order 8) and 136.76 on that of '
         'the lyrics (order 7)', EN_BASELINE),
    (EN, 'The best single add-α order is 4 on *The Time Machine* and 1 on the lyrics',
     'best single order: [4, 1]'),
    # exercises
    (EN, '$27^3 = 19{,}683$ possible trigrams against $10{,}000 - 3 + 1 = 9{,}998$ in the '
         'text, of which 1,711 are distinct',
     'n=3: possible 19,683 in the text 9,998 distinct 1,711'),
    (EN, '7.96, 6.89 and 7.46 for $\\alpha$ = 1, 0.1 and 0.01', EN_NGRAM_TABLE),
    (EN, 'the bigram model (9.46 at best)', EN_NGRAM_TABLE),
    (EN, '21.3% of the validation text of *The Time Machine*: 100% minus the 78.7%',
     '74.6% 78.7% Time Machine'),
    (EN, '6.52 at order 4, 15.20 at order 8', EN_ALONE),
    (EN, '6.58 at order 3, 4.77 at order 6, 4.75 at order 8', EN_KN),
    (EN, 'on the lyrics it moves by less than 0.1 from order 6 on', EN_LYRICS_KN),

    # 中文版
    (ZH, '训练文本用到了 1,027 个不同的字符（包括空格）', '词表大小： 1027'),
    (ZH, '空格是最常见的字符，其次是“我”“的”“你”“不”',
     "n=1: [(' ', 1352), ('我', 367), ('的', 340), ('你', 216), ('不', 176)"),
    (ZH, '可能的三元组超过十亿个（$1{,}027^3$），而训练文本只有 9,998 个三元组，其中不同的只有 4,189 个',
     'n=3: 可能的 1,083,206,683 文本中的 9,998 不同的 4,189'),
    (ZH, '就连二元组，可能的也有一百多万个，出现过的只有 3,184 个，其中 783 个只出现一次',
     'n=2: 可能的 1,054,729 文本中的 9,999 不同的 3,184 只出现一次的 783'),
    (ZH, '“截”只出现在“双截棍”里，总在“双”之后', "'截'：出现 17 次，跟在 1 个不同的字符后面"),
    (ZH, '均匀猜测的困惑度恰好是词表大小 1027', '在词表上均匀猜测： 1027.0'),
    (ZH, '本课歌词的 2,000 个验证字符中有 253 个', '验证字符： 2000 保留： 1747 丢弃： 253'),
    (ZH, '2,000 个字符里有 253 个（100 种不同的字）从未在训练文本中出现，被丢弃了，留下 1,747 个',
     '验证字符： 2000 保留： 1747 丢弃： 253 不同的新字： 100'),
    (ZH, '歌词的验证文本 2,000 个字符保留了 1,747 个，评分的是其中 1,746 个；《时间机器》是 1,999 个',
     '评分的验证字符数： [1746, 1999]'),
    (ZH, '$\\alpha = 0.01$ 几乎就是单纯计数，在训练文本上困惑度很低，在验证文本上却很差',
     '0.01 13.17 426.14'),
    (ZH, '降到了 232.48（$\\alpha = 0.1$），比二元语法（343.29）和三元语法（783.25）都好',
     ZH_NGRAM_TABLE),
    (ZH, '三元语法模型选了 $\\alpha = 0.003$，验证困惑度 923.84',
     'n=3：alpha 0.003（在训练文本上选定），验证困惑度 923.84'),
    (ZH, '而上表中 $\\alpha = 0.1$ 只有 783.25', ZH_NGRAM_TABLE),
    (ZH, '一元语法的权重（0.379）和三元语法（0.422）相差不大', '一元、二元、三元语法的权重： [0.379 0.199 0.422]'),
    (ZH, '得到 0.311 的权重，几乎和一元语法（0.324）一样多，而三阶和四阶只有 0.09 和 0.068',
     '1 到 5 阶的权重： [0.324 0.207 0.09 0.068 0.311]'),
    (ZH, '只看字频（一元语法）就把困惑度从 1,027 降到 234.66，这也是最好的单独一阶', ZH_TABLE),
    (ZH, '这也是最好的单独一阶', '最好的单独一阶： [1, 4]'),
    (ZH, '再加一个字的上下文（二元语法，350.56）或两个字（三元语法，923.84）反而更差', ZH_TABLE),
    (ZH, '（1 到 2 阶 162.54，1 到 3 阶 170.82，1 到 5 阶 170.77）', ZH_MIXED),
    (ZH, '2 阶时 153.62，在验证文本上选定的 7 阶时 136.76', ZH_KN),
    (ZH, '字母频率把困惑度从 27 降到 16.63，一个字母的上下文降到 9.46，两个降到 6.89', ZH_TABLE),
    (ZH, '单独一阶的加 α 模型在三个字母的上下文（4 阶）时最好，6.52；从 5 阶起又变差（8 阶时 15.20）',
     ZH_TM_ALONE),
    (ZH, '1 到 3 阶 6.63，1 到 5 阶 5.31，再往上也不变差（5.27）', ZH_TM_MIXED),
    (ZH, '在验证文本上选定的 8 阶时达到 4.75；6 到 8 阶几乎没有差别（4.77、4.77、4.75）', ZH_TM_KN),
    (ZH, '只有 2.7% 的字符前面的四个字在训练文本里出现过', '18.2% 2.7% 歌词'),
    (ZH, '这样的重复要多得多（18.2%）', '18.2% 2.7% 歌词'),
    (ZH, '（前面的 0.311）', '1 到 5 阶的权重： [0.324 0.207 0.09 0.068 0.311]'),
    (ZH, '（170.77 对 162.54）', ZH_MIXED),
    (ZH, '78.7% 的验证字符前面的四个字母在训练文本里出现过，删除估计中也差不多（74.6%）',
     '74.6% 78.7% 时间机器'),
    (ZH, '在验证文本上，歌词是 136.76（7 阶），《时间机器》是 4.75（8 阶）', ZH_BASELINE),
    (ZH, '歌词是 136.76（7 阶），《时间机器》是 4.75（8 阶）', 'Kneser-Ney 的阶数： [7, 8]'),
    (ZH, '单独的二元语法模型（350.56 和 9.46）', '350.56 9.46 二元语法'),
    (ZH, '1 到 5 阶的插值（170.77 和 5.31）', '170.77 5.31 插值，1 到 5 阶'),
    (ZH, '歌词的 Kneser–Ney 是 143.72，插值是 171.23，困惑度之比 0.839（95% 区间 0.807 到 0.862）',
     ZH_TEST_LYRICS),
    (ZH, '《时间机器》上是 4.60 对 5.09，之比 0.905（0.887 到 0.924）', ZH_TEST_TM),
    (ZH, '测试分数和验证分数（136.76 和 4.75）不同', ZH_BASELINE),
    (ZH, '`num_steps=6` 时偏移只有六种，所以切分位置也可能重复',
     '第 1 个周期：片段起点 [4, 10, 16, 22] 第 2 个周期：片段起点 [3, 9, 15, 21] '
     '第 3 个周期：片段起点 [4, 10, 16, 22]'),
    (ZH, '第 2 个周期中，第 0 行先读 2–7 再读 8–13，第 1 行先读 16–21 再读 22–27',
     '第 2 个周期： X = [[2, 3, 4, 5, 6, 7], [16, 17, 18, 19, 20, 21]] '
     'Y = [[3, 4, 5, 6, 7, 8], [17, 18, 19, 20, 21, 22]] '
     'X = [[8, 9, 10, 11, 12, 13], [22, 23, 24, 25, 26, 27]]'),
    (ZH, '这三个周期的偏移分别是 5、2 和 3',
     '第 1 个周期： X = [[5, 6, 7, 8, 9, 10], [17, 18, 19, 20, 21, 22]] '
     'Y = [[6, 7, 8, 9, 10, 11], [18, 19, 20, 21, 22, 23]] 第 2 个周期： X = [[2, 3'),
    (ZH, '这三个周期的偏移分别是 5、2 和 3',
     '第 3 个周期： X = [[3, 4, 5, 6, 7, 8], [16, 17, 18, 19, 20, 21]]'),
    (ZH, '随机采样的小批量就是上面最先打印的那两个',
     'X = [[15, 16, 17, 18, 19, 20], [9, 10, 11, 12, 13, 14]]'),
    (ZH, '一位不差。', ZH_SAME_GRADS),
    (ZH, '（0.724194，而不是 0.740213）', '保留计算图，不分离： [ 0.724194'),
    (ZH, '（0.724194，而不是 0.740213）', '保留计算图，分离： [ 0.740213'),
    (ZH, '歌词验证文本上 136.76（7 阶），《时间机器》验证文本上 4.75（8 阶）', ZH_BASELINE),
    (ZH, '歌词上 1 阶最好，《时间机器》上 4 阶最好', '最好的单独一阶： [1, 4]'),
    (ZH, '可能的三元组有 $1{,}027^3 = 1{,}083{,}206{,}683$ 个，而文本中只有 '
         '$10{,}000 - 3 + 1 = 9{,}998$ 个，其中不同的 4,189 个',
     'n=3: 可能的 1,083,206,683 文本中的 9,998 不同的 4,189'),
    (ZH, '分别是 902.83、783.25、795.11', ZH_NGRAM_TABLE),
    (ZH, '二元语法模型（最好 343.29）', ZH_NGRAM_TABLE),
    (ZH, '10,000 个字符的训练文本里只有 4,189 种不同的三元组', '不同的 4,189'),
    (ZH, '除 3 阶略有回升外，一直改进到 7 阶', ZH_KN),
    (ZH, '在歌词的验证文本中占 97.3%，即 100% 减去 `seen_share` 表中的 2.7%', '18.2% 2.7% 歌词'),
    (ZH, '3 阶 923.84，5 阶 1052.83，8 阶 1027.00', ZH_ALONE),
    (ZH, '（2 阶 153.62，4 阶 139.49，7 阶 136.76，8 阶 136.83）', ZH_KN),
]
