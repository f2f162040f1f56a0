"""Lessons under nbval (`pytest --nbval chapters/...`) where MXNet is missing.

Lesson 5 (rnn-pytorch) runs on PyTorch alone; its cells that compare with
Gluon carry the tag `needs-mxnet`, and no other cell depends on them. Without
MXNet those cells are skipped, with the reason, instead of failing. pytest
loads this file for the notebooks it collects under chapters/.

nbval makes one item (nbval.plugin.IPyNbCell) per code cell, with the cell in
`.cell`; pytest's skipping plugin raises the skip in its `tryfirst`
pytest_runtest_setup hook, before the item's setup and its `runtest` (which
sends the cell to the kernel), so a skipped cell never runs.
"""
import importlib.util

import pytest

#: The tag of the cells that need MXNet.
TAG = 'needs-mxnet'


def has_mxnet():
    """True if `mxnet` can be imported here, where nbval's kernel runs
    (--nbval-current-env)."""
    return importlib.util.find_spec('mxnet') is not None


def needs_mxnet(item):
    """True if `item` is a notebook cell tagged `needs-mxnet`."""
    cell = getattr(item, 'cell', None)
    if cell is None:
        return False
    return TAG in cell.get('metadata', {}).get('tags', [])


def pytest_collection_modifyitems(config, items):
    if has_mxnet():
        return
    skip = pytest.mark.skip(
        reason='a comparison with Gluon: MXNet is not installed')
    for item in items:
        if needs_mxnet(item):
            item.add_marker(skip)
