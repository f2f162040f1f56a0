"""Where MXNet computes: its thread count and the device.

MXNet reads ``OMP_NUM_THREADS`` once, when it is first imported, and by default
uses only half of the cores on x86; OpenMP reads its other variables when it
is loaded, together with MXNet. This module therefore has to be imported
before ``mxnet``; ``d2l_helpers/__init__.py`` does so. ``threads`` says how
the count is chosen, and changed while a lesson runs.
"""
import atexit
import os
import sys
import warnings

from . import threads

if sys.modules.get('mxnet') is not None and 'OMP_NUM_THREADS' not in os.environ:
    warnings.warn('mxnet was imported before d2l_helpers, so its thread count '
                  'is already fixed; import d2l_helpers first', stacklevel=2)
_AUTOMATIC = threads.choose_defaults()
#: Threads MXNet's operators start with: one per physical core this process
#: may run on, unless the environment variable OMP_NUM_THREADS says otherwise.
#: Without OMP_NUM_THREADS, fewer while other processes keep cores busy.
NUM_THREADS = int(os.environ['OMP_NUM_THREADS'])

from . import numpy_compat  # noqa: E402,F401  (before mxnet)

#: Why MXNet could not be imported, or None. Without MXNet the framework-free
#: helpers and the PyTorch ones (lesson 5) still work.
MISSING = None
try:
    import mxnet as mx  # noqa: E402  (after the OpenMP variables and numpy names)
except ModuleNotFoundError as err:
    if err.name != 'mxnet':
        raise
    mx = None
    MISSING = ModuleNotFoundError(
        'MXNet 1.9.1 is not installed. From Python 3.12 on, pip cannot install '
        'it with its dependencies (its metadata asks for numpy<2): run '
        '`pip install --no-deps mxnet==1.9.1`, or `make setup` (README).',
        name='mxnet')

#: The daemon thread that adapts the thread count, or None (see `threads`).
GOVERNOR = threads.start_governor() if _AUTOMATIC and mx else None
if GOVERNOR is not None:
    # Registered after mxnet's own exit handler, so it runs first: the
    # governor must not push work into an engine that is shutting down.
    atexit.register(GOVERNOR.stop)


def try_gpu():
    """Return mx.gpu(0) if MXNet sees a GPU, else mx.cpu()."""
    if mx is None:
        raise MISSING
    return mx.gpu() if mx.context.num_gpus() > 0 else mx.cpu()
