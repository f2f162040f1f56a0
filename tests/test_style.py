"""Style: the module, tests, tools, benchmarks and lessons pass ruff.

ruff reads pyproject.toml (100 columns); chapters/ruff.toml limits lesson
cells to the 78 columns the book shows without a sideways scroll bar.
"""
import subprocess
import sys

from nbfiles import REPO


def test_ruff_passes():
    """Everything passes the linter configured in pyproject.toml and chapters/ruff.toml."""
    result = subprocess.run([sys.executable, '-m', 'ruff', 'check', '--output-format',
                             'concise', '.'], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
