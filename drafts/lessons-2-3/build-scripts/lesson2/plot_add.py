

#: Row names of plot_unrolled_rnn, by language (see set_language).
UNROLLED_NAMES = {'en': ('input', 'hidden state', 'output', 'label'),
                  'zh': ('输入', '隐藏状态', '输出', '标签')}


def _language():
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
    names = names or UNROLLED_NAMES[_language()]
    num_steps = len(inputs)
    fig, ax = plt.subplots(figsize=(1.6 + 0.95 * num_steps, 3.6))
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
    ax.set_xlim(-2.4, num_steps + 0.6)
    ax.set_ylim(-0.5, 4.05)
    ax.axis('off')
    if title:
        ax.set_title(title, fontsize=11)
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
