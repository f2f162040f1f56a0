"""Figures: perplexity curves, rank-frequency plots, the CJK font."""
import d2l_helpers as d2l

import collections

import matplotlib.pyplot as plt


def test_plot_perplexity():
    plt.close('all')
    histories = {'a': {'epoch': [1, 2, 3], 'train_ppl': [9, 5, 3], 'valid_ppl': [10, 7, 6],
                       'seconds': [0.1, 0.2, 0.3]},
                 'b': {'epoch': [1, 2], 'train_ppl': [8, 4], 'valid_ppl': [],
                       'seconds': [0.5, 1.0]}}
    d2l.plot_perplexity(histories, x='seconds', baseline=7.5)
    ax = plt.gcf().axes[0]
    labels = [line.get_label() for line in ax.get_lines()]
    assert labels == ['a (train)', 'a (held-out)', 'b (train)', 'bigram baseline']
    assert list(ax.get_lines()[2].get_xdata()) == [0.5, 1.0]
    assert ax.get_yscale() == 'log' and ax.get_xlabel() == 'seconds'
    plt.close('all')


def test_plot_rank_frequency():
    plt.close('all')
    counters = [collections.Counter('aaabbc'), collections.Counter('xyxy')]
    d2l.plot_rank_frequency(counters, ['one', 'two'], xlabel='r', ylabel='f')
    ax = plt.gcf().axes[0]
    lines = ax.get_lines()
    assert [list(line.get_ydata()) for line in lines] == [[3, 2, 1], [2, 2]]
    assert ax.get_xscale() == ax.get_yscale() == 'log'
    plt.close('all')


def test_use_cjk_font():
    font = d2l.use_cjk_font()
    family = plt.rcParams['font.family']
    assert family[-1] == 'DejaVu Sans'
    if font is not None:
        assert family[0] == font
