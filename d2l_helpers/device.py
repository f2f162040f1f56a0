"""Where computation runs: thread count, device choice and seeding.

MXNet reads ``OMP_NUM_THREADS`` once, when it is first imported, and by default
uses only half of the cores on x86; OpenMP reads ``OMP_WAIT_POLICY`` when it
is loaded, together with MXNet. This module therefore has to be imported
before ``mxnet``; ``d2l_helpers/__init__.py`` does so.
"""
import os
import random
import sys
import warnings

if 'mxnet' in sys.modules and 'OMP_NUM_THREADS' not in os.environ:
    warnings.warn('mxnet was imported before d2l_helpers, so its thread count '
                  'is already fixed; import d2l_helpers first', stacklevel=2)
#: Threads MXNet's operators use: every core this process may run on, unless
#: the environment variable OMP_NUM_THREADS says otherwise.
NUM_THREADS = int(os.environ.setdefault(
    'OMP_NUM_THREADS', str(len(os.sched_getaffinity(0)))))
# Threads waiting for work sleep instead of spinning: spinning gains a few per
# cent on an idle machine, but when another program keeps a core busy, the
# spinning threads fight it for that core and training gets several times slower.
os.environ.setdefault('OMP_WAIT_POLICY', 'PASSIVE')

import mxnet as mx  # noqa: E402  (after the OpenMP variables are set)
import numpy as np  # noqa: E402


def try_gpu():
    """Return mx.gpu(0) if MXNet sees a GPU, else mx.cpu()."""
    return mx.gpu() if mx.context.num_gpus() > 0 else mx.cpu()


def set_seed(seed):
    """Seed every random number generator a lesson uses: Python, NumPy, MXNet."""
    random.seed(seed)
    np.random.seed(seed)
    mx.random.seed(seed)
