"""The lesson notebooks: twins agree, training is checked, outputs sane.

Executing them is nbval's job (pytest --nbval); these tests read the files only.
"""
import ast
import io
import re
import tokenize

import pytest
from nbfiles import CHAPTERS, LESSONS, code_cells, load, python_only, source, tags

LANGS = ['zh', 'en']
NOTEBOOKS = [f'{lang}/{name}' for name in LESSONS for lang in LANGS]
#: The corpus functions the twins may differ in (zh name -> en name).
CORPUS_NAMES = {'load_data_jay_lyrics': 'load_data_time_machine',
                'read_jay_lyrics': 'read_time_machine'}
TRAINERS = {'train_and_predict_rnn', 'train_and_predict_rnn_gluon',
            'train_and_predict_rnn_pytorch'}


def test_all_notebooks_exist():
    missing = [rel for rel in NOTEBOOKS if not (CHAPTERS / f'{rel}.ipynb').is_file()]
    assert not missing, f'missing notebooks: {missing}'


# ------------------------------------------------------------- twins
#: Python 3.12+ splits an f-string into tokens (PEP 701); older versions give one STRING.
FSTRING_START = getattr(tokenize, 'FSTRING_START', None)
FSTRING_END = getattr(tokenize, 'FSTRING_END', None)


def normalised_tokens(src):
    """Tokens of a code cell without comments, with string literals blanked.

    An f-string counts as one string literal on every Python version, as it is
    one STRING token up to 3.11: what is inside its braces is blanked too.
    """
    out = []
    depth = 0  # of f-strings nested inside the current one
    readline = io.StringIO(python_only(src) + '\n').readline
    for tok in tokenize.generate_tokens(readline):
        if tok.type == FSTRING_START:
            depth += 1
            if depth == 1:
                out.append('STR')
            continue
        if depth:
            depth -= tok.type == FSTRING_END
            continue
        if tok.type in (tokenize.COMMENT, tokenize.NL, tokenize.ENDMARKER):
            continue
        text = tok.string
        if tok.type == tokenize.STRING:
            text = 'STR'
        elif tok.type == tokenize.NAME and text in CORPUS_NAMES:
            text = CORPUS_NAMES[text]
        elif tok.type in (tokenize.INDENT, tokenize.DEDENT, tokenize.NEWLINE):
            text = tokenize.tok_name[tok.type]
        out.append(text)
    # adjacent string literals ('a' 'b') may differ in number between the twins
    return [t for i, t in enumerate(out) if not (t == 'STR' and i and out[i - 1] == 'STR')]


@pytest.mark.parametrize('name', LESSONS)
def test_twins_have_the_same_code(name):
    zh, en = code_cells(load(f'zh/{name}')), code_cells(load(f'en/{name}'))
    assert len(zh) == len(en), f'{name}: {len(zh)} zh code cells, {len(en)} en'
    for i, (a, b) in enumerate(zip(zh, en)):
        assert normalised_tokens(source(a)) == normalised_tokens(source(b)), (
            f'{name}: code cell {i} differs beyond strings/comments/loader:\n'
            f'--- zh\n{source(a)}\n--- en\n{source(b)}')


@pytest.mark.parametrize('name', LESSONS)
def test_twins_have_the_same_tags(name):
    zh, en = code_cells(load(f'zh/{name}')), code_cells(load(f'en/{name}'))
    assert [tags(c) for c in zh] == [tags(c) for c in en]


def test_normalisation_sees_real_differences():
    """The twin comparison ignores strings and comments, but not code."""
    a = "x = d2l.load_data_jay_lyrics()  # 歌词\nprint('分开', f'{x}')\n"
    b = "x = d2l.load_data_time_machine()  # novel\nprint('time ' 'traveller', f'{x}!')\n"
    assert normalised_tokens(a) == normalised_tokens(b)
    assert normalised_tokens('y = 1\n') != normalised_tokens('y = 2\n')
    # an f-string is one literal on every Python version, whatever is in it
    # (Python 3.12+ tokenizes its parts: PEP 701)
    fstrings = ("print(f'{n:>6}', F'a {x!r:>{w}} b'\n"
                "      rf'{x[\"k\"]} {f\"{y}\"}', 'c' f'{z}', end='')\n")
    assert normalised_tokens(fstrings) == \
        ['print', '(', 'STR', ',', 'STR', ',', 'STR', ',', 'end', '=', 'STR', ')', 'NEWLINE']
    assert normalised_tokens("f'{a}' + b\n") != normalised_tokens("f'{a}' + c\n")
    assert normalised_tokens('f(a, b)\n') != normalised_tokens('f(b, a)\n')


# ------------------------------------------------------------- Chinese comments
#: An English phrase: three or more English words of two letters or more in a row.
ENGLISH_PHRASE = re.compile(r'[A-Za-z]{2,}(?:[ -][A-Za-z]{2,}){2,}')
CJK = re.compile(r'[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]')
#: Comments for tools, not readers.
DIRECTIVE = re.compile(r'#\s*(noqa\b|isort:|type:)')


def comments_and_docstrings(src):
    """(line, text) of every comment and docstring in the Python of `src`."""
    src = python_only(src)
    found = [(tok.start[0], tok.string) for tok in
             tokenize.generate_tokens(io.StringIO(src + '\n').readline)
             if tok.type == tokenize.COMMENT]
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            doc = ast.get_docstring(node, clean=False)
            if doc is not None:
                found.append((node.body[0].lineno, doc))
    return sorted(found)


def english(text):
    """True if a comment or docstring `text` is English: no CJK, an English phrase."""
    if DIRECTIVE.match(text.strip()):
        return False
    return not CJK.search(text) and bool(ENGLISH_PHRASE.search(text))


def english_comments(src):
    """The comments and docstrings of `src` that are English, as (line, text)."""
    return [(line, text) for line, text in comments_and_docstrings(src) if english(text)]


@pytest.mark.parametrize('name', LESSONS)
def test_chinese_lessons_comment_in_chinese(name):
    """Comments and docstrings in the Chinese lessons' code are Chinese (the setup cell too)."""
    found = [f'code cell {i}, line {line}: {text.splitlines()[0]!r}'
             for i, cell in enumerate(code_cells(load(f'zh/{name}')))
             for line, text in english_comments(source(cell))]
    assert not found, f'zh/{name}: translate these comments and docstrings:\n' + '\n'.join(found)


def test_english_comments_are_found():
    """The check finds English comments and docstrings, and lets the rest be."""
    src = ('def f(x):\n    """Return the hidden state."""\n'
           '    y = x  # clip the gradient norm\n    return y  # (batch_size, num_hiddens)\n')
    assert english_comments(src) == [(2, 'Return the hidden state.'),
                                     (3, '# clip the gradient norm')]
    chinese = ('def f(x):\n    """返回隐藏状态 (batch_size, num_hiddens)。"""\n'
               '    import d2l_helpers  # noqa: F401 used by the lesson\n'
               '    # isort: split\n    y = x  # 裁剪梯度 of the norm\n'
               '    return y  # (batch_size, num_hiddens)\n')
    assert english_comments(chinese) == []


@pytest.mark.parametrize('rel', NOTEBOOKS)
def test_no_tool_directives_in_lesson_code(rel):
    """Readers see no lint or sort pragmas: pyproject.toml configures the tools instead."""
    found = [f'code cell {i}: {line.strip()}'
             for i, cell in enumerate(code_cells(load(rel)))
             for line in source(cell).splitlines() if DIRECTIVE.search(line)]
    assert not found, f'{rel}: configure the tool, not the cell:\n' + '\n'.join(found)


def test_tool_directives_are_found():
    assert DIRECTIVE.search('import d2l_helpers  # noqa: F401')
    assert DIRECTIVE.search('# isort: split')
    assert not DIRECTIVE.search('# no quantity: the type of the loss')


# ------------------------------------------------------------- ranges a live run must meet
#: A hidden check's accepted ranges, one tuple per corpus: {'zh': (...), 'en': (...)}[...]
RANGES = re.compile(r"\{'zh': \(([^)]*)\),\s*'en': \(([^)]*)\)\}\[d2l\.language\(\)\]")


def stated_ranges(nb):
    """{'zh': [...], 'en': [...]}: the numbers of every accepted range in nb's checks."""
    found = {'zh': [], 'en': []}
    for cell in code_cells(nb):
        for zh, en in RANGES.findall(source(cell)):
            found['zh'] += [n.strip() for n in zh.split(',')]
            found['en'] += [n.strip() for n in en.split(',')]
    return found


@pytest.mark.parametrize('name', LESSONS)
def test_prose_states_the_ranges_the_checks_accept(name):
    """A class reads the range a hidden check accepts: every bound appears in the prose."""
    for lang in LANGS:
        nb = load(f'{lang}/{name}')
        prose = ' '.join(source(c) for c in nb['cells'] if c['cell_type'] == 'markdown')
        numbers = set(re.findall(r'\d+(?:\.\d+)?', prose.replace(',', '')))
        missing = [n for n in stated_ranges(load(f'{lang}/{name}'))[lang] if n not in numbers]
        assert not missing, f'{lang}/{name}: checks accept bounds the prose never states: {missing}'


def test_stated_ranges_are_read():
    nb = {'cells': [{'cell_type': 'code', 'source': "low, high = {'zh': (240, 280), "
                     "'en': (6.5, 7.7)}[d2l.language()]\n"}]}
    assert stated_ranges(nb) == {'zh': ['240', '280'], 'en': ['6.5', '7.7']}


# ------------------------------------------------------------- checks after training
def calls_trainer(src):
    tree = ast.parse(python_only(src))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, 'id', None)
            if name in TRAINERS:
                return True
    return False


@pytest.mark.parametrize('rel', NOTEBOOKS)
def test_training_cells_followed_by_checks(rel):
    cells = load(rel)['cells']
    problems = []
    for i, cell in enumerate(cells):
        if (cell['cell_type'] == 'code' and 'nbval-ignore-output' in tags(cell)
                and calls_trainer(source(cell))):
            nxt = cells[i + 1] if i + 1 < len(cells) else None
            if not (nxt and nxt['cell_type'] == 'code' and 'remove-cell' in tags(nxt)
                    and re.search(r'\bassert\b', source(nxt))):
                problems.append(i)
    assert not problems, (f'{rel}: training cells {problems} are not immediately followed '
                          'by a remove-cell code cell with assert')


@pytest.mark.parametrize('rel', NOTEBOOKS)
def test_training_cells_ignore_output(rel):
    """A cell that prints training progress depends on the CPU: nbval-ignore-output."""
    bad = [i for i, cell in enumerate(code_cells(load(rel)))
           if calls_trainer(source(cell)) and 'nbval-ignore-output' not in tags(cell)
           and cell.get('outputs')]
    assert not bad, f'{rel}: code cells {bad} train without nbval-ignore-output'


# ------------------------------------------------------------- outputs and metadata
@pytest.mark.parametrize('rel', NOTEBOOKS)
def test_stored_outputs(rel):
    nb = load(rel)
    cells = code_cells(nb)
    assert any(c.get('outputs') for c in cells), f'{rel} has no stored outputs'
    assert all(c.get('execution_count') for c in cells if c.get('outputs')), \
        f'{rel}: a cell with outputs has no execution count'
    for i, cell in enumerate(cells):
        for out in cell.get('outputs', []):
            assert out['output_type'] != 'error', f'{rel}: code cell {i} stored an error'
            data = out.get('data', {})
            assert 'image/svg+xml' not in data, f'{rel}: code cell {i} has an SVG figure'
            if 'text/plain' in data and ''.join(data['text/plain']).startswith('<Figure'):
                assert 'image/png' in data, f'{rel}: code cell {i} figure is not PNG'
            if out['output_type'] == 'stream':
                text = ''.join(out['text'])
                assert 'DeprecationWarning' not in text, f'{rel}: cell {i} warns'


#: Cell metadata that records one run rather than the lesson: nbclient's timings
#: (`execution`: iopub and shell timestamps) and the ExecuteTime extension's.
#: make execute drops them (tools/execute_notebooks.py); `collapsed`,
#: `scrolled` and the like are the reader's view and may stay.
VOLATILE_METADATA = ('execution', 'ExecuteTime')


def volatile_metadata(nb):
    """'cell N (id X): key, ...' for each cell of nb whose metadata records a run."""
    return [f"cell {i} (id {cell.get('id', '?')}): {', '.join(found)}"
            for i, cell in enumerate(nb['cells'])
            if (found := [k for k in VOLATILE_METADATA if k in cell.get('metadata', {})])]


@pytest.mark.parametrize('rel', NOTEBOOKS)
def test_no_run_timings_in_cell_metadata(rel):
    """Stored cells carry no timestamps of an old run (they make every diff noisy)."""
    stale = volatile_metadata(load(rel))
    assert not stale, (f'chapters/{rel}.ipynb: {len(stale)} cells carry run timings, '
                       f'{stale}; remove them (make execute does when it re-runs a lesson)')


def test_volatile_metadata_is_found():
    """Timings are found, cell by cell; tags and the reader's view are not."""
    nb = {'cells': [{'id': 'a', 'metadata': {'tags': ['remove-cell'], 'scrolled': True}},
                    {'id': 'b', 'metadata': {'execution': {'iopub.status.busy': 'T'}}},
                    {'metadata': {'collapsed': False, 'ExecuteTime': {'end_time': 'T'}}}]}
    assert volatile_metadata(nb) == ['cell 1 (id b): execution', 'cell 2 (id ?): ExecuteTime']


@pytest.mark.parametrize('rel', NOTEBOOKS)
def test_links_to_twin_and_metadata(rel):
    nb = load(rel)
    lang, name = rel.split('/')
    first = next(c for c in nb['cells'] if c['cell_type'] == 'markdown')
    lines = source(first).splitlines()
    assert lines[0].startswith('# ')
    link = ('[English version](../en/{}.ipynb)' if lang == 'zh'
            else '[中文版](../zh/{}.ipynb)').format(name)
    assert link in source(first), f'{rel}: first markdown cell lacks {link}'
    assert nb['metadata']['kernelspec'] == {'name': 'python3', 'display_name': 'Python 3',
                                            'language': 'python'}


@pytest.mark.parametrize('rel', NOTEBOOKS)
def test_d2l_helpers_imported_first(rel):
    """The helpers set MXNet's threads: the lesson imports them before anything else.

    The Colab setup cell comes first, but it imports only importlib (to look for the
    helpers without loading them) and what installs them.
    """
    for cell in code_cells(load(rel)):
        if 'colab-setup' in tags(cell):
            continue
        imports = [n for n in ast.parse(python_only(source(cell))).body
                   if isinstance(n, (ast.Import, ast.ImportFrom))]
        if imports:
            first = imports[0]
            assert isinstance(first, ast.Import) and \
                [(a.name, a.asname) for a in first.names] == [('d2l_helpers', 'd2l')], \
                f'{rel}: the first import must be `import d2l_helpers as d2l`'
            return
    pytest.fail(f'{rel} imports nothing')
