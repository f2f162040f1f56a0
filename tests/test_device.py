"""Where computation runs: seeding, the device, and MXNet's thread settings."""
import d2l_helpers as d2l

# isort: split
from d2l_helpers import threads

import os
import random
import subprocess
import sys

import mxnet as mx
import numpy as np
import pytest
from nbfiles import REPO


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


#: What the helpers choose on this machine: one thread a physical core of the
#: affinity set (hardware threads of one core count once, see test_threads),
#: and a governor if there are two cores or more.
CORES = threads.cores()
AUTOMATIC = (str(CORES), threads.SPIN_COUNT, 'governor' if CORES >= 2 else 'None')


@pytest.mark.parametrize('given, expected', [
    ({}, AUTOMATIC),
    ({'OMP_NUM_THREADS': '1', 'OMP_WAIT_POLICY': 'ACTIVE'}, ('1', '-', 'None')),
    # a kernel started by a process that imported the helpers adapts too
    ({'OMP_NUM_THREADS': '5', 'D2L_THREADS': 'auto'}, AUTOMATIC),
])
def test_thread_settings_are_defaults(given, expected):
    """Every physical core, a bounded spin and the governor, unless the user
    set a count."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(('OMP_', 'GOMP_', 'D2L_THREADS'))}
    code = ('import os, d2l_helpers as d2l; from d2l_helpers import device; '
            'print(d2l.NUM_THREADS, os.environ["OMP_NUM_THREADS"], '
            'os.environ.get("GOMP_SPINCOUNT", "-"), '
            '"governor" if device.GOVERNOR else None)')
    proc = subprocess.run([sys.executable, '-c', code], env={**env, **given},
                          check=True, cwd=REPO,
                          capture_output=True, text=True)
    assert proc.stdout.split() == [expected[0], *expected]
    assert proc.stderr == ''  # the governor stops quietly at exit
