"""A lesson run live in JupyterLab, as a class sees it in Chromium.

JupyterLab is started on the repository (127.0.0.1, a free port, a token, temporary
Jupyter config, data, runtime and settings folders, the corpora of D2L_DATA_DIR) and
Chromium (tests/browsing.py: nothing outside 127.0.0.1 loads) opens one short lesson
with training, clears its stored outputs and runs all cells. While they run, an observer
in the page records every state of the training cells' outputs. Then the test checks:

- every code cell ran, with no error output and no traceback on stderr;
- each training cell with a live figure held at most one figure and one status line
  at any moment, and ends with exactly one figure: the figure was replaced in place
  (its image changed) while the status line changed too; a training cell with
  ``progress=False`` shows no figure;
- the hidden check cells (tag remove-cell) are folded: their input is hidden;
- in a Chinese lesson no rendered Markdown paragraph has white space between two Chinese
  characters (a line break inside a paragraph shows as one; see test_chinese_markdown.py).

The lesson is zh/rnn-pytorch (about 65 s on 2 cores) where PyTorch is installed, else
zh/rnn-gluon; the test id names it. ``LIVE_LESSONS=all`` runs every lesson instead. A
lesson's hidden checks assert that its training results lie in the ranges its prose
states, so a live run without error outputs shows numbers inside them.
Nothing is saved: autosave is off and the server refuses every save (an attempt fails
the test), so the stored notebook stays as it is.
Screenshots (during training, at the end) go to test-artifacts/live-lesson/.
"""
import importlib.util
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from browsing import chromium
from nbfiles import LESSONS as LESSON_NAMES
from nbfiles import REPO

#: Minutes of work: left out of `make test-fast`, run by `make test`.
pytestmark = pytest.mark.slow

LESSON = 'zh/rnn-pytorch' if importlib.util.find_spec('torch') else 'zh/rnn-gluon'
#: LIVE_LESSONS=all runs every lesson of the book, in both languages, one after another
#: (about 20 minutes on 2 cores): what an instructor checks before a term.
LESSONS = ([f'{lang}/{name}' for name in LESSON_NAMES for lang in ('zh', 'en')]
           if os.environ.get('LIVE_LESSONS') == 'all' else [LESSON])
ARTIFACTS = REPO / 'test-artifacts' / 'live-lesson'
#: Seconds for the server to answer, for the page and kernel to be ready, for all cells.
START_TIMEOUT, OPEN_TIMEOUT, RUN_TIMEOUT = 60, 90, 480
#: White space between two Chinese characters (or Chinese punctuation and a character).
CJK_GAP = re.compile(r'.{0,8}[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]\s+[\u4e00-\u9fff].{0,8}')
TRAINING_CALL = re.compile(r'\btrain_and_predict\w*\(')

#: JupyterLab settings (user settings folder): the notebook on disk is never written,
#: every cell is in the DOM (no windowing), no news or update checks (no internet).
LAB_SETTINGS = {
    '@jupyterlab/docmanager-extension/plugin': {'autosave': False},
    '@jupyterlab/notebook-extension/tracker': {'windowingMode': 'none'},
    '@jupyterlab/apputils-extension/notification': {'fetchNews': 'false',
                                                    'checkForUpdates': False},
}
#: jupyter_server_config.py: a save is refused and its path written to SAVES; no checkpoint
#: (.ipynb_checkpoints/) is made either.
SERVER_CONFIG = '''\
from jupyter_server.services.contents.largefilemanager import AsyncLargeFileManager
from tornado import web

SAVES = {saves!r}


class ReadOnlyContents(AsyncLargeFileManager):
    """The repository's files stay as they are: a save is refused and recorded."""

    async def save(self, model, path=''):
        with open(SAVES, 'a', encoding='utf-8') as log:
            log.write(path + '\\n')
        raise web.HTTPError(403, 'the live-lesson test saves nothing')

    async def list_checkpoints(self, path):
        return []  # FileCheckpoints would make the folder .ipynb_checkpoints/ to look

    async def create_checkpoint(self, path=''):
        # JupyterLab makes one when it opens a file without; a 403 it takes as read-only
        raise web.HTTPError(403, 'the live-lesson test makes no checkpoints')


c.ServerApp.contents_manager_class = ReadOnlyContents
c.ServerApp.jpserver_extensions = {{'jupyter_lsp': False}}  # no .virtual_documents
'''


# ------------------------------------------------------------------ JupyterLab
def free_port():
    with socket.socket() as sock:
        sock.bind(('127.0.0.1', 0))
        return sock.getsockname()[1]


#: urllib without any proxy from the environment: the server is on 127.0.0.1.
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def api(base, token, path, method='GET'):
    request = urllib.request.Request(f'{base}{path}', method=method,
                                     headers={'Authorization': f'token {token}'})
    with OPENER.open(request, timeout=5) as response:
        body = response.read()
    return json.loads(body) if body else None


def descendants(pid):
    """Process ids below `pid` (the kernels the server started), read from /proc."""
    found = []
    try:
        tasks = os.listdir(f'/proc/{pid}/task')
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f'/proc/{pid}/task/{task}/children') as children:
                for child in map(int, children.read().split()):
                    found += [child, *descendants(child)]
        except OSError:
            pass
    return found


def alive(pid):
    try:
        with open(f'/proc/{pid}/stat') as stat:
            return stat.read().rsplit(')', 1)[1].split()[0] != 'Z'
    except OSError:
        return False


def tail(path, lines=40):
    return '\n'.join(path.read_text(errors='replace').splitlines()[-lines:])


@pytest.fixture
def jupyter_lab(tmp_path, real_data_dir):
    """A JupyterLab server on the repository; yields (base URL, token, saves file, log)."""
    home = tmp_path / 'jupyter'
    dirs = {name: home / name for name in ('config', 'data', 'runtime', 'settings',
                                           'workspaces', 'ipython')}
    for folder in dirs.values():
        folder.mkdir(parents=True)
    for plugin, values in LAB_SETTINGS.items():
        file = dirs['settings'] / f'{plugin}.jupyterlab-settings'
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(json.dumps(values), encoding='utf-8')
    saves, log = home / 'saves.txt', home / 'jupyter.log'
    (dirs['config'] / 'jupyter_server_config.py').write_text(
        SERVER_CONFIG.format(saves=str(saves)), encoding='utf-8')
    env = {key: value for key, value in os.environ.items() if key != 'MPLBACKEND'}
    env.update(JUPYTER_CONFIG_DIR=str(dirs['config']), JUPYTER_DATA_DIR=str(dirs['data']),
               JUPYTER_RUNTIME_DIR=str(dirs['runtime']),
               JUPYTERLAB_SETTINGS_DIR=str(dirs['settings']),
               JUPYTERLAB_WORKSPACES_DIR=str(dirs['workspaces']),
               IPYTHONDIR=str(dirs['ipython']), D2L_DATA_DIR=str(real_data_dir),
               PATH=os.pathsep.join([os.path.dirname(sys.executable), env.get('PATH', '')]))
    port, token = free_port(), secrets.token_hex(24)
    base = f'http://127.0.0.1:{port}'
    command = [sys.executable, '-m', 'jupyterlab', '--no-browser',
               '--ServerApp.ip=127.0.0.1', f'--ServerApp.port={port}',
               '--ServerApp.port_retries=0', f'--IdentityProvider.token={token}',
               f'--ServerApp.root_dir={REPO}', '--LabApp.expose_app_in_browser=True',
               f'--LabApp.user_settings_dir={dirs["settings"]}',
               f'--LabApp.workspaces_dir={dirs["workspaces"]}',
               '--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate',
               '--LabApp.extension_manager=readonly',  # no PyPI queries
               '--allow-root']  # CI containers run as root
    with open(log, 'wb') as output:
        server = subprocess.Popen(command, cwd=REPO, env=env, stdout=output,
                                  stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                  start_new_session=True)
    kernels = []
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if server.poll() is not None:
                pytest.fail(f'JupyterLab exited with {server.returncode}:\n{tail(log)}',
                            pytrace=False)
            try:
                api(base, token, '/api/status')
                break
            except (OSError, ValueError):
                if time.monotonic() > deadline:
                    pytest.fail(f'JupyterLab did not answer on {base} within {START_TIMEOUT} s:'
                                f'\n{tail(log)}', pytrace=False)
                time.sleep(0.5)
        yield base, token, saves, log
    finally:
        kernels = descendants(server.pid)
        try:
            api(base, token, '/api/shutdown', method='POST')  # stops kernels, then itself
        except (OSError, ValueError):
            pass
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        for pid in kernels:  # started by the server in sessions of their own
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


# ------------------------------------------------------------------ the page
OPEN_NOTEBOOK = '''async (path) => {
    const app = window.jupyterapp;
    const panel = Array.from(app.shell.widgets('main')).find(w => w.context?.path === path);
    if (!panel) return false;
    app.shell.activateById(panel.id);
    await panel.context.ready;
    await panel.sessionContext.ready;
    await panel.revealed;
    window.__panel = panel;
    return true;
}'''

#: [{type, tags, source}] of the notebook as JupyterLab loaded it.
CELLS = '''() => window.__panel.content.widgets.map(cell => ({
    type: cell.model.type, tags: cell.model.getMetadata('tags') || [],
    source: cell.model.sharedModel.getSource()}))'''

#: From now on, every change to the watched cells is sampled into window.__live:
#: the most figures (img) and status lines (text/plain outputs) shown at once, the
#: distinct figures (a hash of the image) and status lines, samples while running.
WATCH = r'''(watched) => {
    const panel = window.__panel;
    const hash = s => { let h = 0;
        for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
        return h; };
    const live = window.__live = {samples: 0, cells: {}};
    for (const i of watched) live.cells[i] = {maxFigures: 0, maxStatus: 0, figures: [],
                                              statuses: [], runningSamples: 0, lastSrc: null};
    const sample = () => {
        live.samples++;
        for (const i of watched) {
            const node = panel.content.widgets[i].node, s = live.cells[i];
            const imgs = node.querySelectorAll('.jp-OutputArea img');
            const lines = node.querySelectorAll(
                '.jp-OutputArea-output[data-mime-type="text/plain"]');
            s.maxFigures = Math.max(s.maxFigures, imgs.length);
            s.maxStatus = Math.max(s.maxStatus, lines.length);
            const prompt = node.querySelector('.jp-InputPrompt')?.textContent || '';
            if (prompt.includes('*') && node.querySelector('.jp-OutputArea-output'))
                s.runningSamples++;
            for (const img of imgs) {
                const src = img.getAttribute('src') || '';
                if (src === s.lastSrc) continue;
                s.lastSrc = src;
                const h = hash(src);
                if (!s.figures.includes(h)) s.figures.push(h);
            }
            const line = lines.length ? lines[0].textContent.trim() : '';
            if (line && !s.statuses.includes(line)) s.statuses.push(line);
        }
    };
    new MutationObserver(sample).observe(panel.content.node, {childList: true, subtree: true,
        attributes: true, attributeFilter: ['src'], characterData: true});
    live.timer = setInterval(sample, 250);
    sample();
}'''

RUN_ALL = '''() => {
    const run = window.__run = {done: false, result: null, error: null};
    window.jupyterapp.commands.execute('notebook:run-all-cells').then(
        result => { run.result = result; run.done = true; },
        error => { run.error = String(error); run.done = true; });
}'''

PROGRESS = '''() => ({run: window.__run, live: window.__live,
    running: window.__panel.content.widgets.map((c, i) => [i,
        c.node.querySelector('.jp-InputPrompt')?.textContent || ''])
        .filter(([i, p]) => p.includes('*')).map(([i]) => i)})'''

#: What each code cell shows when the run is over.
OUTCOME = '''() => window.__panel.content.widgets.map((cell, i) => cell.model.type !== 'code'
    ? null : {
        index: i,
        count: cell.model.executionCount,  // the prompt of a folded cell is hidden too
        errors: cell.model.outputs.toJSON().filter(o => o.output_type === 'error')
            .map(o => `${o.ename}: ${o.evalue}`),
        stderr: Array.from(cell.node.querySelectorAll(
            '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'))
            .map(o => o.textContent),
        figures: cell.node.querySelectorAll('.jp-OutputArea img').length,
        inputShown: cell.node.querySelector('.jp-InputArea')?.checkVisibility() ?? false,
    }).filter(c => c)'''

#: The text of each block (paragraph, list item, heading, table cell) of rendered
#: Markdown, nested blocks apart, with code and typeset formulas as one Latin letter.
MARKDOWN_BLOCKS = '''() => {
    const out = [];
    for (const md of window.__panel.content.node.querySelectorAll(
            '.jp-MarkdownCell .jp-RenderedMarkdown')) {
        for (const block of md.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, td, th')) {
            const copy = block.cloneNode(true);
            copy.querySelectorAll('ul, ol, p, table, pre, blockquote, div')
                .forEach(e => e.remove());
            copy.querySelectorAll('code, mjx-container, .MathJax, script')
                .forEach(e => e.replaceWith('x'));
            out.push(copy.textContent);
        }
    }
    return out;
}'''


def scroll_to(page, index):
    page.evaluate('(i) => window.__panel.content.widgets[i].node'
                  '.scrollIntoView({block: "center"})', index)
    page.wait_for_timeout(300)


def shot(page, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f'{name}.png'
    page.screenshot(path=str(path))
    print(f'screenshot: {path}')
    return path


def cjk_gaps(blocks):
    """Stretches of `blocks` with white space between two Chinese characters."""
    gaps = []
    for block in blocks:
        block = re.sub(r'\$\$.*?\$\$|\$[^$]*\$', 'x', block, flags=re.DOTALL)  # untypeset TeX
        gaps += [m.group(0) for m in CJK_GAP.finditer(block)]
    return gaps


# ------------------------------------------------------------------ the test
@pytest.mark.parametrize('lesson', LESSONS)
def test_lesson_runs_live_in_jupyterlab(jupyter_lab, tmp_path, lesson):
    lang, name = lesson.split('/')
    path = f'chapters/{lesson}.ipynb'
    problems, seconds = live_run_problems(jupyter_lab, tmp_path / 'chromium-profile', path,
                                          lang, name)
    assert not problems, f'{path} run live in JupyterLab ({seconds:.0f} s):\n- ' + \
        '\n- '.join(problems) + f'\n\nend of the JupyterLab log:\n{tail(jupyter_lab[3], 15)}'


def live_run_problems(jupyter_lab, profile, path, lang, name):
    """Run the notebook at `path` in JupyterLab; ([what a class would see wrong], seconds)."""
    base, token, saves, log = jupyter_lab
    problems = []
    started = time.monotonic()
    with chromium(profile, base + '/', viewport=(1400, 1000)) as context:
        page = context.new_page()
        page_errors = []
        page.on('pageerror', lambda error: page_errors.append(str(error)))
        page.goto(f'{base}/lab/tree/{path}?token={token}')
        page.wait_for_function(
            '(path) => Array.from(window.jupyterapp?.shell?.widgets("main") ?? [])'
            '.some(w => w.context?.path === path)', arg=path, timeout=OPEN_TIMEOUT * 1000)
        assert page.evaluate(OPEN_NOTEBOOK, path), f'{path} did not open in JupyterLab'
        page.wait_for_function(
            '() => window.__panel.sessionContext.session?.kernel?.status === "idle"',
            timeout=OPEN_TIMEOUT * 1000)
        cells = page.evaluate(CELLS)
        training = [i for i, c in enumerate(cells) if c['type'] == 'code'
                    and 'nbval-ignore-output' in c['tags'] and TRAINING_CALL.search(c['source'])]
        live = [i for i in training if 'progress=False' not in cells[i]['source']]
        hidden = [i for i, c in enumerate(cells) if c['type'] == 'code'
                  and 'remove-cell' in c['tags']]
        # lessons 1 and 4 and the appendix train nothing; the lesson CI runs must train
        assert live or f'{lang}/{name}' != LESSON, \
            f'{path}: no training cell with a live figure (train_and_predict...)'
        print(f'\n{path}: {len(cells)} cells; training cells {training}, of which live {live}; '
              f'hidden checks {hidden}; ready after {time.monotonic() - started:.1f} s')

        page.evaluate('() => window.jupyterapp.commands.execute('
                      '"notebook:clear-all-cell-outputs")')
        page.wait_for_function('() => !window.__panel.content.node.querySelector('
                               '".jp-OutputArea-output")')
        page.evaluate(WATCH, training)
        page.evaluate(RUN_ALL)
        run_start = time.monotonic()
        mid_shot = None
        while True:
            state = page.evaluate(PROGRESS)
            if state['run']['done']:
                break
            if time.monotonic() - run_start > RUN_TIMEOUT:
                shot(page, f'{lang}-{name}-timeout')
                pytest.fail(f'{path}: cells still running after {RUN_TIMEOUT} s '
                            f'(running or queued: cells {state["running"]})', pytrace=False)
            # a training cell a few redraws in: the screenshot a class sees mid-training
            drawing = [i for i in live if i in state['running']
                       and len(state['live']['cells'][str(i)]['figures']) >= 4]
            if mid_shot is None and drawing:
                scroll_to(page, drawing[0])
                mid_shot = shot(page, f'{lang}-{name}-training')
            page.wait_for_timeout(500)
        run_seconds = time.monotonic() - run_start
        page.wait_for_function(
            '() => window.__panel.sessionContext.session?.kernel?.status === "idle"')
        page.evaluate('() => clearInterval(window.__live.timer)')
        live_state = page.evaluate('() => window.__live')
        outcome = page.evaluate(OUTCOME)
        blocks = page.evaluate(MARKDOWN_BLOCKS)
        scroll_to(page, live[-1] if live else len(cells) - 1)
        final_shot = shot(page, f'{lang}-{name}-final')
        blocked = list(context.blocked)
        page.close()
    print(f'Run All took {run_seconds:.1f} s ({live_state["samples"]} samples of the '
          f'training cells); the whole test {time.monotonic() - started:.1f} s so far')

    # every code cell ran, without an error
    if state['run']['error'] or state['run']['result'] is False:
        problems.append(f'Run All did not succeed: {state["run"]}')
    for cell in outcome:
        if cell['count'] is None:
            problems.append(f'cell {cell["index"]} did not run')
        problems += [f'cell {cell["index"]} raised {error}' for error in cell['errors']]
        if not cell['errors']:  # an error shows on stderr too: said once is enough
            problems += [f'cell {cell["index"]} printed a traceback on stderr: '
                         f'{text.strip()[-300:]}'
                         for text in cell['stderr'] if 'Traceback' in text]

    # the live figure and status line of each training cell
    for i in training:
        seen, end = live_state['cells'][str(i)], outcome_of(outcome, i)
        print(f'cell {i}: {seen["runningSamples"]} samples while running, '
              f'{len(seen["figures"])} distinct figures, at most {seen["maxFigures"]} at once; '
              f'status lines: {seen["statuses"]}')
        if i not in live:
            if seen['maxFigures']:
                problems.append(f'cell {i} (progress=False) showed a figure')
            continue
        if seen['maxFigures'] > 1:
            problems.append(f'cell {i} showed {seen["maxFigures"]} figures at once: the live '
                            'figure was appended, not replaced in place')
        if end['figures'] != 1:
            problems.append(f'cell {i} ends with {end["figures"]} figures, not exactly one')
        if len(seen['figures']) < 3:
            problems.append(f'cell {i}: the figure did not change while training '
                            f'({len(seen["figures"])} distinct images; expected the empty '
                            'frame, at least one redraw and the final curves)')
        if seen['maxStatus'] > 1:
            problems.append(f'cell {i} showed {seen["maxStatus"]} status lines at once')
        if len(seen['statuses']) < 2:
            problems.append(f'cell {i}: the status line did not change while training '
                            f'({seen["statuses"]})')
        if seen['runningSamples'] < 3:
            problems.append(f'cell {i} was sampled only {seen["runningSamples"]} times '
                            'while running')

    # the hidden check cells are folded
    shown = [i for i in hidden if outcome_of(outcome, i)['inputShown']]
    if shown:
        problems.append(f'hidden check cells (remove-cell) {shown} are not folded in '
                        'JupyterLab: give them the metadata "jupyter": {"source_hidden": true}')

    # Chinese prose without spaces between characters
    if lang == 'zh':
        print(f'{len(blocks)} blocks of rendered Markdown checked for spaces in Chinese text')
        gaps = cjk_gaps(blocks)
        if gaps:
            problems.append(f'{len(gaps)} spaces between Chinese characters in the rendered '
                            f'Markdown, e.g. {gaps[:8]}')

    if page_errors:
        problems.append(f'JavaScript errors in JupyterLab: {page_errors[:5]}')
    if blocked:
        problems.append(f'the page asked for URLs outside 127.0.0.1: {blocked[:5]}')
    if saves.exists():
        problems.append(f'JupyterLab tried to save (refused): {saves.read_text().split()}')
    if live and mid_shot is None:
        problems.append(f'no screenshot during training: no cell of {live} showed four '
                        'figures in turn while running')
    print(f'screenshots: {mid_shot}, {final_shot}')
    return problems, run_seconds


def outcome_of(outcome, index):
    return next(cell for cell in outcome if cell['index'] == index)
