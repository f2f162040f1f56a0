"""Training progress: summary lines, and a live figure while a notebook cell runs.

In a Jupyter kernel the figure of training and validation perplexity and one
status line are redrawn in place while training runs; when it ends, the
figure shows the final curves and the status line becomes a one-line summary.
So a notebook stores the final figure and the summary lines, nothing between.
This module holds the mechanics (when to redraw, what the status line says);
figures.progress_figure draws the figure.
"""
import math
import time
import unicodedata

from .figures import in_notebook, progress_figure
from .labels import label

#: Seconds between two redraws of the live figure (each costs about 0.1 s).
REDRAW_EVERY = 2.0

#: The live figure for a history (figures.progress_figure; the older name).
draw = progress_figure


def width(text):
    """Columns `text` takes in a monospaced font (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in text)


def wrap(text, columns=78, indent='   '):
    """Break `text` at spaces (or inside a word too long) into lines of at most `columns`."""
    lines, line = [], None
    for word in text.split(' '):
        if line is None:
            line = word
        elif (width(line) + 1 + width(word) <= columns
              or width(indent + word) > columns):  # too long for any line: cut below
            line += ' ' + word
        else:
            lines.append(line)
            line = indent + word
        while width(line) > columns:  # a word longer than a line: cut it
            cut = max(i for i in range(len(line) + 1) if width(line[:i]) <= columns)
            lines.append(line[:cut])
            line = indent + line[cut:]
    return '\n'.join(lines + [line])


def best_epoch(history):
    """(epoch, perplexity) of the lowest validation perplexity so far, or None."""
    if not history['valid_ppl']:
        return None
    i = min(range(len(history['valid_ppl'])), key=history['valid_ppl'].__getitem__)
    return history['epoch'][i], history['valid_ppl'][i]


def status(history, num_epochs, done=False):
    """One line on where training stands: running, or finished when done."""
    epoch, seconds = history['epoch'][-1], history['seconds'][-1]
    rate = seconds / epoch
    if done:
        best = best_epoch(history)
        return label('done', epochs=epoch, seconds=seconds, rate=rate,
                     best=label('best', epoch=best[0], valid=best[1]) if best else '')
    valid = (label('valid', valid=history['valid_ppl'][-1])
             if history['valid_ppl'] else '')
    return label('status', epoch=epoch, total=num_epochs, train=history['train_ppl'][-1],
                 valid=valid, seconds=seconds, left=rate * (num_epochs - epoch))


class Progress:
    """Shows training progress: live in a notebook, else the summary lines only.

    epoch(history) after every epoch; report(lines) prints summary lines;
    close(history) leaves the final figure and summary.
    """

    def __init__(self, num_epochs, baseline=None, live=None):
        self.num_epochs, self.baseline = num_epochs, baseline
        self.live = in_notebook() if live is None else live
        self.last_draw = -math.inf
        if self.live:  # the frame, baseline and a first status line right away
            from IPython.display import Pretty, display
            self.line = display(Pretty(label('starting', total=num_epochs)),
                                display_id=True)
            self.figure = display(
                progress_figure({'epoch': [], 'train_ppl': [], 'valid_ppl': []},
                                num_epochs, baseline), display_id=True)

    def epoch(self, history):
        if self.live and time.time() - self.last_draw >= REDRAW_EVERY:
            self._show(history, done=False)

    def report(self, lines):
        for line in lines:
            print(wrap(line))

    def close(self, history):
        if self.live and history['epoch']:
            self._show(history, done=True)

    def _show(self, history, done):
        from IPython.display import Pretty  # only here: the module works without IPython
        self.line.update(Pretty(status(history, self.num_epochs, done)))
        self.figure.update(progress_figure(history, self.num_epochs, self.baseline))
        self.last_draw = time.time()
