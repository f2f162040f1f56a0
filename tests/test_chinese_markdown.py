"""No hard line breaks inside the Chinese paragraphs of the book.

Jupyter and Colab draw a newline inside a paragraph as a space, which is wrong
in Chinese ("这两次 训练"), and so does the book's HTML. No page of the book
(_toc.yml: the front page intro.md and the lessons' Markdown cells) may break a
paragraph line next to a CJK character or CJK punctuation; breaks between two
Latin characters (an English word, `code`, a number, $math$) may stay. Fenced
blocks other than admonitions, math blocks, headings, tables, HTML, directive
options and list-item starts are not paragraph text.
"""
import re

import pytest
import yaml
from nbfiles import LESSONS, REPO, read, source

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


def book_pages():
    """The pages of the book, in _toc.yml's order: paths relative to the repository."""
    toc = yaml.safe_load((REPO / '_toc.yml').read_text(encoding='utf-8'))
    names = [toc['root']]

    def walk(entries):
        for entry in entries:
            if 'file' in entry:
                names.append(entry['file'])
            walk(entry.get('chapters', []) + entry.get('sections', []))
    walk(toc.get('parts', []) + toc.get('chapters', []))
    pages = []
    for name in names:
        found = [f'{name}{ext}' for ext in ('.md', '.ipynb') if (REPO / f'{name}{ext}').is_file()]
        assert len(found) == 1, f'_toc.yml: {name} is not one .md or .ipynb file: {found}'
        pages.append(found[0])
    return pages


PAGES = book_pages()


def markdown_of(page):
    """(where, Markdown text) for a page: the whole file, or each Markdown cell of a notebook."""
    path = REPO / page
    if page.endswith('.md'):
        return [(page, path.read_text(encoding='utf-8'))]
    return [(f'{page}, cell {index}', source(cell))
            for index, cell in enumerate(read(path)['cells']) if cell['cell_type'] == 'markdown']


def test_the_check_covers_the_front_page_and_the_chinese_lessons():
    assert 'intro.md' in PAGES
    assert {f'chapters/zh/{name}.ipynb' for name in LESSONS} <= set(PAGES)


@pytest.mark.parametrize('page', PAGES)
def test_no_line_breaks_inside_chinese_paragraphs(page):
    problems = [f'{where}: {before[-15:]!r} + newline + {after.lstrip()[:15]!r}'
                for where, markdown in markdown_of(page)
                for before, after in cjk_breaks(markdown)]
    assert not problems, (
        'line breaks inside Chinese paragraphs (Jupyter and the book show them as a space); '
        'join the lines (with a space only next to Latin text):\n' + '\n'.join(problems))


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
