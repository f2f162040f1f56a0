"""Keep the code the lessons teach identical to d2l_helpers, its one source.

A lesson teaches a helper by defining it in a code cell: a function, a class,
or a module-level name (``LOSS = ...`` with the statements after it that
configure it, such as ``LOSS.hybridize(...)``). Every top-level definition in
a notebook whose name is also defined at the top level of a d2l_helpers
module is rewritten with the module's exact source text.

    python tools/sync_taught_code.py          # rewrite the notebooks (make sync)
    python tools/sync_taught_code.py --check  # list what is out of step; exit 1
"""
import ast
import json
import pathlib
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
MODULE = REPO / 'd2l_helpers'
CHAPTERS = REPO / 'chapters'


def cell_source(cell):
    """A cell's source as one string."""
    src = cell['source']
    return ''.join(src) if isinstance(src, list) else src


def python_only(src):
    """Cell source with IPython magics and shell lines commented out (same length)."""
    return '\n'.join('#' + line if line.lstrip().startswith(('%', '!')) else line
                     for line in src.splitlines())


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


def synced(src, sources):
    """`src` with every taught definition replaced by its module source."""
    lines = src.splitlines(keepends=True)
    spans = sorted(((first, last, name) for name, (first, last) in definitions(src).items()
                    if name in sources), reverse=True)
    for first, last, name in spans:  # from the bottom up, so line numbers stay valid
        tail = '\n' if lines[last - 1].endswith('\n') else ''
        lines[first - 1:last] = [sources[name] + tail]
    return ''.join(lines)


def as_lines(text):
    """A notebook's list-of-lines form of `text`."""
    return text.splitlines(keepends=True)


def notebooks():
    return sorted(CHAPTERS.glob('*/*.ipynb'))


def out_of_step(path, sources):
    """[(cell index, names)] of the code cells of `path` that differ from the module."""
    nb = json.loads(path.read_text(encoding='utf-8'))
    sources, stale = lesson_sources(path, sources), []
    for i, cell in enumerate(nb['cells']):
        if cell['cell_type'] != 'code':
            continue
        src = cell_source(cell)
        if synced(src, sources) != src:
            names = [n for n in definitions(src) if n in sources]
            stale.append((i, names))
    return stale


def sync(path, sources):
    """Rewrite the taught definitions of notebook `path`; True if it changed."""
    text = path.read_text(encoding='utf-8')
    nb = json.loads(text)
    sources = lesson_sources(path, sources)
    for cell in nb['cells']:
        if cell['cell_type'] == 'code':
            cell['source'] = as_lines(synced(cell_source(cell), sources))
    new = json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + '\n'
    if new != text:
        path.write_text(new, encoding='utf-8')
    return new != text


def main(argv):
    sources = module_sources()
    if '--check' in argv:
        stale = [(p.relative_to(REPO), s) for p in notebooks() if (s := out_of_step(p, sources))]
        for path, cells in stale:
            for i, names in cells:
                print(f'{path}: cell {i} teaches {", ".join(names)} unlike d2l_helpers')
        if stale:
            print('run `make sync` to copy the module\'s source into the notebooks')
        return 1 if stale else 0
    for path in notebooks():
        if sync(path, sources):
            print(f'synced {path.relative_to(REPO)}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
