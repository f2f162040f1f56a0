"""Debian's Chromium driven by Playwright: the launch shared by the browser tests.

test_book.py reads the built book with it, test_live_lesson.py a lesson running in
JupyterLab. Only URLs under one local origin load; every other request is aborted and
recorded in ``context.blocked``, so the tests need no internet and notice a page that
reaches out.
"""
import contextlib
import pathlib

import pytest

CHROMIUM = pathlib.Path('/usr/bin/chromium')
CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run',
                 '--disable-background-networking', '--disable-component-update',
                 '--disable-sync', '--disable-quic']
NO_CHROMIUM = (f'{CHROMIUM} not found: install Debian\'s chromium (as root: apt-get install '
               'chromium fonts-noto-cjk; `make browser` does it when run as root). '
               'Do not use `playwright install`.')


@contextlib.contextmanager
def chromium(profile, allowed, viewport=(1280, 900)):
    """A headless Chromium context with a fresh profile in the folder `profile`.

    Requests to URLs starting with `allowed` go through; others are aborted and their
    URLs appended to ``context.blocked`` (clear it between pages). Fails the test with
    what to do when Chromium is missing.
    """
    if not CHROMIUM.is_file():
        pytest.fail(NO_CHROMIUM, pytrace=False)
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
            viewport={'width': viewport[0], 'height': viewport[1]})
        context.set_default_timeout(30_000)
        context.blocked = []

        def only_allowed(route):
            if route.request.url.startswith(allowed):
                route.continue_()
            else:
                context.blocked.append(route.request.url)
                route.abort()
        context.route('**/*', only_allowed)
        try:
            yield context
        finally:
            context.close()
