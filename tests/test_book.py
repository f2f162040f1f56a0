"""The Jupyter Book: it builds without warnings, and a browser shows readers what they should see.

The book is built once per session (``jupyter-book build . --all -W -n --keep-going``)
into ``_build/html``, served from 127.0.0.1 and read with Debian's Chromium through
Playwright. Requests that leave 127.0.0.1 are blocked and recorded, and a page that
makes one fails: the book must work offline (MathJax is served with it), so the test
needs no internet. Full-page screenshots go to ``test-artifacts/``.
"""
import functools
import http.server
import json
import pathlib
import re
import shutil
import subprocess
import sys
import time
import urllib.parse

import pytest
import yaml
from browsing import CHROMIUM, NO_CHROMIUM, chromium
from nbfiles import LESSONS, REPO, load, tags, text
from support import local_server

#: Minutes of work: left out of `make test-fast`, run by `make test-book` and `make test`.
pytestmark = [pytest.mark.slow, pytest.mark.book]

HTML = REPO / '_build' / 'html'
ARTIFACTS = REPO / 'test-artifacts'
#: owner/name of the repository in _config.yml, which the launch buttons use.
REPOSITORY = urllib.parse.urlsplit(yaml.safe_load(
    (REPO / '_config.yml').read_text(encoding='utf-8'))['repository']['url']).path.strip('/')

LANGS = {'zh': '中文', 'en': 'English'}           # language -> part caption in the toc
TWIN_LINK = {'zh': 'English version', 'en': '中文版'}  # the link to the other language
OTHER = {'zh': 'en', 'en': 'zh'}
PAGES = [(lang, name) for lang in LANGS for name in LESSONS]
#: Cell tags that keep a cell's outputs off the page.
NO_OUTPUT_TAGS = {'remove-cell', 'remove-output'}
#: Font families that can draw Chinese characters (a sign the CJK fonts are installed).
CJK_FONT = re.compile(r'CJK|Han|Hei|Song|Ming|Kai|WenQuanYi|Fallback|PingFang|YaHei|SimSun',
                      re.IGNORECASE)


# ------------------------------------------------------------------ notebooks
def squash(value):
    """Whitespace collapsed to single spaces."""
    return ' '.join(value.split())


def title_of(lang, name):
    """The `# Title` that starts the notebook's first markdown cell."""
    first = next(c for c in load(f'{lang}/{name}')['cells'] if c['cell_type'] == 'markdown')
    line = text(first['source']).lstrip().splitlines()[0]
    assert line.startswith('# '), f'{lang}/{name}: first markdown cell must start with "# Title"'
    return line[2:].strip()


def shown_cells(nb):
    return [c for c in nb['cells'] if c['cell_type'] == 'code' and not tags(c) & NO_OUTPUT_TAGS]


def first_printed_line(nb):
    """The first non-empty line a shown code cell printed, or None."""
    for cell in shown_cells(nb):
        for out in cell.get('outputs', []):
            if out.get('output_type') == 'stream' and out.get('name') == 'stdout':
                for line in text(out['text']).splitlines():
                    if line.strip():
                        return line
    return None


def stored_figures(nb):
    return sum('image/png' in out.get('data', {})
               for cell in shown_cells(nb) for out in cell.get('outputs', []))


def removed_snippets(nb):
    """Text from every `remove-cell` cell that must not reach the page."""
    for cell in nb['cells']:
        if 'remove-cell' not in tags(cell):
            continue
        if cell['cell_type'] == 'markdown':
            # the longest stretch of the source without markdown syntax
            pieces = re.split(r'[*_`#\[\]()$>|\n]+', text(cell['source']))
            snippet = squash(max(pieces, key=lambda p: len(squash(p)), default=''))
            if len(snippet) >= 8:
                yield snippet
            continue
        if squash(text(cell['source'])):
            yield squash(text(cell['source']))
        for out in cell.get('outputs', []):
            body = out.get('text') or out.get('data', {}).get('text/plain', '')
            if len(squash(text(body))) >= 12:
                yield squash(text(body))


# ------------------------------------------------------------------ static checks
def test_toc_has_a_part_per_language_with_all_lessons():
    toc = yaml.safe_load((REPO / '_toc.yml').read_text(encoding='utf-8'))
    assert toc['format'] == 'jb-book' and toc['root'] == 'intro'
    parts = {part['caption']: [c['file'] for c in part['chapters']] for part in toc['parts']}
    assert parts == {caption: [f'chapters/{lang}/{name}' for name in LESSONS]
                     for lang, caption in LANGS.items()}


def test_labels_unique_across_languages():
    """Sphinx labels are global: `(label)=`, `:label:`/`:name:`, `$$ (label)` and
    figure names in cell metadata may not repeat."""
    seen = {}
    duplicates = []
    for lang, name in PAGES:
        for cell in load(f'{lang}/{name}')['cells']:
            src = text(cell['source'])
            if cell['cell_type'] == 'markdown':
                labels = re.findall(r'^\s*\(([^()\s]+)\)=\s*$', src, re.MULTILINE)
                labels += re.findall(r'^\s*:(?:label|name):\s*(\S+)\s*$', src, re.MULTILINE)
                labels += re.findall(r'\$\$[ \t]*\(([^()\s]+)\)[ \t]*$', src, re.MULTILINE)
            else:
                meta = cell.get('metadata', {})
                labels = [figure['name'] for key in ('mystnb', 'myst')
                          if (figure := meta.get(key, {}).get('figure', {})).get('name')]
            for label in labels:
                if label in seen:
                    duplicates.append(f'{label} ({seen[label]} and {lang}/{name})')
                seen.setdefault(label, f'{lang}/{name}')
    assert not duplicates, f'labels used twice: {duplicates}'


# ------------------------------------------------------------------ the build
@pytest.fixture(scope='session')
def book():
    """Build the whole book afresh (--all: every page is re-read, so every warning shows)."""
    jupyter_book = pathlib.Path(sys.executable).parent / 'jupyter-book'
    shutil.rmtree(HTML, ignore_errors=True)  # no pages left over from an earlier build
    start = time.perf_counter()
    result = subprocess.run([str(jupyter_book), 'build', '.', '--all', '-W', '-n', '--keep-going'],
                            cwd=REPO, capture_output=True, text=True, timeout=600)
    print(f'\njupyter-book build took {time.perf_counter() - start:.1f} s')
    return result


def test_book_builds_without_warnings(book):
    output = book.stdout + book.stderr
    warnings = [line for line in output.splitlines() if 'WARNING' in line or 'ERROR' in line]
    assert book.returncode == 0 and not warnings, (
        f'jupyter-book build exited with {book.returncode}; warnings:\n' + '\n'.join(warnings)
        + '\n\nend of the output:\n' + output[-3000:])
    built = {p.relative_to(HTML).as_posix() for p in HTML.rglob('*.html')
             if not p.relative_to(HTML).parts[0].startswith('_')}  # not _static etc.
    expected = {f'chapters/{lang}/{name}.html' for lang, name in PAGES} | {'intro.html'}
    assert expected <= built, f'pages not built: {sorted(expected - built)}'
    strays = sorted(p for p in built - expected - {'index.html', 'search.html', 'genindex.html'})
    assert not strays, f'files that are not book content were built: {strays}'


# ------------------------------------------------------------------ serving and browsing
def test_chromium_is_installed():
    assert CHROMIUM.is_file(), NO_CHROMIUM


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture(scope='session')
def site(book):
    """Base URL of _build/html served on 127.0.0.1 (an ephemeral port)."""
    if not (HTML / 'intro.html').is_file():
        pytest.fail(f'the book was not built (no {HTML / "intro.html"}); '
                    'see test_book_builds_without_warnings', pytrace=False)
    with local_server(functools.partial(_QuietHandler, directory=str(HTML))) as url:
        yield url + '/'


@pytest.fixture(scope='module')
def browser(site, tmp_path_factory):
    """Headless Debian Chromium with a fresh profile; only the book is reachable
    (``browser.blocked``: the URLs outside the book that a page asked for).

    Closed with this module: Playwright's sync API runs one driver at a time, and
    test_live_lesson.py starts its own."""
    ARTIFACTS.mkdir(exist_ok=True)
    with chromium(tmp_path_factory.mktemp('chromium-profile'), site) as context:
        yield context


@pytest.fixture
def page(browser):
    page = browser.new_page()
    errors = []
    page.on('pageerror', lambda error: errors.append(str(error)))
    browser.blocked.clear()
    yield page
    page.close()
    assert not errors, f'JavaScript errors on the page: {errors}'
    assert not browser.blocked, f'the page loaded files from outside the book: {browser.blocked}'


def open_page(page, url):
    response = page.goto(url, wait_until='load')
    assert response is not None and response.ok, f'{url}: HTTP {response and response.status}'
    page.wait_for_function('Array.from(document.images).every(img => img.complete)')
    # MathJax typesets after the load event: wait for it, then for its fonts
    page.evaluate('() => window.MathJax?.startup?.promise')
    page.evaluate('() => document.fonts.ready.then(() => {})')


def heading(page):
    """The visible text of the article's h1, without the '#' permalink."""
    return page.locator('article.bd-article h1').first.evaluate(
        '''h1 => { const copy = h1.cloneNode(true);
                   copy.querySelectorAll('.headerlink').forEach(a => a.remove());
                   return copy.textContent.trim(); }''')


def article_text(page):
    return squash(page.locator('article.bd-article').text_content())


def fonts_for(page, selector):
    """Family names of the platform fonts Chromium used to draw the text in `selector`."""
    cdp = page.context.new_cdp_session(page)
    try:
        cdp.send('DOM.enable')
        cdp.send('CSS.enable')
        root = cdp.send('DOM.getDocument', {'depth': 0})['root']['nodeId']
        node = cdp.send('DOM.querySelector', {'nodeId': root, 'selector': selector})['nodeId']
        fonts = cdp.send('CSS.getPlatformFontsForNode', {'nodeId': node})['fonts']
    finally:
        cdp.detach()
    return {font['familyName'] for font in fonts}


def assert_chinese_renders(page, selector):
    fonts = fonts_for(page, selector)
    assert any(CJK_FONT.search(name) for name in fonts), (
        f'Chinese text in {selector} is drawn with {fonts}, no CJK font: install fonts-noto-cjk')


def cjk_gaps(page):
    """Paragraphs of prose with white space between two Chinese characters.

    A formula or inline code counts as a Latin word: the space before
    `$\\text{甲}$`, or inside a quoted sample of generated lyrics, is wanted.
    """
    return page.locator('article.bd-article p').evaluate_all(r'''ps => ps
        .filter(p => !p.closest('.cell_output, pre'))
        .map(p => { const copy = p.cloneNode(true);
                    copy.querySelectorAll('.math, code')
                        .forEach(m => m.replaceWith('x'));
                    return copy.textContent; })
        .map(t => t.match(
            /.{0,8}[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]\s+[\u4e00-\u9fff].{0,8}/))
        .filter(m => m).map(m => m[0])''')


def unrendered_markup(page):
    """Paragraphs of prose (code left out) still showing Markdown's `**`."""
    return page.locator('article.bd-article p').evaluate_all(r'''ps => ps
        .filter(p => !p.closest('.cell_output, pre'))
        .map(p => { const copy = p.cloneNode(true);
                    copy.querySelectorAll('code, .math').forEach(c => c.remove());
                    return copy.textContent; })
        .filter(t => t.includes('**')).map(t => t.slice(0, 60))''')


def unrendered_math(page):
    """Formulas MathJax left as TeX or could not typeset, and TeX visible in the prose."""
    return page.locator('article.bd-article').evaluate(r'''article => {
        const failed = Array.from(article.querySelectorAll('.math'))
            .filter(m => !m.querySelector('mjx-container') || m.querySelector('mjx-merror'))
            .map(m => m.textContent.trim().slice(0, 60));
        const prose = article.cloneNode(true);  // the text a reader sees, code left out
        prose.querySelectorAll('pre, code, .cell_output, mjx-container').forEach(e => e.remove());
        const tex = prose.textContent.match(/.{0,20}(\$\$|\\[a-zA-Z]+|\\[\[(]).{0,20}/g) || [];
        return failed.concat(tex);
    }''')


def assert_math_rendered(page, nb):
    markdown = '\n'.join(text(c['source']) for c in nb['cells'] if c['cell_type'] == 'markdown')
    bad = unrendered_math(page)
    assert not bad, f'{len(bad)} formulas not rendered, e.g. {bad[:5]}'
    heights = page.locator('article.bd-article div.math mjx-container[display="true"]') \
        .evaluate_all('ms => ms.map(m => m.getBoundingClientRect().height)')
    if '$$' in markdown:
        assert heights, 'no display formula was typeset'
        assert max(heights) > 10, f'display formulas drawn without height: {heights}'
        # MathJax's own fonts (not the browser's) drew it: served with the book too
        assert page.evaluate('''() => Array.from(document.fonts)
            .some(f => f.family.startsWith('MJXTEX') && f.status === 'loaded')'''), \
            'MathJax\'s fonts were not loaded'


def screenshot(page, name):
    page.screenshot(path=str(ARTIFACTS / f'{name}.png'), full_page=True)


def test_landing_page(page, site):
    page.goto(site + 'index.html')
    page.wait_for_url(site + 'intro.html')  # index.html redirects to the landing page
    open_page(page, site + 'intro.html')
    screenshot(page, 'intro')
    title = heading(page)
    assert '循环神经网络语言模型' in title and 'Recurrent neural network language models' in title
    assert_chinese_renders(page, 'article.bd-article h1')
    assert not cjk_gaps(page), f'spaces inside Chinese text: {cjk_gaps(page)}'
    assert not unrendered_markup(page), f'Markdown not rendered: {unrendered_markup(page)}'
    sections = page.locator('article.bd-article h2').all_inner_texts()
    assert {'中文', 'English'} <= {s.strip().rstrip('#').strip() for s in sections}, sections

    # the sidebar has a part per language, holding that language's lessons in order
    parts = page.evaluate('''() => Object.fromEntries(
        Array.from(document.querySelectorAll('nav.bd-docs-nav p.caption')).map(caption => [
            caption.textContent.trim(),
            Array.from(caption.nextElementSibling.querySelectorAll('a')).map(a => a.href)]))''')
    assert parts == {caption: [f'{site}chapters/{lang}/{name}.html' for name in LESSONS]
                     for lang, caption in LANGS.items()}
    # the prose links every lesson
    links = set(page.locator('article.bd-article a').evaluate_all('as => as.map(a => a.href)'))
    missing = {f'{site}chapters/{lang}/{name}.html' for lang, name in PAGES} - links
    assert not missing, f'the landing page does not link {missing}'

    footer = squash(page.locator('footer.bd-footer-content').inner_text())
    assert '© Copyright 2026, the RNN language-model course authors.' in footer, footer


@pytest.mark.parametrize('lang, name', PAGES, ids=[f'{lang}/{name}' for lang, name in PAGES])
def test_lesson_page(page, site, lang, name):
    nb = load(f'{lang}/{name}')
    url = f'{site}chapters/{lang}/{name}.html'
    open_page(page, url)
    screenshot(page, f'{lang}-{name}')
    article = page.locator('article.bd-article')
    assert heading(page) == title_of(lang, name)
    if lang == 'zh':
        assert_chinese_renders(page, 'article.bd-article h1')
        assert not cjk_gaps(page), f'spaces inside Chinese text: {cjk_gaps(page)}'
    assert not unrendered_markup(page), f'Markdown not rendered: {unrendered_markup(page)}'
    assert_math_rendered(page, nb)

    # figures: every stored PNG is on the page and loaded
    sizes = article.locator('.cell_output img').evaluate_all(
        'imgs => imgs.map(img => img.naturalWidth)')
    assert all(sizes), f'figures not loaded (natural widths {sizes})'
    assert len(sizes) >= stored_figures(nb), \
        f'{stored_figures(nb)} stored figures, {len(sizes)} shown'

    # stored outputs are shown
    outputs = [squash(t) for t in article.locator('.cell_output').all_inner_texts()]
    assert any(outputs), 'no stored output on the page'
    printed = first_printed_line(nb)
    if printed is not None:
        assert any(squash(printed) in out for out in outputs), \
            f'stored output {printed!r} not shown'

    # remove-cell cells are gone
    assert article.locator('.tag_remove-cell').count() == 0
    shown = article_text(page)
    leaked = [snippet for snippet in removed_snippets(nb) if snippet in shown]
    assert not leaked, f'remove-cell content on the page: {leaked}'

    # exercises are shown; worked answers open on a click
    markdown = '\n'.join(text(c['source']) for c in nb['cells'] if c['cell_type'] == 'markdown')
    if re.search(r':class:.*\bexercise\b', markdown):
        assert article.locator('div.admonition.exercise').first.is_visible()
    if re.search(r':class:.*\bdropdown\b', markdown):
        answer = article.locator('div.admonition.dropdown').first
        body = answer.locator(':scope > :not(.admonition-title)').first
        assert answer.is_visible() and not body.is_visible(), 'answers are not folded'
        answer.locator('.admonition-title').click()
        body.wait_for(state='visible')
        answer.locator('.admonition-title').click()

    # launch buttons (Binder, Colab), the notebook download and the repository button
    page.locator('.dropdown-launch-buttons button').click()
    path = f'chapters/{lang}/{name}.ipynb'
    binder = page.locator(f'a[href^="https://mybinder.org/v2/gh/{REPOSITORY}/main?"]'
                          f'[href$="{path}"]')
    colab = page.locator(f'a[href="https://colab.research.google.com/github/{REPOSITORY}'
                         f'/blob/main/{path}"]')
    assert binder.is_visible() and colab.is_visible(), 'launch buttons for Binder and Colab missing'
    assert page.locator(f'a[href="https://github.com/{REPOSITORY}"]').count() >= 1
    download = page.locator(f'.dropdown-download-buttons a[href$="_sources/{path}"]')
    assert download.count() == 1, 'no download button for the notebook'
    response = page.request.get(urllib.parse.urljoin(url, download.get_attribute('href')))
    assert response.ok and json.loads(response.body())['nbformat'] == 4
    page.keyboard.press('Escape')

    # the link to the other language sits near the top and leads to the twin
    twin = article.get_by_role('link', name=TWIN_LINK[lang], exact=True)
    assert twin.count() == 1, f'no single "{TWIN_LINK[lang]}" link'
    first_section = article.locator('h2').first
    if first_section.count():
        assert twin.bounding_box()['y'] < first_section.bounding_box()['y'], \
            'the language link is not above the first section'
    twin.click()
    page.wait_for_url(f'{site}chapters/{OTHER[lang]}/{name}.html')
    assert heading(page) == title_of(OTHER[lang], name)


# "arrays" is stemmed differently by Porter and Porter2: the index must use the page's Porter.
SEARCHES = {'zh-perplexity': ('困惑度', 'zh'), 'en-perplexity': ('perplexity', 'en'),
            'en-arrays': ('arrays', 'en')}


@pytest.mark.parametrize('case', SEARCHES)
def test_search_finds_the_lesson(page, site, case):
    query, lang = SEARCHES[case]
    open_page(page, f'{site}search.html?q={urllib.parse.quote(query)}')
    page.wait_for_function(
        '''() => document.querySelector('#search-results h2')?.textContent === 'Search Results' ''')
    found = page.locator('#search-results ul.search li > a').evaluate_all(
        'as => as.map(a => a.href.split("#")[0].split("?")[0])')
    assert f'{site}chapters/{lang}/language-models.html' in found, f'{query!r} found {found}'
    screenshot(page, f'search-{case}')
