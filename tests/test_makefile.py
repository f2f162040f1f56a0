"""What `make setup` installs, and which notebooks `make test` runs, by Python and PyTorch.

Each test gives make a stand-in interpreter (a shell script that reports a
version and answers `import torch` as told), so no environment is built.
"""
import subprocess

import pytest
from nbfiles import REPO


def fake_python(path, version, has_torch=False, has_mxnet=True):
    """A script at `path` that acts as CPython `version` for the Makefile's probes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '#!/bin/sh\n'
        f'[ "$2" = "import torch" ] && exit {0 if has_torch else 1}\n'
        f'[ "$2" = "import mxnet" ] && exit {0 if has_mxnet else 1}\n'
        f'[ "$1" = -c ] && {{ echo {version}; exit 0; }}\n'
        'echo "ran: $*"\n')
    path.chmod(0o755)
    return path


def make(*args):
    """Runs make in the repository; returns the finished process."""
    return subprocess.run(['make', '--no-print-directory', *args], cwd=REPO,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize('version, torch, installs_torch', [
    ('3.11', None, True), ('3.11', '0', False),
    ('3.13', None, False), ('3.13', '1', True), ('3.12', None, False)])
def test_setup_installs_pytorch_by_default_on_311_only(tmp_path, version, torch,
                                                        installs_torch):
    python = fake_python(tmp_path / 'python', version)
    args = ['-n', 'setup', f'VENV={tmp_path}/venv', f'PYTHON={python}']
    plan = make(*args, *([f'TORCH={torch}'] if torch else [])).stdout
    assert ('requirements-torch.txt' in plan) == installs_torch
    numpy2 = f'constraints-{version}.txt' in plan
    assert numpy2 == (version != '3.11'), plan


def test_an_existing_venv_decides_the_version(tmp_path):
    fake_python(tmp_path / 'venv/bin/python', '3.13')
    assert 'constraints-3.13.txt' in make('-n', 'setup', f'VENV={tmp_path}/venv').stdout
    other = fake_python(tmp_path / 'python3.12', '3.12')
    clash = make('-n', 'setup', f'VENV={tmp_path}/venv', f'PYTHON={other}')
    assert clash.returncode != 0
    assert 'is Python 3.13' in clash.stderr and 'choose another' in clash.stderr


@pytest.mark.parametrize('has_torch', [False, True])
def test_notebook_tests_leave_lesson_5_out_only_without_pytorch(tmp_path, has_torch):
    fake_python(tmp_path / 'venv/bin/python', '3.12', has_torch=has_torch)
    (tmp_path / 'venv/.installed').touch()
    run = make('-o', 'fonts', 'test-notebooks', f'VENV={tmp_path}/venv')
    assert run.returncode == 0, run.stderr
    ran = [line for line in run.stdout.splitlines() if line.startswith('ran: ')]
    pytest_args = '-m pytest --nbval --nbval-current-env chapters'
    ignore = ' --ignore-glob=chapters/*/rnn-pytorch.ipynb'
    assert ran == [f'ran: {pytest_args}{"" if has_torch else ignore}']
    assert ('Lesson 5 left out' in run.stderr) == (not has_torch)


def test_without_mxnet_runs_lesson_5_under_nbval(tmp_path):
    """make test-without-mxnet runs the unit tests, then both rnn-pytorch
    notebooks under nbval, in the venv without MXNet (its cells tagged
    needs-mxnet are skipped there by chapters/conftest.py)."""
    venv = tmp_path / 'venv'
    fake_python(venv / 'bin/python', '3.11', has_torch=True, has_mxnet=False)
    (venv / '.installed').touch()
    run = make('test-without-mxnet', f'NO_MXNET={venv}')
    assert run.returncode == 0, run.stderr
    ran = [line for line in run.stdout.splitlines() if line.startswith('ran: ')]
    assert ran[-1] == ('ran: -m pytest --nbval --nbval-current-env '
                       'chapters/zh/rnn-pytorch.ipynb chapters/en/rnn-pytorch.ipynb')
    assert ran[0].startswith('ran: -m pytest tests/test_framework_free.py')


def test_the_needs_mxnet_hook_skips_only_tagged_cells():
    """chapters/conftest.py marks the notebook cells tagged needs-mxnet to be
    skipped when MXNet is missing, and leaves every other item alone."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        'chapters_conftest', REPO / 'chapters' / 'conftest.py')
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)

    class Item:
        def __init__(self, cell=None):
            if cell is not None:
                self.cell = cell
            self.marks = []

        def add_marker(self, mark):
            self.marks.append(mark)

    tagged = Item({'metadata': {'tags': ['needs-mxnet', 'nbval-ignore-output']}})
    items = [tagged, Item({'metadata': {'tags': ['remove-cell']}}),
             Item({'metadata': {}}), Item()]
    hook.has_mxnet = lambda: False
    hook.pytest_collection_modifyitems(None, items)
    assert [len(i.marks) for i in items] == [1, 0, 0, 0]
    assert tagged.marks[0].name == 'skip'
    hook.has_mxnet = lambda: True
    again = [Item({'metadata': {'tags': ['needs-mxnet']}})]
    hook.pytest_collection_modifyitems(None, again)
    assert again[0].marks == []
