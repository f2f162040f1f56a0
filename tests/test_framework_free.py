"""The core of d2l_helpers needs no deep-learning framework; lesson 4 needs no MXNet.

The core modules import neither MXNet nor PyTorch; `fit` runs any framework's
operations it is given; and in a process where MXNet cannot be imported the
package, the core and the PyTorch helpers still work, while an MXNet function
says how to install MXNet.
"""
import d2l_helpers as d2l

import ast
import subprocess
import sys
import textwrap

import numpy as np
import pytest
from nbfiles import REPO

#: the modules that must not import a deep-learning framework
CORE = ['corpus', 'sampling', 'loop', 'ngrams', 'bootstrap', 'labels', 'progress',
        'figures', 'seeds', 'numpy_compat']
FRAMEWORKS = {'mxnet', 'torch'}


def imported_modules(path):
    """The top-level names of every module `path` imports."""
    tree = ast.parse(path.read_text(encoding='utf-8'))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split('.')[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names.add(node.module.split('.')[0])
    return names


@pytest.mark.parametrize('name', CORE)
def test_core_module_imports_no_framework(name):
    path = REPO / 'd2l_helpers' / f'{name}.py'
    if not path.exists():
        pytest.fail(f'{path} is missing: update CORE in this test')
    assert imported_modules(path) & FRAMEWORKS == set()


def test_imported_modules_sees_a_framework(tmp_path):
    """The check above can fail."""
    path = tmp_path / 'bad.py'
    path.write_text('import os\nfrom mxnet import nd\nimport torch.nn as nn\n')
    assert imported_modules(path) & FRAMEWORKS == FRAMEWORKS


def test_fit_runs_any_framework_s_operations(capsys):
    """fit with plain-Python operations: it only counts epochs and keeps history."""
    losses = iter([2.0, 1.5, 1.0])
    seen = []

    def sampler(corpus_indices, batch_size, num_steps, ctx):
        return d2l.random_batches(corpus_indices, batch_size, num_steps)

    def train_epoch(forward, begin_state, params, update, data_iter,
                    is_random_iter, clipping_theta):
        seen.append(sum(1 for _ in data_iter))
        return next(losses), [3.0, 0.5]

    history = d2l.fit(
        train_epoch=train_epoch, evaluate=lambda *args: 9.0, sampler=sampler,
        forward=None, begin_state=None, params=[], update=None,
        predict=lambda prefix: prefix + '!', corpus_indices=list(range(100)),
        is_random_iter=True, num_epochs=3, num_steps=5, clipping_theta=1,
        batch_size=4, pred_period=3, prefixes=['ab'], ctx=None,
        valid_indices=[0, 1], progress=False)
    assert seen == [4, 4, 4]  # 19 pieces of 5 (offset < 5): 4 minibatches of 4
    assert history['epoch'] == [1, 2, 3]
    np.testing.assert_allclose(history['train_ppl'], np.exp([2.0, 1.5, 1.0]))
    assert history['valid_ppl'] == [9.0] * 3
    assert history['grad_norm'] == [3.0, 0.5] * 3
    assert ' - ab!' in capsys.readouterr().out


def test_fit_takes_keywords_only():
    with pytest.raises(TypeError):
        d2l.fit(None, None)


def run_without_mxnet(code):
    """Run `code` in a fresh Python where importing mxnet fails; returns stdout."""
    blocker = textwrap.dedent('''
        import importlib.abc, sys
        class NoMXNet(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name == 'mxnet' or name.startswith('mxnet.'):
                    raise ModuleNotFoundError("No module named 'mxnet'", name='mxnet')
        sys.meta_path.insert(0, NoMXNet())
    ''')
    result = subprocess.run([sys.executable, '-c', blocker + textwrap.dedent(code)],
                            capture_output=True, text=True, cwd=REPO, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_core_works_without_mxnet():
    out = run_without_mxnet('''
        import sys
        import d2l_helpers as d2l
        assert 'mxnet' not in sys.modules
        corpus, _, _, size = d2l.split_corpus('abcabdabcabe' * 20, 200, 0)
        d2l.set_seed(0)
        X, Y = next(d2l.random_batches(corpus, 2, 5))
        assert X.shape == Y.shape == (2, 5)
        print(round(d2l.best_counting_perplexity(corpus[:150], corpus[150:], size), 3))
        try:
            d2l.RNNModel
        except ModuleNotFoundError as err:
            print('error:', err)
    ''')
    lines = out.splitlines()
    assert float(lines[0]) > 1
    assert lines[1].startswith('error: MXNet 1.9.1 is not installed')


def test_pytorch_helpers_train_without_mxnet():
    pytest.importorskip('torch')
    out = run_without_mxnet('''
        import sys
        import d2l_helpers as d2l
        from d2l_helpers import pytorch as d2lt
        from torch import nn
        corpus, char_to_idx, idx_to_char, size = d2l.split_corpus(
            'the time traveller ' * 30, 570, 0)
        d2l.set_seed(0)
        model = d2lt.RNNModel(nn.RNN(size, 16), size)
        history = d2lt.train_and_predict_rnn_pytorch(
            model, 16, size, 'cpu', corpus, idx_to_char, char_to_idx, 3, 10,
            0.01, 1.0, 8, 5, 10, ['the'], progress=False)
        assert 'mxnet' not in sys.modules
        print(history['train_ppl'][-1] < history['train_ppl'][0])
    ''')
    assert out.splitlines()[-1] == 'True'
