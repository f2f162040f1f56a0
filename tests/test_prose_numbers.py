"""Numbers the lessons' prose quotes are the numbers their stored outputs show.

Each claim is (notebook, text in a markdown cell, text in a stored output of
that notebook), listed per lesson in tests/prose_claims/<lesson>.py. When a
re-run changes an output, the claim fails until the prose (and the claim) are
updated: the prose cannot keep an old number.
"""
import importlib
import json

import pytest
from nbfiles import CHAPTERS, read, source, text

#: every lesson's claims, from tests/prose_claims/<lesson with _>.py
CLAIMS = [claim for path in sorted((CHAPTERS.parent / 'tests' / 'prose_claims').glob('*.py'))
          if path.stem != '__init__'
          for claim in importlib.import_module(f'prose_claims.{path.stem}').CLAIMS]


def texts(rel):
    """(markdown text, output text) of notebook chapters/<rel>.ipynb, whitespace squashed."""
    nb = read(CHAPTERS / f'{rel}.ipynb')
    markdown, outputs = [], []
    for cell in nb['cells']:
        if cell['cell_type'] == 'markdown':
            markdown.append(source(cell))
        for out in cell.get('outputs', []):
            outputs.append(text(out.get('text', '')))
            outputs.append(text(out.get('data', {}).get('text/plain', '')))
    return ' '.join(' '.join(markdown).split()), ' '.join(' '.join(outputs).split())


@pytest.mark.parametrize('rel, prose, output', CLAIMS,
                         ids=[f'{rel}: {prose[:40]}' for rel, prose, _ in CLAIMS])
def test_prose_quotes_the_stored_output(rel, prose, output):
    markdown, outputs = texts(rel)
    assert ' '.join(prose.split()) in markdown, f'{rel}: the prose no longer says {prose!r}'
    assert ' '.join(output.split()) in outputs, (
        f'{rel}: no stored output shows {output!r} any more; the prose says {prose!r}. '
        'Update the prose and this claim to the new output.')


def test_a_changed_output_is_caught(tmp_path, monkeypatch):
    """The check fails when the output no longer shows the quoted number."""
    nb = {'cells': [{'cell_type': 'markdown', 'source': ['It takes 0.39 s per epoch.']},
                    {'cell_type': 'code', 'source': [], 'outputs': [
                        {'output_type': 'stream', 'name': 'stdout', 'text': ['0.41 s\n']}]}]}
    (tmp_path / 'x').mkdir()
    (tmp_path / 'x' / 'y.ipynb').write_text(json.dumps(nb), encoding='utf-8')
    monkeypatch.setitem(globals(), 'CHAPTERS', tmp_path)
    with pytest.raises(AssertionError, match='no stored output'):
        test_prose_quotes_the_stored_output('x/y', '0.39 s per epoch', '0.39 s')
