"""Numbers the lessons' prose quotes are the numbers their stored outputs show.

Each claim is (notebook, text in a markdown cell, text in a stored output of
that notebook). When a re-run changes an output, the claim fails until the
prose (and the claim) are updated: the prose cannot keep an old number.
"""
import json
import pathlib

import pytest

CHAPTERS = pathlib.Path(__file__).resolve().parent.parent / 'chapters'

CLAIMS = [
    # lesson 1 (language-models): counting baselines, detaching the state
    ('en/language-models', 'uniform guess scores exactly the vocabulary size, 27',
     'uniform over the vocabulary: 27.0'),
    ('en/language-models', 'down to 16.62 (for $\\alpha = 0.1$)', '0.1 16.62 9.46 6.89'),
    ('en/language-models', 'One character of context brings it to 9.46, two characters to 6.89',
     '0.1 16.62 9.46 6.89'),
    ('en/language-models', 'most of the weight (0.822) and the unigram almost none (0.006)',
     '[0.006 0.172 0.822]'),
    ('en/language-models', 'from 27 to 16.63, one character of context to 9.46, two to 6.89',
     '16.63 234.66 unigram 9.46 350.56 bigram 6.89 923.84 trigram 6.63 170.82 interpolated'),
    ('en/language-models', 'the bigram (350.56) and trigram (923.84) models do worse than the '
     'unigram model (234.66)', '16.63 234.66 unigram 9.46 350.56 bigram 6.89 923.84 trigram'),
    ('en/language-models', '6.63 on *The Time Machine* and 170.82 on the lyrics',
     '6.63 170.82 interpolated'),
    ('en/language-models', 'is the best on both (6.63 and 170.82 held-out)',
     '6.63 170.82 interpolated'),
    ('en/language-models', '7.96, 6.89 and 7.46 for $\\alpha$ = 1, 0.1 and 0.01',
     '1 16.63 9.57 7.96 0.1 16.62 9.46 6.89 0.01 16.62 9.56 7.46'),
    ('en/language-models', 'bigram model (9.46 at best)', '0.1 16.62 9.46 6.89'),
    ('en/language-models', '(0.724194 instead of 0.740213)',
     'retain_graph, no detach: [ 0.724194'),
    ('en/language-models', '(0.724194 instead of 0.740213)', 'no detach: [ 0.740213'),
    ('zh/language-models', '均匀猜测的困惑度恰好是词表大小 1027', '在词表上均匀猜测： 1027.0'),
    ('zh/language-models',
     '降到了 232.48（$\\alpha = 0.1$），比二元语法（343.29）和三元语法（783.25）都好',
     '0.1 232.48 343.29 783.25'),
    ('zh/language-models', '三元语法模型选了 $\\alpha = 0.003$',
     'n=3：alpha 0.003（在训练文本上选定），留出困惑度 923.84'),
    ('zh/language-models', '一元语法的权重（0.379）和三元语法（0.422）', '[0.379 0.199 0.422]'),
    ('zh/language-models', '只看字频（一元语法）就把困惑度从 1,027 降到 234.66',
     '234.66 16.63 一元语法 350.56 9.46 二元语法 923.84 6.89 三元语法 170.82 6.63 插值'),
    ('zh/language-models', '歌词上是 170.82', '170.82 6.63 插值'),
    ('zh/language-models', '（留出困惑度 170.82 和 6.63）', '170.82 6.63 插值'),
    ('zh/language-models', '分别是 902.83、783.25、795.11',
     '1 234.66 493.10 902.83 0.1 232.48 343.29 783.25 0.01 232.52 426.14 795.11'),
    ('zh/language-models', '二元语法模型（最好 343.29）', '0.1 232.48 343.29 783.25'),
    ('zh/language-models', '（0.724194，而不是 0.740213）', '保留计算图，不分离： [ 0.724194'),
    ('zh/language-models', '（0.724194，而不是 0.740213）', '不分离： [ 0.740213'),
]


def texts(rel):
    """(markdown text, output text) of notebook chapters/<rel>.ipynb, whitespace squashed."""
    nb = json.loads((CHAPTERS / f'{rel}.ipynb').read_text(encoding='utf-8'))
    markdown, outputs = [], []
    for cell in nb['cells']:
        if cell['cell_type'] == 'markdown':
            markdown.append(''.join(cell['source']))
        for out in cell.get('outputs', []):
            outputs.append(''.join(out.get('text', '')))
            outputs.append(''.join(out.get('data', {}).get('text/plain', '')))
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
