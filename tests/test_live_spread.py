"""experiments/live_spread.py: its pieces, and that the stored summary is its own.

The runs themselves take an hour (make spread); here: the seeds are moved where
they should be and nowhere else, result lines are told from samples, ranges are
made per number and per line, and experiments/results/live-spread.json is what
--summary makes from the stored runs, with an entry for every lesson it names.
"""
import d2l_helpers as d2l

import json

import pytest
from nbfiles import REPO
from support import load_script

SCRIPT = REPO / 'experiments' / 'live_spread.py'


@pytest.fixture(scope='module')
def spread():
    return load_script(SCRIPT)


def cell(src, tags=()):
    return {'cell_type': 'code', 'source': src, 'metadata': {'tags': list(tags)},
            'outputs': []}


def test_results_and_errors_print_on_lines_of_their_own(spread):
    outputs = [{'output_type': 'display_data', 'data': {'text/plain': ['10 epochs; best 7.1']}},
               {'output_type': 'stream', 'name': 'stdout', 'text': ['epoch 5, perplexity 9']},
               {'output_type': 'stream', 'name': 'stdout', 'text': ['.2\n']},
               {'output_type': 'error', 'ename': 'FloatingPointError', 'evalue': 'diverged'}]
    assert spread.result_lines(spread.printed({'outputs': outputs})) == [
        '10 epochs; best 7.1', 'epoch 5, perplexity 9.2', 'FloatingPointError: diverged']


def test_seeds_move_only_in_training_cells(spread):
    nb = {'cells': [cell('d2l.set_seed(0)\nx = get_params()'),
                    cell(['d2l.set_seed(0)\n', 'torch.manual_seed(1)\n', 'train()'],
                         ['nbval-ignore-output']),
                    {'cell_type': 'markdown', 'source': 'set_seed(0)', 'metadata': {}}]}
    out = spread.shifted(nb, 2)['cells']
    assert out[0]['source'] == 'd2l.set_seed(0)\nx = get_params()'
    assert out[1]['source'] == 'd2l.set_seed(2)\ntorch.manual_seed(3)\ntrain()'
    assert out[2]['source'] == 'set_seed(0)'


def test_samples_are_not_result_lines(spread):
    text = ('epoch 25, perplexity 8.29, validation 8.49\n'
            ' - traveller the the the\n   the the\n\nbest epoch 70: validation 7.17\n')
    assert spread.result_lines(text) == ['epoch 25, perplexity 8.29, validation 8.49',
                                         'best epoch 70: validation 7.17']


def test_each_number_becomes_its_range(spread):
    lines = ['best epoch 9: validation 232.84; 1,027 characters; +0.871 bits',
             'best epoch 24: validation 214.52; 1,027 characters; -0.010 bits',
             'best epoch 11: validation 234.05; 1,027 characters; +0.900 bits']
    assert spread.ranged(lines) == ('best epoch 9–24: validation 214.52–234.05; '
                                    '1,027 characters; -0.010–+0.900 bits')


def test_a_diverged_run_prints_numbers_too(spread):
    lines = ['lr 10: train 1.001e+275, validation inf', 'lr 10: train 2244, validation 2665']
    assert spread.ranged(lines) == 'lr 10: train 2244–1.001e+275, validation 2665–inf'


def test_lines_match_by_template_and_say_when_some_runs_lack_them(spread):
    runs = [{'cells': {'a': 'stopped after epoch 29\nchosen: random\nloss 3.5\n'}},
            {'cells': {'a': 'stopped after epoch 43\nchosen: consecutive\nloss 3.1\n'}},
            {'cells': {'a': 'stopped after epoch 30\nchosen: random\nloss 3.3\n'}}]
    assert spread.summary(runs) == ['stopped after epoch 29–43', 'chosen: random  (2/3)',
                                    'loss 3.1–3.5', 'chosen: consecutive  (1/3)']


def test_three_or_more_generated_texts_become_one_line(spread):
    runs = [{'cells': {'a': 'temperature 0: the time\ntemperature 1: a cat\n'}},
            {'cells': {'a': 'temperature 0: the time\ntemperature 1: a dog\n'}},
            {'cells': {'a': 'temperature 0: the time\ntemperature 1: the end\n'}}]
    assert spread.summary(runs) == ['temperature 0: the time',
                                    'temperature 1: 3 different texts in 3 runs']
    assert spread.summary(runs, 'zh')[1] == 'temperature 1：3 次运行中有 3 种不同的文本'


def test_stored_summary_is_made_from_the_stored_runs(spread):
    stored = json.loads(spread.SUMMARY.read_text(encoding='utf-8'))
    for lesson, entry in stored.items():
        records = spread.stored_records(lesson)
        assert len(records) == len(spread.SETTINGS), f'{lesson}: a setting was not run'
        assert entry['lines'] == spread.summary(records, lesson.split('/')[0]), \
            f'{lesson}: run `python experiments/live_spread.py --summary` again'
    assert sorted(stored) == sorted(spread.LESSONS)


def test_show_spread_prints_the_runs_and_lines(tmp_path, capsys, language):
    entry = {'settings': ['1 thread', 'seeds + 1'], 'lines': ['loss 3.1–3.5', 'epoch 9–24']}
    other = {'settings': ['1 个线程'], 'lines': ['损失 3.1–3.5']}
    (tmp_path / 'live-spread.json').write_text(json.dumps({'en/x': entry, 'zh/x': other}),
                                               encoding='utf-8')
    language('en')
    d2l.show_spread('x', results=tmp_path)
    assert capsys.readouterr().out == ('five runs besides the stored one: 1 thread, seeds + 1\n'
                                       'loss 3.1–3.5\nepoch 9–24\n')


@pytest.mark.parametrize('lang, words', [('en', 'make spread'), ('zh', '仓库的克隆')])
def test_show_spread_says_what_to_do_without_results(tmp_path, language, lang, words):
    language(lang)
    with pytest.raises(FileNotFoundError, match=words):
        d2l.show_spread('x', results=tmp_path)
