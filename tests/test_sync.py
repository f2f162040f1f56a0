"""Taught code in step with its one source, d2l_helpers (`make sync`).

A lesson cell that defines a name d2l_helpers also defines must hold the
module's source (in a Chinese lesson: the same code, with translated comments
and docstrings), and every lesson starts with the Colab setup cell.
tools/sync_taught_code.py rewrites both; these tests say when it is needed.
"""
import pytest
import sync_taught_code
from nbfiles import LESSONS, REPO, code_cells, lessons, load, source


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


SOURCES = {'f': 'def f(x):\n    """Twice x.\n\n    Defined in lesson 1 (a).\n    """\n'
                '    return 2 * x  # double'}


def test_a_translated_definition_with_the_same_code_is_in_step():
    """In a Chinese lesson, a taught definition may have Chinese comments and docstring."""
    cell = ('def f(x):\n    """x 的两倍。\n\n    定义于第 1 课（a）。\n    """\n'
            '    # 加倍\n    return 2 * x  # 两倍\n')
    assert sync_taught_code.stale_names(cell, SOURCES, translated=True) == []
    assert sync_taught_code.synced(cell, SOURCES, translated=True) == cell


def test_a_translated_definition_with_changed_code_is_rewritten():
    """Changed code in a Chinese lesson is out of step and gets the module's source."""
    cell = 'def f(x):\n    """x 的三倍。"""\n    return 3 * x  # 三倍\n'
    assert sync_taught_code.stale_names(cell, SOURCES, translated=True) == ['f']
    assert sync_taught_code.synced(cell, SOURCES, translated=True) == SOURCES['f'] + '\n'


def test_an_english_definition_with_a_changed_comment_is_out_of_step():
    """In an English lesson the exact text counts, comments and docstrings too."""
    cell = SOURCES['f'].replace('# double', '# twice') + '\n'
    assert sync_taught_code.stale_names(cell, SOURCES) == ['f']
    assert sync_taught_code.synced(cell, SOURCES) == SOURCES['f'] + '\n'
    assert sync_taught_code.stale_names(SOURCES['f'] + '\n', SOURCES) == []


def test_out_of_step_follows_the_language_of_the_folder(tmp_path):
    """The same Chinese cell is in step under zh/ and out of step under en/."""
    import nbfiles

    cell = 'def f(x):\n    """x 的两倍。"""\n    return 2 * x  # 加倍\n'
    nb = {'cells': [{'cell_type': 'code', 'execution_count': None, 'id': 'c',
                     'metadata': {}, 'outputs': [], 'source': cell}],
          'metadata': {}, 'nbformat': 4, 'nbformat_minor': 5}
    found = {}
    for lang in ('zh', 'en'):
        path = tmp_path / lang / 'x.ipynb'
        path.parent.mkdir()
        nbfiles.write(path, nb)
        found[lang] = [p for p in sync_taught_code.out_of_step(path, SOURCES)
                       if 'teaches' in p]
    assert found == {'zh': [], 'en': ['cell 0 teaches f unlike d2l_helpers']}


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


def test_sync_rewrites_changed_code_in_a_chinese_lesson(tmp_path, capsys):
    """make sync copies the module's source over changed zh code and asks for a translation."""
    import nbfiles

    cells = ['def f(x):\n    """x 的三倍。"""\n    return 3 * x  # 三倍\n',
             'def f(x):\n    """x 的两倍。"""\n    return 2 * x  # 加倍\n']
    for i, cell in enumerate(cells):
        path = tmp_path / f'{i}' / 'zh' / 'x.ipynb'
        path.parent.mkdir(parents=True)
        nbfiles.write(path, {'cells': [{'cell_type': 'code', 'execution_count': None,
                                        'id': 'c', 'metadata': {}, 'outputs': [],
                                        'source': cell}],
                             'metadata': {}, 'nbformat': 4, 'nbformat_minor': 5})
        sync_taught_code.sync(path, SOURCES)
        code = [c for c in nbfiles.read(path)['cells']
                if 'colab-setup' not in c['metadata'].get('tags', [])]
        kept = SOURCES['f'] + '\n' if i == 0 else cell
        assert nbfiles.text(code[0]['source']) == kept
        printed = capsys.readouterr().out
        assert ('translate its comments and docstring' in printed) == (i == 0), printed


def test_fold_hidden_checks_folds_only_remove_cells():
    nb = {'cells': [
        {'cell_type': 'code', 'metadata': {'tags': ['remove-cell']}, 'source': 'assert x'},
        {'cell_type': 'code', 'metadata': {'tags': ['nbval-ignore-output']}, 'source': 'x'},
        {'cell_type': 'code', 'metadata': {}, 'source': 'y'}]}
    sync_taught_code.fold_hidden_checks(nb)
    assert nb['cells'][0]['metadata']['jupyter'] == {'source_hidden': True}
    assert all('jupyter' not in c['metadata'] for c in nb['cells'][1:])
