"""Every figure of the lessons, drawn with code so each language gets the same one.

Perplexity curves (plot_perplexity, and progress_figure, the live figure that
progress.Progress redraws while a training cell runs), Zipf's law
(plot_rank_frequency), the gradient norm (plot_grad_norm), the unrolled RNN
(plot_unrolled_rnn), truncated backpropagation through time across
minibatches (plot_truncated_bptt) and the minibatch samplers (plot_samplers).

Their words come from labels.MESSAGES, in the lesson's language; log axes get
their tick labels from one helper, readable_log_axis. Imported in a Jupyter
kernel, this module has figures stored as PNGs with twice the pixels
(use_sharp_figures), sharp on high-density screens.
"""
import math
import sys
import warnings

import matplotlib.pyplot as plt
from matplotlib import font_manager
from matplotlib.patches import Rectangle
from matplotlib.ticker import (
    FuncFormatter,
    Locator,
    LogLocator,
    MaxNLocator,
    NullFormatter,
)

from .labels import label

CJK_FONTS = ['Noto Sans CJK SC', 'Noto Sans CJK JP', 'WenQuanYi Zen Hei']


# --- showing figures -----------------------------------------------------------------

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


def in_notebook():
    """True inside a Jupyter kernel, where outputs can be updated in place."""
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and 'IPKernelApp' in shell.config


def use_sharp_figures(shell=None):
    """Store figures as PNGs with twice the pixels, shown at the same size ('retina').

    shell: an IPython shell; by default the Jupyter kernel this runs in, if
    any. Applies to the figures plt.show() puts inline and to the live
    figure of Progress. Called when this module is imported. Returns True
    when set, False outside a kernel (nothing to do).
    """
    if shell is None:
        if 'IPython' not in sys.modules or not in_notebook():  # a kernel has IPython loaded
            return False
        from IPython import get_ipython
        shell = get_ipython()
    try:
        from IPython.core.pylabtools import select_figure_formats
        from matplotlib_inline.config import InlineBackend
    except ImportError:
        return False
    config = InlineBackend.instance()
    with warnings.catch_warnings():  # traitlets' DeprecationWarning on its old-style observer
        warnings.simplefilter('ignore', DeprecationWarning)
        config.figure_formats = {'retina'}  # kept when the inline backend loads later
    select_figure_formats(shell, {'retina'}, **config.print_figure_kwargs)  # and now
    return True


# --- log axes ---------------------------------------------------------------------------

#: Tick positions within a decade, coarse to fine; the first that gives
#: MIN_LOG_TICKS labels on the axis is used.
LOG_MANTISSAS = [
    (1,),
    (1, 2, 5),
    (1, 2, 3, 5, 7),
    (1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7, 8, 9),
    tuple(round(1 + 0.2 * i, 1) for i in range(45)),
    tuple(round(1 + 0.1 * i, 1) for i in range(90)),
]
MIN_LOG_TICKS, MAX_LOG_TICKS = 4, 10


class ReadableLogLocator(Locator):
    """Major ticks of a log axis at round numbers: at least 4 on the axis, at most 10.

    1, 10, 100 where the axis spans several decades; 5, 10, 20, 50, 100 where
    it spans one or two; 7, 7.5, 8 where it is short. Matplotlib's own log
    ticks leave a single label ("100") once the values span more than one
    decade but not two.
    """

    def __call__(self):
        return self.tick_values(*self.axis.get_view_interval())

    def tick_values(self, vmin, vmax):
        vmin, vmax = sorted((vmin, vmax))
        if vmax <= 0:
            return []
        vmin = vmin if vmin > 0 else vmax / 1000
        low, high = math.floor(math.log10(vmin)), math.ceil(math.log10(vmax))
        inside = []
        for mantissas in LOG_MANTISSAS:
            ticks = [float(f'{m}e{k}') for k in range(low, high + 1) for m in mantissas]
            inside = [t for t in ticks if vmin * (1 - 1e-9) <= t <= vmax * (1 + 1e-9)]
            if len(inside) >= MIN_LOG_TICKS:
                break
        else:  # narrower than a tenth of a unit: evenly spaced ticks
            inside = list(MaxNLocator(5).tick_values(vmin, vmax))
        step = math.ceil(len(inside) / MAX_LOG_TICKS)  # many decades: every step-th
        return inside[::step]


def _plain(value, _pos=None):
    """A tick label as a reader writes the number: 20, 1.5, 3000 (not 2 x 10^1)."""
    return f'{value:g}'


def readable_log_axis(axis):
    """Log scale on `axis` (ax.yaxis or ax.xaxis), labelled so values can be read off.

    The one helper for every log axis of the figures: 4 to 10 labelled
    ticks at round numbers, plain numbers, unlabelled minor ticks and grid
    lines at 2, 3, ... 9 of each decade.
    """
    getattr(axis.axes, f'set_{axis.axis_name}scale')('log')
    axis.set_major_locator(ReadableLogLocator())
    axis.set_major_formatter(FuncFormatter(_plain))
    axis.set_minor_locator(LogLocator(subs='auto'))
    axis.set_minor_formatter(NullFormatter())
    axis.axes.grid(True, which='both', alpha=0.3)


# --- perplexity, frequencies, gradient norms ---------------------------------------------

def legend_above(ax, ncols=2, **kwargs):
    """The legend of `ax` in a row above the axes, where it hides no curve."""
    return ax.legend(loc='lower left', bbox_to_anchor=(0, 1.02), ncols=ncols,
                     borderaxespad=0, fontsize='small', frameon=False, **kwargs)


def plot_perplexity(histories, x='epoch', baseline=None, xlabel=None,
                    ylabel=None, baseline_label=None):
    """Plot training (solid) and validation (dashed) perplexity of each run.

    histories: {label: history dict from fit}; x: 'epoch' or 'seconds';
    baseline: a perplexity to draw as a horizontal line. Log-scale y axis.
    The legend marks the curves as training or validation and stands above
    the axes, off the curves; the labels default to words, in the lesson's
    language.
    """
    fig, ax = plt.subplots(figsize=(6, 3.5))
    for (name, h), color in zip(histories.items(), plt.rcParams['axes.prop_cycle']):
        ax.plot(h[x], h['train_ppl'], color=color['color'],
                label=label('train_curve', name=name))
        if h['valid_ppl']:
            ax.plot(h[x], h['valid_ppl'], '--', color=color['color'],
                    label=label('validation_curve', name=name))
    if baseline is not None:
        ax.axhline(baseline, color='gray', linestyle=':',
                   label=baseline_label or label('baseline'))
    ax.set(xlabel=xlabel or label('seconds' if x == 'seconds' else 'epoch'),
           ylabel=ylabel or label('perplexity'))
    readable_log_axis(ax.yaxis)
    legend_above(ax)
    plt.show()


def plot_rank_frequency(counters, labels, xlabel=None, ylabel=None):
    """Log-log plot of frequency against rank for each Counter (Zipf's law)."""
    fig, ax = plt.subplots(figsize=(6, 3.5))
    for counter, name in zip(counters, labels):
        ax.plot(range(1, len(counter) + 1), sorted(counter.values(), reverse=True),
                label=name)
    ax.set(xlabel=xlabel or label('rank'), ylabel=ylabel or label('frequency'))
    readable_log_axis(ax.xaxis)
    readable_log_axis(ax.yaxis)
    ax.legend()
    plt.show()


def plot_grad_norm(grad_norms, theta, updates_per_epoch=None, xlabel=None,
                   ylabel=None, theta_label=None):
    """Plot the gradient norm before clipping of every update, and theta.

    grad_norms: {run label: list of norms} (history['grad_norm'] of each
    run) or one list. Every point above the line at theta was clipped.
    updates_per_epoch: if given, the x axis counts epochs instead of updates.
    The axis labels default to the lesson's language. Log-scale y axis.
    """
    if not isinstance(grad_norms, dict):
        grad_norms = {None: grad_norms}
    fig, ax = plt.subplots(figsize=(6, 3.5))
    for name, norms in grad_norms.items():
        steps = range(1, len(norms) + 1)
        xs = [s / updates_per_epoch for s in steps] if updates_per_epoch else steps
        ax.plot(xs, norms, '.', markersize=2.5, alpha=0.6, label=name)
    ax.axhline(theta, color='black', linestyle='--', linewidth=1.2,
               label=theta_label or f'{label("threshold")} = {theta:g}')
    default_x = label('epoch') if updates_per_epoch else label('update')
    ax.set(xlabel=xlabel or default_x, ylabel=ylabel or label('grad_norm'))
    readable_log_axis(ax.yaxis)
    legend_above(ax, markerscale=4)
    plt.show()


# --- the live figure of a training cell ------------------------------------------------

def progress_figure(history, num_epochs, baseline=None):
    """The figure Progress shows while training: perplexity against epochs.

    Training (solid) and validation (dashed, once there is any) perplexity,
    the baseline (dotted), on a log y axis with readable labels. The axes,
    labels, x range 1 .. num_epochs and the legend (above the axes, at the
    same place on every redraw) are there before the first epoch ends, so
    the figure for an empty history is the frame the curves are drawn into.
    Returns the figure, closed: it is shown through a display handle, not
    again when the cell ends.
    """
    fig, ax = plt.subplots(figsize=(6, 3.6))
    plt.close(fig)
    fig.subplots_adjust(left=0.13, right=0.97, bottom=0.14, top=0.85)  # the same every time
    ax.plot(history['epoch'], history['train_ppl'], label=label('train'))
    if history['valid_ppl']:
        ax.plot(history['epoch'], history['valid_ppl'], '--', label=label('validation'))
    if baseline is not None:
        ax.axhline(baseline, color='gray', linestyle=':', label=label('baseline'))
    ax.set(xlabel=label('epoch'), ylabel=label('perplexity'))
    ax.set_xlim(*((1, num_epochs) if num_epochs > 1 else (0.5, 1.5)))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    readable_log_axis(ax.yaxis)
    if not history['epoch']:  # no curve yet: a range around the baseline
        ax.set_ylim(*((baseline / 2, baseline * 10) if baseline else (1, 100)))
    ax.legend(loc='lower left', bbox_to_anchor=(0, 1.02), ncols=3, borderaxespad=0,
              fontsize='small', frameon=False)
    return fig


# --- the unrolled RNN --------------------------------------------------------------------

def _shown(char):
    """A character as a figure shows it: the space as an open box."""
    return '␣' if char == ' ' else char


def plot_unrolled_rnn(inputs, labels, outputs=None, names=None, title=None):
    """Draw a character RNN unrolled over len(inputs) time steps.

    inputs, labels: strings of equal length; at time step t the network reads
    inputs[t] and is trained to predict labels[t], the next character. Each
    step shows the input X_t, the hidden state H_t (computed from X_t and
    H_{t-1}), the output O_t and the label. outputs: optional characters to
    write in the output boxes (for example a model's predictions) instead of
    O_t. names: the four row names, by default in the lesson's language.
    """
    if len(inputs) != len(labels):
        raise ValueError(f'{len(inputs)} inputs but {len(labels)} labels')
    if outputs is not None and len(outputs) != len(inputs):
        raise ValueError(f'{len(inputs)} inputs but {len(outputs)} outputs')
    names = names or [label(key) for key in ('input', 'hidden_state', 'output', 'target')]
    num_steps = len(inputs)
    fig, ax = plt.subplots(figsize=(1.9 + 0.8 * num_steps, 3.2))
    rows = {'input': 0.0, 'hidden': 1.25, 'output': 2.5, 'label': 3.6}
    box = dict(boxstyle='round,pad=0.3', linewidth=1)
    arrow = dict(arrowstyle='->', color='dimgray', linewidth=1.2,
                 shrinkA=11, shrinkB=11)

    def node(x, y, text, face, edge='gray', size=13):
        ax.text(x, y, text, ha='center', va='center', fontsize=size,
                bbox={**box, 'facecolor': face, 'edgecolor': edge})

    for t in range(num_steps):
        x = t + 1
        node(x, rows['input'], _shown(inputs[t]), '#c6dbef')
        node(x, rows['hidden'], rf'$\mathbf{{H}}_{{{t + 1}}}$', '#fdd0a2')
        out = (_shown(outputs[t]) if outputs is not None
               else rf'$\mathbf{{O}}_{{{t + 1}}}$')
        node(x, rows['output'], out, '#c7e9c0')
        node(x, rows['label'], _shown(labels[t]), 'white', edge='black')
        for a, b in [('input', 'hidden'), ('hidden', 'output')]:
            ax.annotate('', xy=(x, rows[b]), xytext=(x, rows[a]),
                        arrowprops=arrow)
        ax.plot([x, x], [rows['output'] + 0.3, rows['label'] - 0.3], ':',
                color='gray', linewidth=1)
        ax.annotate('', xy=(x, rows['hidden']), xytext=(x - 1, rows['hidden']),
                    arrowprops=arrow)
    node(0, rows['hidden'], r'$\mathbf{H}_0$', '#f0f0f0', size=11)
    for (key, _), name in zip(rows.items(), names):
        ax.text(-0.55, rows[key], name, ha='right', va='center', fontsize=10)
    ax.set_xlim(-2.0, num_steps + 0.5)
    ax.set_ylim(-0.45, 4.0)
    ax.axis('off')
    if title:
        ax.set_title(title, fontsize=11)
    fig.subplots_adjust(left=0.01, right=0.99, bottom=0.02,
                        top=0.9 if title else 0.98)
    plt.show()


def plot_truncated_bptt(num_steps=4, num_batches=2, first_state_zero=True):
    """Truncated backpropagation through time with consecutive sampling.

    num_batches minibatches of num_steps time steps each, side by side: the
    inputs X_t and hidden states H_t of one row. The hidden state flows from
    every step to the next, across the edge between minibatches too (its
    values carry over); the gradient flows back from step to step only
    inside a minibatch: at each edge, `detach` cuts it. first_state_zero:
    label H_0 as the zero state the first minibatch starts from. Artists
    carry gids for the tests: 'state' and 'gradient' arrows, 'cut' marks.
    """
    state_color, grad_color = 'dimgray', '#d62728'
    gap = 0.8  # between minibatches

    def x_of(k, t):  # time step t (0-based) of minibatch k
        return 1 + k * (num_steps + gap) + t

    width = x_of(num_batches - 1, num_steps - 1) + 1
    fig, ax = plt.subplots(figsize=(1.6 + 0.78 * width, 3.0))
    box = dict(boxstyle='round,pad=0.3', linewidth=1)
    y_in, y_h, y_grad = 0.0, 1.2, 1.75

    def node(x, y, text, face):
        ax.text(x, y, text, ha='center', va='center', fontsize=11,
                bbox={**box, 'facecolor': face, 'edgecolor': 'gray'})

    def arrow(x0, y0, x1, y1, color, gid, style='-'):
        ax.annotate('', xy=(x1, y1), xytext=(x0, y0), gid=gid,
                    arrowprops=dict(arrowstyle='->', color=color, linewidth=1.4,
                                    linestyle=style, shrinkA=10, shrinkB=10))

    node(0, y_h, r'$\mathbf{H}_0$', '#f0f0f0')
    if first_state_zero:
        ax.text(0, y_h - 0.45, label('zero_state'), ha='center', va='top',
                fontsize=8)
    previous = 0
    for k in range(num_batches):
        left, right = x_of(k, 0), x_of(k, num_steps - 1)
        ax.add_patch(Rectangle((left - 0.45, -0.4), right - left + 0.9, 2.55,
                               facecolor='#f7f7f7', edgecolor='lightgray',
                               zorder=0))
        ax.text((left + right) / 2, 2.3, label('minibatch', k=k + 1),
                ha='center', va='bottom', fontsize=10)
        for t in range(num_steps):
            x, step = x_of(k, t), k * num_steps + t + 1
            node(x, y_in, rf'$\mathbf{{X}}_{{{step}}}$', '#c6dbef')
            node(x, y_h, rf'$\mathbf{{H}}_{{{step}}}$', '#fdd0a2')
            arrow(x, y_in, x, y_h, state_color, 'input')
            arrow(previous, y_h, x, y_h, state_color, 'state')
            if t > 0:  # the gradient goes back one step inside the minibatch
                ax.annotate('', xy=(x - 1, y_grad), xytext=(x, y_grad),
                            gid='gradient',
                            arrowprops=dict(arrowstyle='->', color=grad_color,
                                            linewidth=1.4, linestyle='--',
                                            connectionstyle='arc3,rad=0.35',
                                            shrinkA=6, shrinkB=6))
            previous = x
        if k > 0:  # the edge: the state crosses it, the gradient is cut
            edge = left - (gap + 1) / 2
            ax.plot([edge], [y_grad], marker='X', markersize=11,
                    color=grad_color, gid='cut', linestyle='none')
            ax.text(edge, y_grad + 0.3, label('detach_cut'), ha='center',
                    va='bottom', fontsize=9, color=grad_color)
    handles = [plt.Line2D([], [], color=state_color, linewidth=1.4,
                          label=label('state_flow')),
               plt.Line2D([], [], color=grad_color, linewidth=1.4,
                          linestyle='--', label=label('gradient_flow'))]
    ax.legend(handles=handles, loc='upper center', bbox_to_anchor=(0.5, -0.02),
              ncols=2, frameon=False, fontsize=9)
    ax.set_xlim(-0.6, width + 0.2)
    ax.set_ylim(-0.5, 3.2)
    ax.axis('off')
    fig.subplots_adjust(left=0.01, right=0.99, bottom=0.14, top=0.98)
    plt.show()


# --- minibatch samplers ------------------------------------------------------------------

#: one hue per row of a minibatch; lighter for odd, darker for even minibatches
ROW_COLORS = [('#c6dbef', '#6baed6'), ('#fdd0a2', '#fd8d3c'),
              ('#c7e9c0', '#74c476'), ('#dadaeb', '#9e9ac8')]


def _color(k, r):
    """Fill colour of row r of minibatch k (both from 0)."""
    return ROW_COLORS[r % len(ROW_COLORS)][k % 2]


def _cell(ax, x, y, value, color):
    """One unit square at (x, y) with `value` written in it."""
    ax.add_patch(Rectangle((x, y), 1, 1, facecolor=color, edgecolor='gray',
                           linewidth=0.6))
    ax.text(x + 0.5, y + 0.5, str(value), ha='center', va='center', fontsize=8)


def _draw_sampler(ax, batches, corpus_len, title, words):
    """One panel: the corpus on top, each minibatch's X below it.

    batches: list of int arrays of shape (batch_size, num_steps), the X of
    each minibatch. A piece of the corpus read by row r of minibatch k has
    the colour of that row and that minibatch, a frame and a label.
    words: {'corpus': str, 'minibatch': f(k), 'row': f(r), 'piece': f(k, r)}.
    """
    colors = {}
    for k, X in enumerate(batches):
        for r, piece in enumerate(X):
            colors.update({int(v): _color(k, r) for v in piece})
    for i in range(corpus_len):
        _cell(ax, i, 3, i, colors.get(i, 'white'))
    for k, X in enumerate(batches):
        for r, piece in enumerate(X):
            ax.add_patch(Rectangle((piece[0], 3), len(piece), 1, fill=False,
                                   edgecolor='black', linewidth=1.4))
            ax.text(piece[0] + len(piece) / 2, 4.15, words['piece'](k + 1, r),
                    ha='center', va='bottom', fontsize=7)
    ax.text(-0.3, 3.5, words['corpus'], ha='right', va='center', fontsize=9)
    num_steps = len(batches[0][0])
    for k, X in enumerate(batches):
        left = k * (num_steps + 2)
        ax.text(left + num_steps / 2, 1.1, words['minibatch'](k + 1),
                ha='center', va='bottom', fontsize=9)
        for r, piece in enumerate(X):
            if k == 0:
                ax.text(-0.3, 0.5 - r, words['row'](r), ha='right',
                        va='center', fontsize=9)
            for j, value in enumerate(piece):
                _cell(ax, left + j, -r, int(value), _color(k, r))
    ax.set_title(title, fontsize=10, loc='left')
    ax.set_xlim(-4.5, corpus_len + 0.5)
    ax.set_ylim(1 - len(batches[0]) - 0.2, 5)
    ax.set_aspect('equal')
    ax.axis('off')


def plot_samplers(samplers, corpus_len, corpus_label=None, minibatch_label=None,
                  row_label=None, piece_label=None):
    """Draw which pieces of a toy corpus 0 .. corpus_len - 1 go into which
    row of which minibatch: one panel per sampler, stacked.

    samplers: {title: iterable of (X, Y) minibatches}, X an NDArray or
    array of shape (batch_size, num_steps) holding corpus positions. The
    labels default to the lesson's language; given, '{}' in them takes the
    minibatch (from 1) and row (from 0) numbers. Nothing here is random:
    the figure shows whatever the samplers yielded.
    """
    words = {
        'corpus': corpus_label or label('corpus'),
        'minibatch': (minibatch_label.format if minibatch_label
                      else lambda k: label('minibatch', k=k)),
        'row': row_label.format if row_label else lambda r: label('row', r=r),
        'piece': (piece_label.format if piece_label
                  else lambda k, r: label('piece', k=k, r=r)),
    }
    fig, axes = plt.subplots(len(samplers), 1, figsize=(7.6, 2.1 * len(samplers)),
                             squeeze=False)
    for ax, (title, batches) in zip(axes[:, 0], samplers.items()):
        xs = [X.asnumpy().astype(int) if hasattr(X, 'asnumpy') else X
              for X, _ in batches]
        _draw_sampler(ax, xs, corpus_len, title, words)
    fig.tight_layout()
    plt.show()


use_sharp_figures()
