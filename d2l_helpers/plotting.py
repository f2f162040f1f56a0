"""Figures for the lessons: perplexity curves, frequency plots, the unrolled RNN
and the gradient norm during training."""
import matplotlib.pyplot as plt
from matplotlib import font_manager
from matplotlib.ticker import LogFormatter

CJK_FONTS = ['Noto Sans CJK SC', 'Noto Sans CJK JP', 'WenQuanYi Zen Hei']
#: Legend entries of plot_perplexity's curves, by language (see set_language).
CURVE_NAMES = {'en': ('{} (train)', '{} (held-out)'), 'zh': ('{}（训练）', '{}（留出）')}


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
    The legend marks the curves as training or held-out in the lesson's
    language.
    """
    train, held_out = CURVE_NAMES[_lesson_language()]
    fig, ax = plt.subplots(figsize=(6, 3.5))
    for (label, h), color in zip(histories.items(), plt.rcParams['axes.prop_cycle']):
        ax.plot(h[x], h['train_ppl'], color=color['color'], label=train.format(label))
        if h['valid_ppl']:
            ax.plot(h[x], h['valid_ppl'], '--', color=color['color'],
                    label=held_out.format(label))
    if baseline is not None:
        ax.axhline(baseline, color='gray', linestyle=':', label=baseline_label)
    ax.set(xlabel=xlabel or x, ylabel=ylabel, yscale='log')
    ax.yaxis.set_major_formatter(LogFormatter())  # plain numbers: 20, not 2 x 10^1
    ax.yaxis.set_minor_formatter(LogFormatter())  # labelled where the axis is short
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


#: Row names of plot_unrolled_rnn, by language (see set_language).
UNROLLED_NAMES = {'en': ('input', 'hidden state', 'output', 'label'),
                  'zh': ('输入', '隐藏状态', '输出', '标签')}


def _lesson_language():
    """The language set_language chose ('en' until a lesson sets one)."""
    from . import labels
    return labels._language


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
    names = names or UNROLLED_NAMES[_lesson_language()]
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


def plot_grad_norm(grad_norms, theta, updates_per_epoch=None, xlabel=None,
                   ylabel=None, theta_label=None):
    """Plot the gradient norm before clipping of every update, and theta.

    grad_norms: {run label: list of norms} (history['grad_norm'] of each
    run) or one list. Every point above the line at theta was clipped.
    updates_per_epoch: if given, the x axis counts epochs instead of updates.
    The axis labels default to the lesson's language. Log-scale y axis.
    """
    from .labels import label
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
    ax.set(xlabel=xlabel or default_x, ylabel=ylabel or label('grad_norm'),
           yscale='log')
    ax.legend(fontsize='small', markerscale=4)
    ax.grid(True, which='both', alpha=0.3)
    plt.show()
