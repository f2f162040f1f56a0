"""Figures: what each plotting function draws, in the lesson's language, with log axes
a reader can read values off, stored sharp in a notebook."""
import d2l_helpers as d2l
from d2l_helpers import figures

import base64
import collections
import types
import warnings

import matplotlib.pyplot as plt
import numpy as np
import pytest

#: Perplexity falls from 170 to 5.31 (two runs, the second without validation).
HISTORIES = {
    'a': {'epoch': [1, 2, 3], 'train_ppl': [170.0, 20.0, 5.31], 'valid_ppl': [150.0, 25.0, 9.0],
          'seconds': [0.1, 0.2, 0.3]},
    'b': {'epoch': [1, 2], 'train_ppl': [120.0, 8.0], 'valid_ppl': [], 'seconds': [0.5, 1.0]},
}


@pytest.fixture(autouse=True)
def close_figures():
    plt.close('all')
    yield
    plt.close('all')


def drawn():
    """The axes of the figure just drawn, once the canvas has laid it out."""
    fig = plt.gcf()
    fig.canvas.draw()
    return fig.axes


def y_tick_labels(ax):
    """The non-empty tick labels (major and minor) inside the y range, as drawn."""
    low, high = sorted(ax.get_ylim())
    return [t.get_text() for t in ax.yaxis.get_ticklabels(which='both')
            if t.get_text() and low <= t.get_position()[1] <= high]


def legend_texts(ax):
    return [t.get_text() for t in ax.get_legend().get_texts()]


def legend_is_above_the_axes(ax):
    """True if the drawn legend lies wholly above the axes: it hides no curve."""
    renderer = ax.figure.canvas.get_renderer()
    return ax.get_legend().get_window_extent(renderer).y0 >= ax.get_window_extent(renderer).y1


@pytest.mark.parametrize('low, high, expected', [
    (5.31, 170, {'10', '20', '50', '100'}),
    (100, 3000, {'100', '200', '500', '1000', '2000'}),
    (7.2, 7.9, {'7.2', '7.4', '7.6', '7.8'}),  # a short axis still gets 4 labels
    (1, 1e5, {'1', '10', '100', '1000', '10000', '100000'}),
])
def test_log_axis_has_readable_tick_labels(low, high, expected):
    """The shared helper labels 4 or more round numbers, in plain digits."""
    fig, ax = plt.subplots()
    ax.plot([1, 2], [low, high])
    figures.readable_log_axis(ax.yaxis)
    fig.canvas.draw()
    labels = y_tick_labels(ax)
    assert ax.get_yscale() == 'log'
    assert len(labels) >= 4 and expected <= set(labels), labels
    assert len(labels) <= figures.MAX_LOG_TICKS


def test_plot_perplexity_draws_runs_baseline_and_readable_axis():
    d2l.plot_perplexity(HISTORIES, x='seconds', baseline=7.5)
    ax, = drawn()
    assert legend_texts(ax) == ['a (train)', 'a (validation)', 'b (train)',
                                'counting baseline (validation)']
    assert legend_is_above_the_axes(ax)
    assert [line.get_linestyle() for line in ax.get_lines()] == ['-', '--', '-', ':']
    assert list(ax.get_lines()[2].get_xdata()) == [0.5, 1.0]
    assert (ax.get_xlabel(), ax.get_ylabel()) == ('training time (s)', 'perplexity')
    labels = y_tick_labels(ax)
    assert ax.get_yscale() == 'log' and len(labels) >= 4, labels
    assert {'10', '100'} <= set(labels)


def test_plot_perplexity_keeps_the_labels_given():
    d2l.plot_perplexity(HISTORIES, baseline=7.5, xlabel='x', ylabel='y',
                        baseline_label='bigram')
    ax, = drawn()
    assert (ax.get_xlabel(), ax.get_ylabel()) == ('x', 'y')
    assert legend_texts(ax)[-1] == 'bigram'


def test_plot_perplexity_in_chinese(language):
    language('zh')
    d2l.plot_perplexity({'随机采样': HISTORIES['a']}, baseline=7.5)
    ax, = drawn()
    assert legend_texts(ax) == ['随机采样（训练）', '随机采样（验证）', '计数模型基线（验证）']
    assert (ax.get_xlabel(), ax.get_ylabel()) == ('周期', '困惑度')


def test_plot_rank_frequency():
    counters = [collections.Counter('aaabbc'), collections.Counter('xyxy')]
    d2l.plot_rank_frequency(counters, ['one', 'two'], xlabel='r', ylabel='f')
    ax, = drawn()
    assert [list(line.get_ydata()) for line in ax.get_lines()] == [[3, 2, 1], [2, 2]]
    assert ax.get_xscale() == ax.get_yscale() == 'log'
    assert (ax.get_xlabel(), ax.get_ylabel()) == ('r', 'f')
    assert legend_texts(ax) == ['one', 'two']


@pytest.mark.parametrize('lang, xlabel, ylabel', [('en', 'rank', 'frequency'),
                                                  ('zh', '排名', '频率')])
def test_plot_rank_frequency_default_labels(language, lang, xlabel, ylabel):
    language(lang)
    counter = collections.Counter({str(i): 3000 // i for i in range(1, 300)})
    d2l.plot_rank_frequency([counter], ['chars'])
    ax, = drawn()
    assert (ax.get_xlabel(), ax.get_ylabel()) == (xlabel, ylabel)
    assert len(y_tick_labels(ax)) >= 4  # counts 10 .. 3000


@pytest.mark.parametrize('lang, xlabel, ylabel, threshold', [
    ('en', 'epoch', 'gradient norm before clipping', 'clipping threshold θ = 0.01'),
    ('zh', '周期', '裁剪前的梯度范数', '裁剪阈值 θ = 0.01')])
def test_plot_grad_norm(language, lang, xlabel, ylabel, threshold):
    language(lang)
    norms = list(np.geomspace(100, 3000, 40))
    d2l.plot_grad_norm({'run': norms}, theta=0.01, updates_per_epoch=10)
    ax, = drawn()
    assert (ax.get_xlabel(), ax.get_ylabel()) == (xlabel, ylabel)
    assert legend_texts(ax) == ['run', threshold]
    assert legend_is_above_the_axes(ax)
    assert ax.get_lines()[0].get_xdata()[-1] == 4.0  # 40 updates, 10 an epoch
    assert ax.get_yscale() == 'log' and len(y_tick_labels(ax)) >= 4


def test_plot_grad_norm_counts_updates_without_updates_per_epoch():
    d2l.plot_grad_norm([1.0, 2.0, 30.0], theta=5)
    ax, = drawn()
    assert ax.get_xlabel() == 'update' and list(ax.get_lines()[0].get_xdata()) == [1, 2, 3]


def texts(ax):
    return [t.get_text() for t in ax.texts]


@pytest.mark.parametrize('lang, names', [
    ('en', ['input', 'hidden state', 'output', 'label']),
    ('zh', ['输入', '隐藏状态', '输出', '标签'])])
def test_plot_unrolled_rnn(language, lang, names):
    language(lang)
    d2l.plot_unrolled_rnn('ab c', 'b c!', title='unrolled')
    ax, = drawn()
    shown = texts(ax)
    assert shown[-4:] == names
    assert ['a', r'$\mathbf{H}_{1}$', r'$\mathbf{O}_{1}$', 'b'] == shown[:4]
    assert '␣' in shown and ax.get_title() == 'unrolled'


def test_plot_unrolled_rnn_outputs_and_errors():
    d2l.plot_unrolled_rnn('ab', 'bc', outputs='xy', names=['1', '2', '3', '4'])
    ax, = drawn()
    assert {'x', 'y', '1', '4'} <= set(texts(ax))
    with pytest.raises(ValueError, match='2 inputs but 3 labels'):
        d2l.plot_unrolled_rnn('ab', 'bcd')


@pytest.mark.parametrize('lang, words', [
    ('en', ['minibatch 1', 'minibatch 2', 'detach: the gradient stops here',
            'hidden state (values carried forward)', 'gradient (backpropagation)']),
    ('zh', ['第 1 个小批量', '第 2 个小批量', 'detach：梯度到此为止',
            '隐藏状态（数值向后延续）', '梯度（反向传播）'])])
def test_plot_truncated_bptt(language, lang, words):
    """The state crosses every minibatch edge; the gradient stays inside, cut at each edge."""
    language(lang)
    figures.plot_truncated_bptt(num_steps=3, num_batches=2)
    ax, = drawn()
    by_gid = collections.Counter(a.get_gid() for a in ax.texts + ax.get_lines())
    assert by_gid['state'] == 6  # H_0 -> H_1 ... H_5 -> H_6, across the edge too
    assert by_gid['gradient'] == 2 * 2  # H_t -> H_{t-1} inside each minibatch only
    assert by_gid['cut'] == 1  # one edge
    hidden = [t for t in texts(ax) if t.startswith(r'$\mathbf{H}')]
    assert hidden == [r'$\mathbf{H}_0$'] + [rf'$\mathbf{{H}}_{{{i}}}$' for i in range(1, 7)]
    shown = set(texts(ax)) | set(legend_texts(ax))
    assert set(words) <= shown
    # every gradient arrow starts and ends inside one minibatch: never over an edge
    cut_x = next(line for line in ax.get_lines() if line.get_gid() == 'cut').get_xdata()[0]
    for arrow in (a for a in ax.texts if a.get_gid() == 'gradient'):
        (x0, _), (x1, _) = arrow.xyann, arrow.xy
        assert (x0 - cut_x) * (x1 - cut_x) > 0, (x0, x1, cut_x)


def test_plot_truncated_bptt_scales_with_its_arguments():
    figures.plot_truncated_bptt(num_steps=5, num_batches=3, first_state_zero=False)
    ax, = drawn()
    gids = collections.Counter(a.get_gid() for a in ax.texts + ax.get_lines())
    assert (gids['state'], gids['gradient'], gids['cut']) == (15, 3 * 4, 2)
    assert d2l.label('zero_state') not in texts(ax)


SAMPLERS = {'random': [(np.array([[6, 7, 8], [0, 1, 2]]), None)],
            'consecutive': [(np.array([[0, 1, 2], [5, 6, 7]]), None),
                            (np.array([[3, 4], [8, 9]]), None)]}


@pytest.mark.parametrize('lang, words', [
    ('en', ['corpus', 'minibatch 1', 'row 0', 'row 1', 'minibatch 2, row 1']),
    ('zh', ['语料', '第 1 个小批量', '第 0 行', '第 1 行', '小批量 2，第 1 行'])])
def test_plot_samplers_in_the_lessons_language(language, lang, words):
    language(lang)
    d2l.plot_samplers(SAMPLERS, corpus_len=10)
    random, consecutive = drawn()
    assert (random.get_title(loc='left'), consecutive.get_title(loc='left')) == (
        'random', 'consecutive')
    assert set(words) <= set(texts(consecutive))


def test_plot_samplers_keeps_the_labels_given():
    d2l.plot_samplers({'one': SAMPLERS['random']}, 10, 'C', 'mb {}', 'r {}', '{}/{}')
    ax, = drawn()
    assert {'C', 'mb 1', 'r 0', 'r 1', '1/0', '1/1'} <= set(texts(ax))


def test_use_cjk_font():
    font = d2l.use_cjk_font()
    family = plt.rcParams['font.family']
    assert family[-1] == 'DejaVu Sans'
    if font is not None:
        assert family[0] == font


def test_sharp_figures_store_twice_the_pixels():
    """In a kernel, figures become PNGs of twice the pixels, shown at the same size."""
    from IPython.core.formatters import DisplayFormatter
    from matplotlib_inline.config import InlineBackend

    assert not figures.use_sharp_figures()  # not in a kernel: nothing changes
    shell = types.SimpleNamespace(display_formatter=DisplayFormatter())
    config = InlineBackend.instance()
    before = set(config.figure_formats)
    try:
        assert figures.use_sharp_figures(shell)
        assert config.figure_formats == {'retina'}
        fig, ax = plt.subplots(figsize=(4, 2), dpi=72)
        ax.plot([1, 2], [1, 2])
        data, metadata = shell.display_formatter.format(fig)
    finally:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore', DeprecationWarning)
            config.figure_formats = before
    png = base64.b64decode(data['image/png'])
    pixels = int.from_bytes(png[16:20], 'big'), int.from_bytes(png[20:24], 'big')
    shown = metadata['image/png']['width'], metadata['image/png']['height']
    assert (pixels[0] // 2, pixels[1] // 2) == shown  # the page shows half the pixels
    assert 250 <= shown[0] <= 300  # about 4 inches at 72 dpi (cropped to the drawing)
