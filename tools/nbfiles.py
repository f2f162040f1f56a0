"""Reading and writing the lesson notebooks: one definition for the tools and the tests.

The tools import it from this folder; the tests find it because
tests/conftest.py puts this folder on ``sys.path``.
"""
import json
import pathlib

REPO = pathlib.Path(__file__).resolve().parent.parent
CHAPTERS = REPO / 'chapters'
#: The lessons in the book's order, then the appendix; each in chapters/zh/ and chapters/en/
LESSONS = ['language-models', 'rnn-scratch', 'rnn-gluon', 'where-networks-win',
           'rnn-pytorch', 'appendix']


def lessons():
    """The paths of every lesson notebook."""
    return sorted(CHAPTERS.glob('*/*.ipynb'))


def read(path):
    """The notebook stored at `path`, as a dict."""
    return json.loads(pathlib.Path(path).read_text(encoding='utf-8'))


def load(rel):
    """The lesson notebook chapters/<rel>.ipynb, e.g. ``load('zh/rnn-gluon')``."""
    return read(CHAPTERS / f'{rel}.ipynb')


def write(path, nb):
    """Store `nb` at `path` the way the lessons are stored; True if the file changed."""
    text = json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + '\n'
    if path.is_file() and path.read_text(encoding='utf-8') == text:
        return False
    path.write_text(text, encoding='utf-8')
    return True


def text(value):
    """A notebook string (one string, or a list of lines) as one string."""
    return ''.join(value) if isinstance(value, list) else value


def source(cell):
    """A cell's source as one string."""
    return text(cell['source'])


def code_cells(nb):
    return [c for c in nb['cells'] if c['cell_type'] == 'code']


def tags(cell):
    """A cell's tags, as a set."""
    return set(cell.get('metadata', {}).get('tags', []))


def python_only(src):
    """Cell source with IPython magics and shell lines commented out (line numbers kept)."""
    return '\n'.join('#' + line if line.lstrip().startswith(('%', '!')) else line
                     for line in src.splitlines())
