"""The lessons' Colab setup cell, in an environment made like Colab's.

Colab's default runtime: CPython 3.13 with numpy 2.1.3 (and matplotlib,
ipykernel) loaded before any cell runs. The cell must install MXNet 1.9.1 and
the helpers next to that numpy, and `import d2l_helpers` must then work in the
same process, without a restart. The package comes from this checkout instead
of the repository URL (no network for it here).
"""
import pathlib
import subprocess

import pytest

REPO = pathlib.Path(__file__).resolve().parent.parent
CELL = pathlib.Path(__file__).resolve().parents[1] / 'tools' / 'colab_setup_cell.py'


def python313():
    for cmd in (['python3.13', '-c', 'import sys; print(sys.executable)'],
                ['env', 'PYENV_VERSION=3.13.0', 'pyenv', 'which', 'python3.13']):
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
            return out.strip().splitlines()[-1]
        except (OSError, subprocess.CalledProcessError):
            continue
    pytest.skip('no CPython 3.13 here')


@pytest.mark.slow
def test_setup_cell_installs_without_restart(tmp_path):
    venv = tmp_path / 'colab'
    subprocess.run([python313(), '-m', 'venv', venv], check=True)
    py = str(venv / 'bin' / 'python')
    subprocess.run([py, '-m', 'pip', 'install', '-q', 'numpy==2.1.3', 'matplotlib==3.9.4',
                    'ipykernel'], check=True)
    cell = CELL.read_text(encoding='utf-8')
    url_line = next(line for line in cell.splitlines() if 'REPOSITORY = ' in line)
    cell = cell.replace(url_line, f'    REPOSITORY = {str(REPO)!r}').replace(
        "f'd2l-helpers @ git+{REPOSITORY}'", 'REPOSITORY')
    program = ('import numpy, matplotlib  # loaded before the cell, as on Colab\n'
               + cell +
               '\nimport d2l_helpers as d2l\nfrom mxnet import nd\n'
               'print(numpy.__version__, nd.dot(nd.ones((2, 3)), nd.ones((3, 1))).sum()'
               '.asscalar())\n')
    first = subprocess.run([py, '-c', program], capture_output=True, text=True, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.split() == ['2.1.3', '6.0'], first.stdout + first.stderr
    # the second time everything is there: the cell installs nothing
    again = subprocess.run([py, '-c', cell + '\nprint(d2l.NUM_THREADS > 0)'],
                           capture_output=True, text=True, cwd=tmp_path)
    assert again.returncode == 0 and again.stdout == 'True\n', again.stderr


def test_setup_cell_uses_the_configured_repository():
    """The repository URL lives in _config.yml; the setup cell must say the same."""
    import yaml
    url = yaml.safe_load((REPO / '_config.yml').read_text(encoding='utf-8'))['repository']['url']
    assert f"REPOSITORY = '{url}'" in CELL.read_text(encoding='utf-8'), (
        f'set REPOSITORY in {CELL.name} to the repository url of _config.yml ({url})')
