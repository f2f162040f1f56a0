"""Keep the code the lessons share with its one source.

Taught code: a lesson teaches a helper by defining it in a code cell: a
function, a class, or a module-level name (``LOSS = ...`` with the statements
after it that configure it, such as ``LOSS.hybridize(...)``). Every top-level
definition in a notebook whose name is also defined at the top level of a
d2l_helpers module is rewritten with the module's exact source text.

The Chinese lessons (chapters/zh/) translate the comments and docstrings of
taught code: there a definition is in step when it is the same code as the
module's (the same AST, docstrings removed; comments are not in the AST).
When its code differs it is rewritten with the module's (English) source, and
`make sync` says that its comments and docstring need translating again.

Hidden checks: every cell tagged `remove-cell` (a check the book leaves out)
is folded in JupyterLab and Jupyter Notebook (cell metadata
``jupyter.source_hidden``), so a class running the lesson sees a one-line
placeholder instead of its asserts.

The Colab setup cell: the first code cell of every lesson is the cell of
tools/colab_setup_cell.py, in the lesson's language (the notebook's folder),
installing from the repository URL of _config.yml. A missing one is inserted
before the first code cell; one that is there keeps its outputs.

    python tools/sync_taught_code.py             # rewrite every lesson (make sync)
    python tools/sync_taught_code.py NB ...      # only these (make sync NB="...")
    python tools/sync_taught_code.py --check [NB ...]  # list what is out of step; exit 1
"""
import ast
import copy
import pathlib
import sys

import colab_setup_cell
from nbfiles import REPO, lessons, python_only, read, source, tags, write

MODULE = REPO / 'd2l_helpers'


def defined_name(node):
    """The name a top-level statement defines, or None."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return node.name
    if isinstance(node, (ast.Assign, ast.AnnAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if len(targets) == 1 and isinstance(targets[0], ast.Name):
            return targets[0].id
    return None


def configures(node, name):
    """True if `node` is an expression statement calling a method of `name`."""
    return (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Attribute)
            and isinstance(node.value.func.value, ast.Name)
            and node.value.func.value.id == name)


def definitions(src):
    """{name: (first line, last line)} of the top-level definitions in `src` (1-based).

    A definition spans its decorators, and for a module-level name the
    statements right after it that configure it.
    """
    body = ast.parse(python_only(src)).body
    spans = {}
    for i, node in enumerate(body):
        name = defined_name(node)
        if name is None:
            continue
        first = min([node.lineno] + [d.lineno for d in getattr(node, 'decorator_list', [])])
        last = node.end_lineno
        for after in body[i + 1:]:
            if not configures(after, name):
                break
            last = after.end_lineno
        spans[name] = (first, last)
    return spans


#: Modules only some lessons import (module -> those lessons). Their names may
#: repeat names of the shared modules: pytorch.py has PyTorch's RNNModel.
OWN_MODULES = {'pytorch': ('rnn-pytorch',)}


def own_modules(lesson):
    """The modules only `lesson` (a notebook's stem) imports."""
    return [module for module, lessons in OWN_MODULES.items() if lesson in lessons]


def module_sources(lesson=None):
    """{name: source text} of every top-level definition in d2l_helpers.

    Only the shared modules; with `lesson`, only that lesson's own modules.
    """
    paths = ([MODULE / f'{m}.py' for m in own_modules(lesson)] if lesson else
             [p for p in sorted(MODULE.glob('*.py')) if p.stem not in OWN_MODULES])
    sources, where = {}, {}
    for path in paths:
        src = path.read_text(encoding='utf-8')
        lines = src.splitlines(keepends=True)
        for name, (first, last) in definitions(src).items():
            if name in where:
                raise SystemExit(f'{name} is defined in both {where[name]} and {path.name}; '
                                 'a taught name must have one source')
            where[name] = path.name
            sources[name] = ''.join(lines[first - 1:last]).rstrip('\n')
    return sources


def lesson_sources(path, sources):
    """`sources`, with the definitions of the lesson's own modules in front."""
    return {**sources, **module_sources(path.stem)} if own_modules(path.stem) else sources


#: Languages whose lessons translate the comments and docstrings of taught code.
TRANSLATED = ('zh',)


def code_only(src):
    """The AST of `src` as text, without docstrings (comments are not in it)."""
    tree = ast.parse(python_only(src))
    for node in ast.walk(tree):
        body = getattr(node, 'body', None)
        if (isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef,
                              ast.ClassDef)) and body and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)):
            node.body = body[1:] or [ast.Pass()]
    return ast.dump(tree)


def same_code(a, b):
    """True if `a` and `b` are the same code, whatever their comments and docstrings."""
    try:
        return code_only(a) == code_only(b)
    except SyntaxError:
        return a == b


def stale_names(src, sources, translated=False):
    """The taught definitions in `src` that differ from their module source.

    With `translated`, comments and docstrings may differ (a Chinese lesson).
    """
    lines = src.splitlines(keepends=True)
    stale = []
    for name, (first, last) in definitions(src).items():
        if name not in sources:
            continue
        text = ''.join(lines[first - 1:last]).rstrip('\n')
        if not (same_code(text, sources[name]) if translated else text == sources[name]):
            stale.append(name)
    return stale


def synced(src, sources, translated=False):
    """`src` with every taught definition replaced by its module source.

    With `translated`, a definition that is the same code as the module's keeps
    its (translated) comments and docstring.
    """
    lines = src.splitlines(keepends=True)
    stale = set(stale_names(src, sources, translated))
    spans = sorted(((first, last, name) for name, (first, last) in definitions(src).items()
                    if name in stale), reverse=True)
    for first, last, name in spans:  # from the bottom up, so line numbers stay valid
        tail = '\n' if lines[last - 1].endswith('\n') else ''
        lines[first - 1:last] = [sources[name] + tail]
    return ''.join(lines)


def translated(path):
    """True if notebook `path` is a lesson whose taught code is translated."""
    return path.parent.name in TRANSLATED


def as_lines(text):
    """A notebook's list-of-lines form of `text`."""
    return text.splitlines(keepends=True)


def place_setup_cell(nb, lang):
    """Make the Colab setup cell for `lang` the first code cell of `nb`.

    A setup cell already there keeps its outputs and execution count.
    """
    cells = nb['cells']
    old = [c for c in cells if colab_setup_cell.TAG in tags(c)]
    cell = old[0] if old else {'cell_type': 'code', 'execution_count': None,
                               'id': colab_setup_cell.TAG, 'metadata': {}, 'outputs': [],
                               'source': []}
    cells[:] = [c for c in cells if not any(c is o for o in old)]
    first = next((i for i, c in enumerate(cells) if c['cell_type'] == 'code'), len(cells))
    cells.insert(first, cell)
    if source(cell) != colab_setup_cell.source(lang):  # else keep its stored form
        cell['source'] = as_lines(colab_setup_cell.source(lang))
    cell['metadata']['tags'] = list(colab_setup_cell.TAGS)


#: The tag of the hidden check cells, which sync folds.
HIDDEN_CHECK = 'remove-cell'


def fold_hidden_checks(nb):
    """Fold (hide the code of) every hidden check cell of `nb` in Jupyter."""
    for cell in nb['cells']:
        if HIDDEN_CHECK in tags(cell):
            cell['metadata'].setdefault('jupyter', {})['source_hidden'] = True


def tidy(nb, lang):
    """The setup cell first and the hidden checks folded (see the docstring)."""
    place_setup_cell(nb, lang)
    fold_hidden_checks(nb)


def out_of_step(path, sources):
    """What in notebook `path` differs from its sources: a list of messages."""
    nb = read(path)
    sources, stale = lesson_sources(path, sources), []
    for i, cell in enumerate(nb['cells']):
        if (cell['cell_type'] == 'code'
                and synced(src := source(cell), sources, translated(path)) != src):
            names = [n for n in definitions(src) if n in sources]
            stale.append(f'cell {i} teaches {", ".join(names)} unlike d2l_helpers')
    placed = copy.deepcopy(nb)
    place_setup_cell(placed, path.parent.name)
    if placed != nb:
        setup = [c for c in nb['cells'] if colab_setup_cell.TAG in tags(c)]
        stale.append('the Colab setup cell (tools/colab_setup_cell.py, _config.yml) is '
                     + ('not the first code cell or out of date' if setup else 'missing'))
    folded = copy.deepcopy(nb)
    fold_hidden_checks(folded)
    unfolded = [i for i, (a, b) in enumerate(zip(nb['cells'], folded['cells'])) if a != b]
    if unfolded:
        stale.append(f'hidden check cells {unfolded} are not folded in Jupyter')
    return stale


def sync(path, sources):
    """Rewrite the taught definitions and the setup cell of notebook `path`; True if changed."""
    nb = read(path)
    sources = lesson_sources(path, sources)
    for i, cell in enumerate(nb['cells']):
        if cell['cell_type'] != 'code':
            continue
        src = source(cell)
        if translated(path) and (names := stale_names(src, sources, True)):
            print(f'{shown(path)}: cell {i}: {", ".join(names)} rewritten from d2l_helpers; '
                  'translate its comments and docstring')
        new = synced(src, sources, translated(path))
        if new != src:  # an unchanged cell keeps its stored form
            cell['source'] = as_lines(new)
    tidy(nb, path.parent.name)
    return write(path, nb)


def main(argv):
    """Sync the notebooks named in `argv` (all lessons if none); with --check only list."""
    paths = [pathlib.Path(a).resolve() for a in argv if a != '--check'] or lessons()
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise SystemExit(f'no such notebook: {", ".join(missing)}')
    sources = module_sources()
    if '--check' in argv:
        stale = [(p, problem) for p in paths for problem in out_of_step(p, sources)]
        for path, problem in stale:
            print(f'{shown(path)}: {problem}')
        if stale:
            print('run `make sync` to copy the module\'s source and the setup cell '
                  'into the notebooks')
        return 1 if stale else 0
    for path in paths:
        if sync(path, sources):
            print(f'synced {shown(path)}')
    return 0


def shown(path):
    """`path` relative to the repository if it is inside it."""
    return path.relative_to(REPO) if path.is_relative_to(REPO) else path


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
