"""Numbers the lessons' prose quotes are the numbers their stored outputs show.

Each claim is (notebook, text in a markdown cell, text in a stored output of
that notebook). When a re-run changes an output, the claim fails until the
prose (and the claim) are updated: the prose cannot keep an old number.
"""
import json
import pathlib

import pytest

CHAPTERS = pathlib.Path(__file__).resolve().parent.parent / 'chapters'

CLAIMS = [
    # lesson 1 (language-models): counting baselines, detaching the state
    ('en/language-models', 'uniform guess scores exactly the vocabulary size, 27',
     'uniform over the vocabulary: 27.0'),
    ('en/language-models', 'down to 16.62 (for $\\alpha = 0.1$)', '0.1 16.62 9.46 6.89'),
    ('en/language-models', 'One character of context brings it to 9.46, two characters to 6.89',
     '0.1 16.62 9.46 6.89'),
    ('en/language-models', 'most of the weight (0.822) and the unigram almost none (0.006)',
     '[0.006 0.172 0.822]'),
    ('en/language-models', 'orders 3, 4 and 5 get 0.326, 0.302 and 0.245, the bigram 0.126 and '
     'the unigram almost nothing (0.002)', '[0.002 0.126 0.326 0.302 0.245]'),
    ('en/language-models', 'from 27 to 16.63, one character of context to 9.46, two to 6.89',
     '16.63 234.66 unigram 9.46 350.56 bigram 6.89 923.84 trigram 6.63 170.82 interpolated, '
     'orders 1-3 5.31 170.77 interpolated, orders 1-5: the baseline'),
    ('en/language-models', 'to 6.63. Three and four characters of context',
     '6.63 170.82 interpolated, orders 1-3'),
    ('en/language-models', 'the interpolation of orders 1 to 5 reaches 5.31',
     '5.31 170.77 interpolated, orders 1-5: the baseline'),
    ('en/language-models', 'the bigram (350.56) and trigram (923.84) models do worse than the '
     'unigram model (234.66)', '16.63 234.66 unigram 9.46 350.56 bigram 6.89 923.84 trigram'),
    ('en/language-models', 'Interpolation is far better (170.82)',
     '6.63 170.82 interpolated, orders 1-3'),
    ('en/language-models', 'the orders 4 and 5 change almost nothing (170.77)',
     '5.31 170.77 interpolated, orders 1-5'),
    ('en/language-models', '78.7% of the held-out characters follow four characters seen',
     '74.6% 78.7% Time Machine'),
    ('en/language-models', 'in deleted estimation about as many (74.6%)',
     '74.6% 78.7% Time Machine'),
    ('en/language-models', 'On the lyrics only 2.7% of the held-out characters do',
     '18.2% 2.7% lyrics'),
    ('en/language-models', 'such repeats are far more common (18.2%)', '18.2% 2.7% lyrics'),
    ('en/language-models', '(170.82 with orders 1 to 3, 170.77 with orders 1 to 5)',
     '6.63 170.82 interpolated, orders 1-3 5.31 170.77 interpolated, orders 1-5'),
    ('en/language-models', '5.31 on *The Time Machine* and 170.77 on the lyrics',
     '5.31 170.77 interpolated, orders 1-5: the baseline'),
    ('en/language-models', 'the bigram model alone (9.46 and 350.56', '9.46 350.56 bigram'),
    ('en/language-models', 'even the interpolation of orders 1 to 3 (6.63)',
     '6.63 170.82 interpolated, orders 1-3'),
    ('en/language-models', '5.31 held-out on *The Time Machine* (6.63 with orders 1 to 3) and '
     '170.77 on the lyrics (170.82)',
     '6.63 170.82 interpolated, orders 1-3 5.31 170.77 interpolated, orders 1-5'),
    ('en/language-models', '7.96, 6.89 and 7.46 for $\\alpha$ = 1, 0.1 and 0.01',
     '1 16.63 9.57 7.96 0.1 16.62 9.46 6.89 0.01 16.62 9.56 7.46'),
    ('en/language-models', 'bigram model (9.46 at best)', '0.1 16.62 9.46 6.89'),
    ('en/language-models', '(0.724194 instead of 0.740213)',
     'retain_graph, no detach: [ 0.724194'),
    ('en/language-models', '(0.724194 instead of 0.740213)', 'no detach: [ 0.740213'),
    ('zh/language-models', '均匀猜测的困惑度恰好是词表大小 1027', '在词表上均匀猜测： 1027.0'),
    ('zh/language-models',
     '降到了 232.48（$\\alpha = 0.1$），比二元语法（343.29）和三元语法（783.25）都好',
     '0.1 232.48 343.29 783.25'),
    ('zh/language-models', '三元语法模型选了 $\\alpha = 0.003$',
     'n=3：alpha 0.003（在训练文本上选定），留出困惑度 923.84'),
    ('zh/language-models', '一元语法的权重（0.379）和三元语法（0.422）', '[0.379 0.199 0.422]'),
    ('zh/language-models',
     '得到 0.311 的权重，几乎和一元语法（0.324）一样多，而三阶和四阶 只有 0.09 和 0.068',
     '[0.324 0.207 0.09 0.068 0.311]'),
    ('zh/language-models', '（上一节的 0.311）', '[0.324 0.207 0.09 0.068 0.311]'),
    ('zh/language-models', '只看字频（一元语法）就把困惑度从 1,027 降到 234.66',
     '234.66 16.63 一元语法 350.56 9.46 二元语法 923.84 6.89 三元语法 170.82 6.63 插值，1 到 3 阶 '
     '170.77 5.31 插值，1 到 5 阶：基线'),
    ('zh/language-models', '插值要好得多（170.82）', '170.82 6.63 插值，1 到 3 阶'),
    ('zh/language-models', '再加上四阶和五阶几乎没有变化（170.77）', '170.77 5.31 插值，1 到 5 阶'),
    ('zh/language-models', '这三阶的 插值降到 6.63', '170.82 6.63 插值，1 到 3 阶'),
    ('zh/language-models', '1 到 5 阶的插值达到 5.31', '170.77 5.31 插值，1 到 5 阶：基线'),
    ('zh/language-models', '只有 2.7% 的字符前面的四个字在训练文本里出现过', '18.2% 2.7% 歌词'),
    ('zh/language-models', '这样的重复要多得多（18.2%）', '18.2% 2.7% 歌词'),
    ('zh/language-models', '（1 到 3 阶是 170.82，1 到 5 阶是 170.77）',
     '170.82 6.63 插值，1 到 3 阶 170.77 5.31 插值，1 到 5 阶'),
    ('zh/language-models', '78.7% 的留出字符前面的四个字母在训练文本里出现过',
     '74.6% 78.7% 时间机器'),
    ('zh/language-models', '删除估计中也 差不多（74.6%）', '74.6% 78.7% 时间机器'),
    ('zh/language-models', '歌词上是 170.77，《时间机器》上是 5.31',
     '170.77 5.31 插值，1 到 5 阶：基线'),
    ('zh/language-models', '单独的二元语法模型（350.56 和 9.46', '350.56 9.46 二元语法'),
    ('zh/language-models', '1 到 3 阶的 插值（6.63）', '170.82 6.63 插值，1 到 3 阶'),
    ('zh/language-models',
     '歌词上的留出困惑度是 170.77（1 到 3 阶是 170.82），《时间机器》上是 5.31（1 到 3 阶是 6.63）',
     '170.82 6.63 插值，1 到 3 阶 170.77 5.31 插值，1 到 5 阶'),
    ('zh/language-models', '分别是 902.83、783.25、795.11',
     '1 234.66 493.10 902.83 0.1 232.48 343.29 783.25 0.01 232.52 426.14 795.11'),
    ('zh/language-models', '二元语法模型（最好 343.29）', '0.1 232.48 343.29 783.25'),
    ('zh/language-models', '（0.724194，而不是 0.740213）', '保留计算图，不分离： [ 0.724194'),
    ('zh/language-models', '（0.724194，而不是 0.740213）', '不分离： [ 0.740213'),
    # lesson 4 (rnn-pytorch): the same recipe in Gluon and PyTorch
    ('en/rnn-pytorch', '(Gluon 8.79 at\nepoch 10, PyTorch 8.60 at epoch 10)',
     'lowest 8.79 (epoch 10), last 21.96'),
    ('en/rnn-pytorch', 'PyTorch 8.60 at epoch 10', 'lowest 8.60 (epoch 10), last 19.80'),
    ('en/rnn-pytorch', '(21.96 and 19.80 after 50 epochs)', 'last 19.80'),
    ('en/rnn-pytorch', 'counting baseline (5.31)', 'counting baseline: 5.31'),
    ('en/rnn-pytorch', 'an epoch took 0.132 s in Gluon and 0.146 s in PyTorch',
     'Gluon 0.132 s/epoch'),
    ('en/rnn-pytorch', 'an epoch took 0.132 s in Gluon and 0.146 s in PyTorch',
     'PyTorch 0.146 s/epoch'),
    ('en/rnn-pytorch', 'An update took 16.5 ms in Gluon and 18.2 ms in PyTorch',
     'Gluon one update 16.5 ms: recurrent layer 10.4 ms, the rest 6.0 ms'),
    ('en/rnn-pytorch', 'the recurrent layer alone 10.4 ms\nand 15.0 ms, the rest 6.0 ms and 3.2 ms',
     'PyTorch one update 18.2 ms: recurrent layer 15.0 ms, the rest 3.2 ms'),
    ('zh/rnn-pytorch', 'Gluon 在第 8 个周期为 228.07，PyTorch 在第 7 个周期为 232.82',
     '最低 228.07（第 8 个周期），最后 3142.30'),
    ('zh/rnn-pytorch', 'Gluon 在第 8 个周期为 228.07，PyTorch 在第 7 个周期为 232.82',
     '最低 232.82（第 7 个周期），最后 3194.13'),
    ('zh/rnn-pytorch', '分别为 3142.30 和 3194.13', '最后 3194.13'),
    ('zh/rnn-pytorch', '计数模型基线（170.77）', '计数模型基线的留出困惑度：170.77'),
    ('zh/rnn-pytorch', 'Gluon 每个周期用 0.420 秒，PyTorch 用 0.422 秒',
     'Gluon 每个周期 0.420 秒'),
    ('zh/rnn-pytorch', 'Gluon 每个周期用 0.420 秒，PyTorch 用 0.422 秒',
     'PyTorch 每个周期 0.422 秒'),
    ('zh/rnn-pytorch', '一次更新 Gluon 用 52.5 毫秒，PyTorch 用 52.8 毫秒',
     'Gluon 一次更新 52.5 毫秒：循环层 31.2 毫秒，其余 21.3 毫秒'),
    ('zh/rnn-pytorch',
     '其中循环层分别用 31.2 毫秒和 30.7 毫秒，\n其余部分分别用 21.3 毫秒和 22.0 毫秒',
     'PyTorch 一次更新 52.8 毫秒：循环层 30.7 毫秒，其余 22.0 毫秒'),
]


def texts(rel):
    """(markdown text, output text) of notebook chapters/<rel>.ipynb, whitespace squashed."""
    nb = json.loads((CHAPTERS / f'{rel}.ipynb').read_text(encoding='utf-8'))
    markdown, outputs = [], []
    for cell in nb['cells']:
        if cell['cell_type'] == 'markdown':
            markdown.append(''.join(cell['source']))
        for out in cell.get('outputs', []):
            outputs.append(''.join(out.get('text', '')))
            outputs.append(''.join(out.get('data', {}).get('text/plain', '')))
    return ' '.join(' '.join(markdown).split()), ' '.join(' '.join(outputs).split())


@pytest.mark.parametrize('rel, prose, output', CLAIMS,
                         ids=[f'{rel}: {prose[:40]}' for rel, prose, _ in CLAIMS])
def test_prose_quotes_the_stored_output(rel, prose, output):
    markdown, outputs = texts(rel)
    assert ' '.join(prose.split()) in markdown, f'{rel}: the prose no longer says {prose!r}'
    assert ' '.join(output.split()) in outputs, (
        f'{rel}: no stored output shows {output!r} any more; the prose says {prose!r}. '
        'Update the prose and this claim to the new output.')


def test_a_changed_output_is_caught(tmp_path, monkeypatch):
    """The check fails when the output no longer shows the quoted number."""
    nb = {'cells': [{'cell_type': 'markdown', 'source': ['It takes 0.39 s per epoch.']},
                    {'cell_type': 'code', 'source': [], 'outputs': [
                        {'output_type': 'stream', 'name': 'stdout', 'text': ['0.41 s\n']}]}]}
    (tmp_path / 'x').mkdir()
    (tmp_path / 'x' / 'y.ipynb').write_text(json.dumps(nb), encoding='utf-8')
    monkeypatch.setitem(globals(), 'CHAPTERS', tmp_path)
    with pytest.raises(AssertionError, match='no stored output'):
        test_prose_quotes_the_stored_output('x/y', '0.39 s per epoch', '0.39 s')
