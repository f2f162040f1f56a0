"""One source for taught code, and a linter.

ruff reads pyproject.toml; chapters/ruff.toml limits lesson cells to the 78
columns the book shows without a sideways scroll bar.
"""
import subprocess
import sys

import pytest
import sync_taught_code
from nbfiles import LESSONS, REPO, code_cells, lessons, load, source


def test_ruff_passes():
    """The module, tests, tools and notebooks pass the linter configured in pyproject.toml."""
    result = subprocess.run([sys.executable, '-m', 'ruff', 'check', '--output-format',
                             'concise', '.'], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize('path', lessons(), ids=lambda p: str(p.relative_to(REPO)))
def test_lesson_is_in_step_with_its_sources(path):
    """Taught code as in d2l_helpers, and the Colab setup cell first (make sync)."""
    stale = sync_taught_code.out_of_step(path, sync_taught_code.module_sources())
    assert not stale, f'{path.relative_to(REPO)}: {stale}; run `make sync`'


def test_sync_rewrites_a_drifted_definition():
    """A changed module function reaches the cell that teaches it; the rest is untouched."""
    sources = {'f': 'def f(x):\n    return 2 * x', 'K': 'K = 3\nK.hybridize()'}
    cell = 'import math\n\n\ndef f(x):\n    return x\n\n\nK = 1\nK.hybridize()\nprint(f(K))\n'
    assert sync_taught_code.synced(cell, sources) == (
        'import math\n\n\ndef f(x):\n    return 2 * x\n\n\nK = 3\nK.hybridize()\nprint(f(K))\n')
    assert sync_taught_code.synced('y = f(1)\n', sources) == 'y = f(1)\n'


#: Lesson numbers, in the order of the book's table of contents.
LESSON_NUMBERS = {name: number for number, name in enumerate(LESSONS, 1)}


def test_taught_functions_say_where():
    """Like d2l's "Defined in", a module function or class names the lesson that teaches it."""
    import d2l_helpers

    import importlib
    import inspect
    shared = sync_taught_code.module_sources()
    missing = []
    for name, number in LESSON_NUMBERS.items():
        path = REPO / 'chapters' / 'en' / f'{name}.ipynb'
        sources = sync_taught_code.lesson_sources(path, shared)
        try:  # a lesson's own modules (PyTorch's) come first; skipped if not installed
            own = [importlib.import_module(f'd2l_helpers.{m}')
                   for m in sync_taught_code.own_modules(name)]
        except ImportError:
            continue
        modules = own + [m for m in vars(d2l_helpers).values() if inspect.ismodule(m)]
        for cell in code_cells(load(f'en/{name}')):
            for taught in sync_taught_code.definitions(source(cell)):
                obj = next((getattr(module, taught) for module in modules
                            if hasattr(module, taught)), None)
                if taught in sources and (inspect.isfunction(obj) or inspect.isclass(obj)):
                    where = f'Defined in lesson {number} ({name}).'
                    if where not in (obj.__doc__ or ''):
                        missing.append(f'{taught}: {where}')
    assert not missing, f'add to these docstrings: {missing}; then `make sync`'
