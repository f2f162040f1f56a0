"""Names MXNet 1.9.1 reads from numpy that numpy 2 removed, put back.

MXNet 1.9.1 (2022) reads, while it is imported, names that newer numpy has
removed: `np.bool` (absent from numpy 1.24 to 1.26), constants, aliases and
the financial functions (numpy 2.0), in1d and trapz (numpy 2.4). It reaches
its C++ library through ctypes, not numpy's C API, so with these names back it
runs on Python 3.12 and 3.13 with numpy 2. Each is put back only where numpy
lacks it, looked up in vars(np), because hasattr(np, 'bool') makes numpy 1.26
print a FutureWarning. numpy 1.23.5 (the pin for Python 3.11) is left alone.
Importing this module applies it; ``device.py`` does so before ``mxnet``.
"""
import numpy as np


def _removed_from_numpy(name):
    """A stand-in for a financial function, which numpy 1.20 moved out."""
    def function(*args, **kwargs):
        raise RuntimeError(f'np.{name} was removed from numpy in 1.20; '
                           'numpy_financial has it')
    function.__name__ = name
    return function


#: name -> the value put back where numpy lacks it
RESTORED = {
    'bool': bool,
    'PZERO': 0.0, 'NZERO': -0.0, 'PINF': np.inf, 'NINF': -np.inf,
    'Inf': np.inf, 'NAN': np.nan, 'NaN': np.nan,
    'alltrue': np.all, 'sometrue': np.any, 'product': np.prod,
    'round_': np.round, 'msort': lambda a: np.sort(a, axis=0),
    'in1d': lambda *args, **kwargs: np.isin(*args, **kwargs).ravel(),
    'trapz': lambda *args, **kwargs: np.trapezoid(*args, **kwargs),
    **{name: _removed_from_numpy(name)
       for name in ['mirr', 'npv', 'pmt', 'ppmt', 'pv', 'rate']}}


def restore(module=np):
    """Put back, in `module` (numpy), each name of RESTORED it lacks.

    Returns the names put back. numpy before 1.24 is left alone.
    """
    if np.lib.NumpyVersion(module.__version__) < '1.24.0':
        return []
    missing = [name for name in RESTORED if name not in vars(module)]
    for name in missing:
        vars(module)[name] = RESTORED[name]
    return missing


restore()
