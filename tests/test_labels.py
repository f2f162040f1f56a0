"""labels.MESSAGES: every string a reader sees, in both languages, in one table."""
import d2l_helpers as d2l
from d2l_helpers import labels

import inspect
import pathlib
import re
import string

import pytest
from nbfiles import REPO


def fields(template):
    """The {placeholders} of a message, by name."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_both_languages_have_the_same_keys():
    assert set(labels.MESSAGES) == {'en', 'zh'}
    assert set(labels.MESSAGES['zh']) == set(labels.MESSAGES['en'])


@pytest.mark.parametrize('key', sorted(labels.MESSAGES['en']))
def test_both_languages_take_the_same_values(key):
    """A message formats in either language with the same named values."""
    en, zh = labels.MESSAGES['en'][key], labels.MESSAGES['zh'][key]
    assert fields(en) == fields(zh)
    assert '' not in fields(en), f'{key}: name the placeholders ({en!r})'
    assert zh.strip() and zh != en, f'{key}: not translated'


def test_language_is_public_and_follows_set_language(language):
    assert labels.language() == 'en'
    language('zh')
    assert labels.language() == 'zh' and labels.label('perplexity') == '困惑度'
    language('en')
    assert labels.language() == 'en'


def test_one_spelling_of_the_unit_per_language():
    """'s/epoch' in English (never 'sec/epoch'), 秒 in Chinese."""
    english = ' '.join(labels.MESSAGES['en'].values())
    assert 'sec/epoch' not in english and english.count('s/epoch') == 2
    assert all('秒' in labels.MESSAGES['zh'][key] for key in ('line', 'done', 'status'))


def test_d2l_zh_terms():
    zh = labels.MESSAGES['zh']
    assert zh['epoch'] == '周期' and zh['perplexity'] == '困惑度' and zh['validation'] == '验证'


def python_files():
    for folder in ('d2l_helpers', 'tests', 'tools', 'benchmarks'):
        yield from (REPO / folder).rglob('*.py')


def test_nothing_reads_the_private_language():
    """labels.language() is the way to ask; _language belongs to labels.py alone."""
    readers = [str(path.relative_to(REPO)) for path in python_files()
               if path.name != 'labels.py' and path != pathlib.Path(__file__).resolve()
               and re.search(r'\b_language\b', path.read_text(encoding='utf-8'))]
    assert readers == []


def test_no_second_table_of_words():
    """The per-language tables that lived beside the figures are gone into MESSAGES."""
    from d2l_helpers import figures

    for name in ('CURVE_NAMES', 'UNROLLED_NAMES'):
        assert not hasattr(figures, name) and not hasattr(d2l, name)
    parameters = inspect.signature(figures.plot_samplers).parameters.values()
    defaults = [p.default for p in parameters if isinstance(p.default, str)]
    assert defaults == []  # the sampler's words default to MESSAGES, not to English


def test_huge_numbers_show_in_scientific_notation(language):
    language('en')
    line = d2l.label('line', epoch=20, train=7.5177e242, valid='', rate=0.259)
    assert line == 'epoch 20, perplexity 7.52e+242, 0.259 s/epoch'
    assert d2l.label('valid', valid=8.49) == ', validation 8.49'
    assert d2l.label('valid', valid=float('inf')) == ', validation inf'
