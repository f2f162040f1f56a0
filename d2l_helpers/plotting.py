"""Figures for the lessons: perplexity curves and frequency plots."""
import matplotlib.pyplot as plt
from matplotlib import font_manager

CJK_FONTS = ['Noto Sans CJK SC', 'Noto Sans CJK JP', 'WenQuanYi Zen Hei']


def use_cjk_font():
    """Let figures show Chinese: put an installed CJK font first, DejaVu Sans after.

    Returns the CJK font used, or None when none is installed (then keep
    figure text in ASCII).
    """
    for path in font_manager.findSystemFonts():  # fonts installed after
        if 'CJK' in path or 'wqy' in path:        # matplotlib built its cache
            font_manager.fontManager.addfont(path)
    installed = {font.name for font in font_manager.fontManager.ttflist}
    font = next((name for name in CJK_FONTS if name in installed), None)
    plt.rcParams['font.family'] = [font, 'DejaVu Sans'] if font else ['DejaVu Sans']
    plt.rcParams['axes.unicode_minus'] = False
    return font


def plot_perplexity(histories, x='epoch', baseline=None, xlabel=None,
                    ylabel='perplexity', baseline_label='bigram baseline'):
    """Plot training (solid) and held-out (dashed) perplexity of each run.

    histories: {label: history dict from fit}; x: 'epoch' or 'seconds';
    baseline: a perplexity to draw as a horizontal line. Log-scale y axis.
    """
    fig, ax = plt.subplots(figsize=(6, 3.5))
    for (label, h), color in zip(histories.items(), plt.rcParams['axes.prop_cycle']):
        ax.plot(h[x], h['train_ppl'], color=color['color'], label=f'{label} (train)')
        if h['valid_ppl']:
            ax.plot(h[x], h['valid_ppl'], '--', color=color['color'],
                    label=f'{label} (held-out)')
    if baseline is not None:
        ax.axhline(baseline, color='gray', linestyle=':', label=baseline_label)
    ax.set(xlabel=xlabel or x, ylabel=ylabel, yscale='log')
    ax.legend(fontsize='small')
    ax.grid(True, which='both', alpha=0.3)
    plt.show()


def plot_rank_frequency(counters, labels, xlabel='rank', ylabel='frequency'):
    """Log-log plot of frequency against rank for each Counter (Zipf's law)."""
    fig, ax = plt.subplots(figsize=(6, 3.5))
    for counter, label in zip(counters, labels):
        ax.loglog(range(1, len(counter) + 1), sorted(counter.values(), reverse=True),
                  label=label)
    ax.set(xlabel=xlabel, ylabel=ylabel)
    ax.legend()
    ax.grid(True, which='both', alpha=0.3)
    plt.show()
