"""Where computation runs: seeding, the device, and MXNet's thread settings."""
import d2l_helpers as d2l

import os
import random
import subprocess
import sys
from pathlib import Path

import mxnet as mx
import numpy as np
import pytest


def test_set_seed_reproducible():
    def draw():
        return (random.random(), float(np.random.rand()),
                float(mx.nd.random.uniform(shape=(1,)).asscalar()),
                d2l.get_params(3, 2, mx.cpu())[0].asnumpy().tolist())
    d2l.set_seed(42)
    a = draw()
    d2l.set_seed(42)
    b = draw()
    d2l.set_seed(43)
    c = draw()
    assert a == b
    assert all(x != y for x, y in zip(a, c))


def test_try_gpu():
    ctx = d2l.try_gpu()
    assert isinstance(ctx, mx.Context)
    assert ctx == (mx.gpu() if mx.context.num_gpus() else mx.cpu())


def test_num_threads():
    assert d2l.NUM_THREADS == int(os.environ['OMP_NUM_THREADS']) >= 1


@pytest.mark.parametrize('given, expected', [
    ({}, (str(len(os.sched_getaffinity(0))), 'PASSIVE')),
    ({'OMP_NUM_THREADS': '1', 'OMP_WAIT_POLICY': 'ACTIVE'}, ('1', 'ACTIVE')),
])
def test_thread_settings_are_defaults(given, expected):
    """Every core and sleeping idle threads, unless the user's environment says otherwise."""
    env = {k: v for k, v in os.environ.items() if not k.startswith('OMP_')}
    code = ('import os, d2l_helpers as d2l; '
            'print(d2l.NUM_THREADS, os.environ["OMP_NUM_THREADS"], os.environ["OMP_WAIT_POLICY"])')
    out = subprocess.run([sys.executable, '-c', code], env={**env, **given}, check=True,
                         cwd=Path(__file__).parents[1],
                         capture_output=True, text=True).stdout.split()
    assert out == [expected[0], expected[0], expected[1]]
