"""Diagrams drawn with code, so every language gets the same figure."""
import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle

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


def _draw_sampler(ax, batches, corpus_len, title, labels):
    """One panel: the corpus on top, each minibatch's X below it.

    batches: list of int arrays of shape (batch_size, num_steps), the X of
    each minibatch. A piece of the corpus read by row r of minibatch k has
    the colour of that row and that minibatch, a frame and a label.
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
            ax.text(piece[0] + len(piece) / 2, 4.15,
                    labels['piece'].format(k + 1, r), ha='center',
                    va='bottom', fontsize=7)
    ax.text(-0.3, 3.5, labels['corpus'], ha='right', va='center', fontsize=9)
    num_steps = len(batches[0][0])
    for k, X in enumerate(batches):
        left = k * (num_steps + 2)
        ax.text(left + num_steps / 2, 1.1, labels['minibatch'].format(k + 1),
                ha='center', va='bottom', fontsize=9)
        for r, piece in enumerate(X):
            if k == 0:
                ax.text(-0.3, 0.5 - r, labels['row'].format(r), ha='right',
                        va='center', fontsize=9)
            for j, value in enumerate(piece):
                _cell(ax, left + j, -r, int(value), _color(k, r))
    ax.set_title(title, fontsize=10, loc='left')
    ax.set_xlim(-4.5, corpus_len + 0.5)
    ax.set_ylim(1 - len(batches[0]) - 0.2, 5)
    ax.set_aspect('equal')
    ax.axis('off')


def plot_samplers(samplers, corpus_len, corpus_label='corpus',
                  minibatch_label='minibatch {}', row_label='row {}',
                  piece_label='minibatch {}, row {}'):
    """Draw which pieces of a toy corpus 0 .. corpus_len - 1 go into which
    row of which minibatch: one panel per sampler, stacked.

    samplers: {title: iterable of (X, Y) minibatches}, X an NDArray or
    array of shape (batch_size, num_steps) holding corpus positions. The
    labels are strings in the lesson's language; '{}' takes the minibatch
    (from 1) and row (from 0) numbers. Nothing here is random: the figure
    shows whatever the samplers yielded.
    """
    labels = {'corpus': corpus_label, 'minibatch': minibatch_label,
              'row': row_label, 'piece': piece_label}
    fig, axes = plt.subplots(len(samplers), 1,
                             figsize=(7.6, 2.1 * len(samplers)))
    for ax, (title, batches) in zip(axes, samplers.items()):
        xs = [X.asnumpy().astype(int) if hasattr(X, 'asnumpy') else X
              for X, _ in batches]
        _draw_sampler(ax, xs, corpus_len, title, labels)
    fig.tight_layout()
    plt.show()
