"""No hard line breaks inside the Chinese paragraphs of the lessons.

Jupyter and Colab draw a newline inside a paragraph as a space, which is wrong
in Chinese ("这两次 训练"). A Markdown cell of a chapters/zh notebook must not
break a paragraph line next to a CJK character or CJK punctuation; breaks
between two Latin characters (an English word, `code`, a number, $math$) may
stay. Fenced blocks other than admonitions, math blocks, headings, tables,
HTML, directive options and list-item starts are not paragraph text.
"""
import re

import pytest
from nbfiles import LESSONS, load, source

#: Han characters, kana, CJK and full-width punctuation.
CJK = re.compile('[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf'
                 '\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]')
FENCE = re.compile(r'^\s*(`{3,}|~{3,})(.*)$')
#: Lines that start a new block: the break before them is not inside a paragraph.
BLOCK_START = re.compile(r'^\s*(?:[-*+]\s|\d+[.)]\s|#|\||>|<|\$\$|:\w[\w-]*:|`{3,}|~{3,})')
#: Directives whose body is Markdown (checked like any paragraph).
MARKDOWN_DIRECTIVES = ('{admonition}', '{note}', '{tip}', '{warning}', '{important}',
                       '{hint}', '{caution}', '{attention}', '{danger}', '{error}',
                       '{seealso}')
#: Breaks left on purpose: (notebook, end of the line, start of the next line).
#: tests/test_prose_numbers.py quotes these sentences with a space at the break;
#: join them once those claims are updated, and drop them from here.
ALLOWED = [
    ('language-models', '三阶和四阶', '只有 0.09'),
    ('language-models', '这三阶的', '插值降到'),
    ('language-models', '删除估计中也', '差不多'),
    ('language-models', '1 到 3 阶的', '插值（6.63）'),
    ('rnn-gluon', '不加裁剪的话，', '一步的长度'),
    ('rnn-gluon', '约是', '从零开始的版本的'),
    ('rnn-gluon', '5.9 秒，', 'SGD 用了'),
    ('rnn-gluon', '8.18，', '最低留出困惑度 234.04'),
    ('rnn-gluon', '计数模型', '（157.1）'),
    ('rnn-pytorch', '30.5 毫秒，', '其余部分'),
]


def prose_lines(lines):
    """For each line, True if it is paragraph text (which may continue on the next line)."""
    flags = []
    fences = []  # open fences: (marker, body is Markdown)
    in_math = False
    for line in lines:
        stripped = line.strip()
        fence = FENCE.match(line)
        if fence and fences and fence.group(1)[0] == fences[-1][0][0] \
                and len(fence.group(1)) >= len(fences[-1][0]) and not fence.group(2).strip():
            fences.pop()
            flags.append(False)
        elif any(not markdown for _, markdown in fences):
            flags.append(False)  # inside a code block
        elif fence:
            fences.append((fence.group(1),
                           fence.group(2).strip().startswith(MARKDOWN_DIRECTIVES)))
            flags.append(False)
        elif in_math:
            in_math = not stripped.endswith('$$')
            flags.append(False)
        elif stripped.startswith('$$'):
            in_math = not (len(stripped) > 2 and stripped.endswith('$$'))
            flags.append(False)
        else:
            flags.append(bool(stripped) and not stripped.startswith(('#', '|', '<', '>'))
                         and not re.match(r':\w[\w-]*:', stripped))
    return flags


def cjk_breaks(markdown):
    """(line before, line after) of each break inside a paragraph next to a CJK character."""
    lines = markdown.split('\n')
    flags = prose_lines(lines)
    found = []
    for i in range(1, len(lines)):
        before, after = lines[i - 1], lines[i]
        if not (flags[i - 1] and flags[i]) or BLOCK_START.match(after):
            continue
        if before.endswith(('  ', '\\')):
            continue  # an explicit Markdown line break
        if CJK.match(before[-1]) or CJK.match(after.lstrip()[0]):
            found.append((before, after))
    return found


def allowed(name, before, after):
    return any(name == n and before.endswith(end) and after.lstrip().startswith(start)
               for n, end, start in ALLOWED)


@pytest.mark.parametrize('name', LESSONS)
def test_no_line_breaks_inside_chinese_paragraphs(name):
    problems = []
    for index, cell in enumerate(load(f'zh/{name}')['cells']):
        if cell['cell_type'] != 'markdown':
            continue
        for before, after in cjk_breaks(source(cell)):
            if not allowed(name, before, after):
                problems.append(f'zh/{name}.ipynb, cell {index}: '
                                f'{before[-15:]!r} + newline + {after.lstrip()[:15]!r}')
    assert not problems, (
        'line breaks inside Chinese paragraphs (Jupyter shows them as a space); join the '
        'lines (with a space only next to Latin text):\n' + '\n'.join(problems))


def test_allowed_breaks_are_still_there():
    """An entry of ALLOWED whose break has gone must be removed from the list."""
    found = {(name, before, after) for name in LESSONS
             for cell in load(f'zh/{name}')['cells'] if cell['cell_type'] == 'markdown'
             for before, after in cjk_breaks(source(cell))}
    stale = [entry for entry in ALLOWED
             if not any(allowed(entry[0], b, a) and n == entry[0] for n, b, a in found)]
    assert not stale, f'no such break any more, remove from ALLOWED: {stale}'


# ------------------------------------------------ the checker on made-up text
def test_checker_flags_breaks_next_to_chinese():
    assert cjk_breaks('这两次\n训练') == [('这两次', '训练')]
    assert cjk_breaks('温度越高，\n文本越多变') == [('温度越高，', '文本越多变')]
    assert len(cjk_breaks('困惑度降到\n2.73。')) == 1
    assert len(cjk_breaks('调用 `pick`\n选出字符')) == 1
    # continuation lines of a list item and admonition bodies are paragraphs too
    assert len(cjk_breaks('- 第一项的\n  继续')) == 1
    assert len(cjk_breaks('```{admonition} 答案\n:class: dropdown answer\n一行\n两行\n```')) == 1


def test_checker_ignores_latin_breaks_and_block_structure():
    assert cjk_breaks('see\n`code`') == []
    assert cjk_breaks('公式 $a +\nb$ 成立') == []  # Latin on both sides
    assert cjk_breaks('两项：\n- 第一项\n- 第二项') == []
    assert cjk_breaks('段落一。\n\n段落二。') == []
    assert cjk_breaks('## 小结\n正文') == []
    assert cjk_breaks('| 表 | 格 |\n| 第二 | 行 |') == []
    assert cjk_breaks('公式：\n$$\nx = 1\n$$\n成立。') == []
    assert cjk_breaks('```{admonition} 答案\n:class: dropdown answer\n正文\n```') == []
    assert cjk_breaks('```python\nx = 1  # 注释\n# 注释\n```') == []
    assert cjk_breaks('````{admonition} 答案\n说明：\n```python\n# 甲\n# 乙\n```\n````') == []
