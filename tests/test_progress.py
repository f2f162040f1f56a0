"""Training progress: summary lines, wrapping, the status line and the live figure."""
import d2l_helpers as d2l
from d2l_helpers import figures, labels, progress

import pytest

HISTORY = {'epoch': [1, 2, 3], 'train_ppl': [20.0, 10.0, 5.0], 'valid_ppl': [18.0, 12.0, 14.0],
           'seconds': [1.0, 2.0, 3.0], 'grad_norm': [1.0] * 6}


def test_width_counts_cjk_twice():
    assert progress.width('abc') == 3
    assert progress.width('分开') == 4


@pytest.mark.parametrize('text', [
    ' - the time traveller ' + 'smiled ' * 30,
    ' - 分开 ' + '我想就这样牵着你的手不放开 ' * 10,
    ' - ' + '爱' * 200,  # no space at all
])
def test_wrap_fits_columns_and_keeps_every_character(text):
    wrapped = progress.wrap(text, columns=40)
    lines = wrapped.split('\n')
    assert all(progress.width(line) <= 40 for line in lines)
    assert lines[0].startswith(' - ')
    assert [c for c in wrapped if not c.isspace()] == [c for c in text if not c.isspace()]


def test_status_running_and_done():
    running = progress.status(HISTORY, num_epochs=10)
    assert 'epoch 3/10' in running and 'validation 14.00' in running and '7 s left' in running
    done = progress.status(HISTORY, num_epochs=3, done=True)
    assert done == ('3 epochs in 3.0 s (1.000 s/epoch); '
                    'best validation perplexity 12.00 at epoch 2')


def test_labels_follow_the_language(language):
    language('zh')
    assert '困惑度' in progress.status(HISTORY, num_epochs=10)
    assert labels.label('epoch') == '周期'
    language('en')
    assert labels.label('epoch') == 'epoch'
    with pytest.raises(ValueError, match='unknown language'):
        language('fr')


def test_draw_has_both_curves_and_the_baseline():
    fig = progress.draw(HISTORY, num_epochs=3, baseline=9.0)
    ax = fig.axes[0]
    assert [line.get_label() for line in ax.lines] == [
        'training', 'validation', 'counting baseline (validation)']
    assert progress.draw is figures.progress_figure  # one home for the drawing


def y_tick_labels(fig):
    """The non-empty y tick labels (major and minor) inside the axes, once drawn."""
    fig.canvas.draw()
    ax = fig.axes[0]
    low, high = sorted(ax.get_ylim())
    return [t.get_text() for t in ax.yaxis.get_ticklabels(which='both')
            if t.get_text() and low <= t.get_position()[1] <= high]


def legend_corner(fig):
    """Where the legend's lower left corner is, in figure pixels."""
    fig.canvas.draw()
    box = fig.axes[0].get_legend().get_window_extent()
    return round(box.x0), round(box.y0)


#: Perplexity from 170 down to 5.31 (training) and 3000 down to 100 (validation).
FALLING = {'epoch': [1, 2, 3, 4], 'train_ppl': [170.0, 40.0, 12.0, 5.31],
           'valid_ppl': [3000.0, 900.0, 300.0, 100.0], 'seconds': [1.0, 2.0, 3.0, 4.0]}


@pytest.mark.parametrize('curve', ['train_ppl', 'valid_ppl'])
def test_every_redraw_has_readable_log_ticks(curve):
    """More than a decade used to leave the single label '100' on the y axis."""
    for epoch in range(1, 5):
        history = {key: values[:epoch] for key, values in FALLING.items()}
        if curve == 'train_ppl':
            history['valid_ppl'] = []
        fig = progress.draw(history, num_epochs=10)
        labels = y_tick_labels(fig)
        assert fig.axes[0].get_yscale() == 'log' and len(labels) >= 4, (epoch, labels)
    assert {'10', '100'} <= set(y_tick_labels(progress.draw(FALLING, 10)))


def test_legend_stays_above_the_axes_on_every_redraw():
    corners, axes_tops = set(), set()
    for epoch in range(1, 5):
        fig = progress.draw({key: values[:epoch] for key, values in FALLING.items()},
                            num_epochs=10, baseline=50.0)
        corners.add(legend_corner(fig))
        axes_tops.add(round(fig.axes[0].get_window_extent().y1))
    assert len(corners) == 1 and len(axes_tops) == 1
    assert corners.pop()[1] > axes_tops.pop()  # above the curves, not over them


@pytest.mark.parametrize('lang, xlabel, ylabel', [('en', 'epoch', 'perplexity'),
                                                  ('zh', '周期', '困惑度')])
def test_empty_figure_has_the_frame_and_baseline(language, lang, xlabel, ylabel):
    """Before the first epoch ends: labelled axes over all epochs, and the baseline."""
    language(lang)
    fig = progress.draw({'epoch': [], 'train_ppl': [], 'valid_ppl': []},
                        num_epochs=50, baseline=12.0)
    ax = fig.axes[0]
    assert (ax.get_xlabel(), ax.get_ylabel()) == (xlabel, ylabel)
    assert ax.get_xlim() == (1, 50)
    baseline = ax.lines[-1]
    assert list(baseline.get_ydata()) == [12.0, 12.0]
    low, high = ax.get_ylim()
    assert low < 12.0 < high and len(y_tick_labels(fig)) >= 4


class FakeHandle:
    def __init__(self, obj):
        self.shown = [obj]

    def update(self, obj):
        self.shown.append(obj)


@pytest.fixture
def handles(monkeypatch):
    """The display handles Progress makes, each remembering what it showed."""
    made = []

    def display(obj, display_id):
        made.append(FakeHandle(obj))
        return made[-1]

    import IPython.display
    monkeypatch.setattr(IPython.display, 'display', display)
    monkeypatch.setattr(progress, 'REDRAW_EVERY', 0)
    return made


def test_live_progress_updates_in_place(handles):
    """In a notebook the status line and figure are two handles updated in place."""
    shown = progress.Progress(num_epochs=3, baseline=None, live=True)
    for epoch in range(1, 4):
        shown.epoch({key: values[:epoch] for key, values in HISTORY.items()})
    shown.close(HISTORY)
    line, figure = handles
    assert len(line.shown) == len(figure.shown) == 1 + 3 + 1  # start, epochs, end
    assert 'best validation perplexity 12.00' in line.shown[-1].data
    assert len(figure.shown[-1].axes[0].lines[0].get_xdata()) == 3


@pytest.mark.parametrize('lang, starting', [('en', 'epoch 0/40, starting …'),
                                            ('zh', '周期 0/40，开始训练……')])
def test_live_progress_shows_the_frame_at_once(handles, language, lang, starting):
    """No blank line and empty figure while the first epoch runs."""
    language(lang)
    progress.Progress(num_epochs=40, baseline=12.0, live=True)
    (line,), (figure,) = (h.shown for h in handles)
    assert line.data == starting == labels.label('starting', total=40)
    ax = figure.axes[0]
    assert ax.get_xlim() == (1, 40) and ax.get_xlabel() == labels.label('epoch')
    assert [list(l.get_ydata()) for l in ax.lines][-1] == [12.0, 12.0]


def test_not_live_outside_a_notebook(capsys):
    assert not progress.in_notebook()
    shown = progress.Progress(num_epochs=3)
    shown.epoch(HISTORY)
    shown.report(['epoch 3, perplexity 5.00', ' - time'])
    shown.close(HISTORY)
    assert capsys.readouterr().out == 'epoch 3, perplexity 5.00\n - time\n'


def test_error_messages_follow_the_language(language):
    """The errors a lesson shows: English by default, word for word as before; Chinese in zh."""
    assert labels.label('diverged', epoch=1, loss=2937.2) == (
        'training diverged in epoch 1: the loss is 2937. Try a lower learning rate, '
        'or clip gradients harder (a smaller clipping_theta).')
    with pytest.raises(ValueError) as err:
        d2l.encode('a🙂', {'a': 0})
    assert str(err.value) == ("characters not in the vocabulary: ['🙂']; use only "
                              'characters of the training corpus')
    language('zh')
    assert labels.label('diverged', epoch=1, loss=2937.2).startswith(
        '训练在第 1 个周期发散：损失为 2937。')
    with pytest.raises(ValueError, match='字符不在词表中'):
        d2l.encode('a🙂', {'a': 0})


@pytest.mark.parametrize('lang, bad_temperature, empty_prefix', [
    ('en', 'temperature must be 0 (greedy) or positive, not -1',
     'the prefix is empty: give at least one character'),
    ('zh', '温度须为 0（贪心）或正数，而不是 -1', '前缀为空：请至少给出一个字符')])
def test_generation_errors_follow_the_language(language, lang, bad_temperature,
                                               empty_prefix):
    """pick and generate, taught in lesson 2, raise in the lesson's language."""
    from mxnet import nd

    language(lang)
    with pytest.raises(ValueError) as err:
        d2l.pick(nd.array([0.0, 1.0]), -1)
    assert str(err.value) == bad_temperature
    with pytest.raises(ValueError) as err:
        d2l.generate(None, None, '', 3, ['a'], {'a': 0}, None)
    assert str(err.value) == empty_prefix
