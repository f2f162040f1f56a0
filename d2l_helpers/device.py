"""Where computation runs: thread count, device choice and seeding.

MXNet reads ``OMP_NUM_THREADS`` once, when it is first imported, and by default
uses only half of the cores on x86; OpenMP reads its other variables when it
is loaded, together with MXNet. This module therefore has to be imported
before ``mxnet``; ``d2l_helpers/__init__.py`` does so. ``threads`` says how
the count is chosen, and changed while a lesson runs.
"""
import atexit
import os
import random
import sys
import warnings

from . import threads

if 'mxnet' in sys.modules and 'OMP_NUM_THREADS' not in os.environ:
    warnings.warn('mxnet was imported before d2l_helpers, so its thread count '
                  'is already fixed; import d2l_helpers first', stacklevel=2)
_AUTOMATIC = threads.choose_defaults()
#: Threads MXNet's operators start with: one per physical core this process
#: may run on, unless the environment variable OMP_NUM_THREADS says otherwise.
#: Without OMP_NUM_THREADS, fewer while other processes keep cores busy.
NUM_THREADS = int(os.environ['OMP_NUM_THREADS'])

import numpy as np  # noqa: E402

# MXNet 1.9.1 (2022) reads, while it is imported, names that newer numpy has
# removed: `np.bool` (absent from numpy 1.24 to 1.26), constants, aliases and
# the financial functions (numpy 2.0), in1d and trapz (numpy 2.4). It reaches
# its C++ library through ctypes, not numpy's C API, so with these names back it
# runs on Python 3.12 and 3.13 with numpy 2. Each is put back only where numpy
# lacks it, looked up in vars(np), because hasattr(np, 'bool') makes numpy 1.26
# print a FutureWarning. numpy 1.23.5 (the pin for Python 3.11) is left alone.


def _removed_from_numpy(name):
    """A stand-in for a financial function, which numpy 1.20 moved out."""
    def function(*args, **kwargs):
        raise RuntimeError(f'np.{name} was removed from numpy in 1.20; '
                           'numpy_financial has it')
    function.__name__ = name
    return function


if np.lib.NumpyVersion(np.__version__) >= '1.24.0':
    for _name, _value in {
            'bool': bool,
            'PZERO': 0.0, 'NZERO': -0.0, 'PINF': np.inf, 'NINF': -np.inf,
            'Inf': np.inf, 'NAN': np.nan, 'NaN': np.nan,
            'alltrue': np.all, 'sometrue': np.any, 'product': np.prod,
            'round_': np.round, 'msort': lambda a: np.sort(a, axis=0),
            'in1d': lambda *args, **kwargs: np.isin(*args, **kwargs).ravel(),
            'trapz': lambda *args, **kwargs: np.trapezoid(*args, **kwargs),
            **{name: _removed_from_numpy(name)
               for name in ['mirr', 'npv', 'pmt', 'ppmt', 'pv', 'rate']}}.items():
        vars(np).setdefault(_name, _value)

try:
    import mxnet as mx  # noqa: E402  (after the OpenMP variables and numpy names)
except ModuleNotFoundError as err:
    if err.name != 'mxnet':
        raise
    raise ModuleNotFoundError(
        'MXNet 1.9.1 is not installed. From Python 3.12 on, pip cannot install '
        'it with its dependencies (its metadata asks for numpy<2): run '
        '`pip install --no-deps mxnet==1.9.1`, or `make setup` (README).',
        name='mxnet') from None

#: The daemon thread that adapts the thread count, or None (see `threads`).
GOVERNOR = threads.start_governor() if _AUTOMATIC else None
if GOVERNOR is not None:
    # Registered after mxnet's own exit handler, so it runs first: the
    # governor must not push work into an engine that is shutting down.
    atexit.register(GOVERNOR.stop)


def try_gpu():
    """Return mx.gpu(0) if MXNet sees a GPU, else mx.cpu()."""
    return mx.gpu() if mx.context.num_gpus() > 0 else mx.cpu()


def set_seed(seed):
    """Seed every random number generator a lesson uses: Python, NumPy, MXNet."""
    random.seed(seed)
    np.random.seed(seed)
    mx.random.seed(seed)
