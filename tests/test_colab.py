"""The lessons' Colab setup cell: where it comes from, and what it does.

`make sync` writes tools/colab_setup_cell.py's cell first into every lesson,
installing from the repository URL of _config.yml. The slow test runs it in an
environment made like Colab's default runtime: CPython 3.13 with numpy 2.1.3
(and matplotlib, ipykernel) loaded before any cell runs. The cell must install
MXNet 1.9.1 and the helpers next to that numpy, and `import d2l_helpers` must
then work in the same process, without a restart. The package comes from this
checkout instead of the repository URL (no network for it here).
"""
import ast
import shutil
import subprocess
import sys

import colab_setup_cell
import pytest
import sync_taught_code
import yaml
from nbfiles import CHAPTERS, REPO, code_cells, read, source, tags, write


def python313():
    for cmd in (['python3.13', '-c', 'import sys; print(sys.executable)'],
                ['env', 'PYENV_VERSION=3.13.0', 'pyenv', 'which', 'python3.13']):
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
            return out.strip().splitlines()[-1]
        except (OSError, subprocess.CalledProcessError):
            continue
    pytest.skip('no CPython 3.13 here')


def from_checkout(lang):
    """The cell for `lang`, installing the helpers from this checkout."""
    return colab_setup_cell.source(lang, url=str(REPO)).replace(
        "f'd2l-helpers @ git+{REPOSITORY}'", 'REPOSITORY')


@pytest.mark.slow
def test_setup_cell_installs_without_restart(tmp_path):
    venv = tmp_path / 'colab'
    subprocess.run([python313(), '-m', 'venv', venv], check=True)
    py = str(venv / 'bin' / 'python')
    subprocess.run([py, '-m', 'pip', 'install', '-q', 'numpy==2.1.3', 'matplotlib==3.9.4',
                    'ipykernel'], check=True)
    program = ('import numpy, matplotlib  # loaded before the cell, as on Colab\n'
               + from_checkout('en') +
               '\nimport d2l_helpers as d2l\nfrom mxnet import nd\n'
               'print(numpy.__version__, nd.dot(nd.ones((2, 3)), nd.ones((3, 1))).sum()'
               '.asscalar())\n')
    first = subprocess.run([py, '-c', program], capture_output=True, text=True, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.split() == ['2.1.3', '6.0'], first.stdout + first.stderr
    # the second time (the Chinese lessons' cell) everything is there: it installs nothing
    again = subprocess.run([py, '-c', from_checkout('zh') + '\nimport d2l_helpers as d2l\n'
                            'print(d2l.NUM_THREADS > 0)'],
                           capture_output=True, text=True, cwd=tmp_path)
    assert again.returncode == 0 and again.stdout == 'True\n', again.stderr


@pytest.mark.parametrize('lang', ['zh', 'en'])
def test_setup_cell_is_silent_where_the_course_is_installed(lang):
    """nbval compares the cell's output with the stored one: none."""
    run = subprocess.run([sys.executable, '-c', colab_setup_cell.source(lang)],
                         capture_output=True, text=True, cwd=REPO)
    assert (run.returncode, run.stdout, run.stderr) == (0, '', '')


def test_twins_differ_only_in_comments():
    """The twin rule: the same code, token for token; comments in the lesson's language."""
    zh, en = colab_setup_cell.source('zh'), colab_setup_cell.source('en')
    assert ast.dump(ast.parse(zh)) == ast.dump(ast.parse(en))
    assert '安装' in zh and '安装' not in en


def test_setup_cell_uses_the_configured_repository(tmp_path, monkeypatch, capsys):
    """The URL comes from _config.yml: changing it there makes a synced lesson stale."""
    url = yaml.safe_load(colab_setup_cell.CONFIG.read_text(encoding='utf-8'))['repository']['url']
    for lang in ('zh', 'en'):
        assert f"REPOSITORY = '{url}'" in colab_setup_cell.source(lang)
    lesson = tmp_path / 'en' / 'language-models.ipynb'
    lesson.parent.mkdir()
    shutil.copy(CHAPTERS / 'en' / 'language-models.ipynb', lesson)
    sync_taught_code.main([str(lesson)])
    assert sync_taught_code.main(['--check', str(lesson)]) == 0

    config = tmp_path / '_config.yml'
    config.write_text(colab_setup_cell.CONFIG.read_text(encoding='utf-8').replace(
        url, 'https://github.com/someone/fork'), encoding='utf-8')
    monkeypatch.setattr(colab_setup_cell, 'CONFIG', config)
    capsys.readouterr()
    assert sync_taught_code.main(['--check', str(lesson)]) == 1
    out = capsys.readouterr().out
    assert f'{lesson}: the Colab setup cell' in out and 'out of date' in out
    assert 'run `make sync`' in out


@pytest.mark.parametrize('lang', ['zh', 'en'])
def test_sync_inserts_the_setup_cell(lang, tmp_path, capsys):
    """A lesson without the cell fails the check; sync puts it first, changing nothing else."""
    path = tmp_path / lang / 'language-models.ipynb'
    path.parent.mkdir()
    nb = read(CHAPTERS / lang / 'language-models.ipynb')
    nb['cells'] = [c for c in nb['cells'] if colab_setup_cell.TAG not in tags(c)]
    write(path, nb)
    assert sync_taught_code.main(['--check', str(path)]) == 1
    out = capsys.readouterr().out
    assert f'{path}: the Colab setup cell' in out and 'missing' in out
    assert 'run `make sync`' in out

    assert sync_taught_code.main([str(path)]) == 0
    synced = read(path)
    first = code_cells(synced)[0]
    assert source(first) == colab_setup_cell.source(lang)
    assert tags(first) == set(colab_setup_cell.TAGS)
    assert (first['id'], first['outputs'], first['execution_count']) == (
        colab_setup_cell.TAG, [], None)
    assert [c for c in synced['cells'] if c is not first] == nb['cells']
    assert sync_taught_code.main(['--check', str(path)]) == 0
    assert not sync_taught_code.sync(path, sync_taught_code.module_sources())  # no change
