"""How far a lesson's training results move on other machines (``make spread``).

experiments/live_spread.py runs every lesson that trains five more times: with
1 and 4 threads, with one core busy, and with its seeds moved on by 1 and 2.
For each lesson it stores every result line the training cells print, each
number replaced by its range over those runs; ``show_spread`` prints them.
"""
import json
import pathlib

from .labels import label, language

#: The repository's experiments/results, from a lesson's folder (chapters/<language>).
RESULTS = pathlib.Path('../../experiments/results')


def show_spread(lesson, results=RESULTS):
    """Print the runs and the ranged result lines stored for `lesson` ('rnn-scratch').

    The lesson's twin in the current language (``set_language``) is meant.
    """
    path = pathlib.Path(results) / 'live-spread.json'
    if not path.is_file():
        raise FileNotFoundError(label('no_spread', path=path))
    entry = json.loads(path.read_text(encoding='utf-8'))[f'{language()}/{lesson}']
    print(label('spread_runs', settings=label('list_separator').join(entry['settings'])))
    print('\n'.join(entry['lines']))
