"""The numpy-2 shim: the names MXNet 1.9.1 reads are there, on every numpy.

On Python 3.11 (numpy 1.23.5) nothing is put back; on 3.12 and 3.13 (numpy 2)
the real numpy gets the names. A stand-in module tests the rule on any numpy.
"""
from d2l_helpers import numpy_compat

import types

import numpy as np
import pytest


def fake_numpy(version, **present):
    module = types.ModuleType('fake_numpy')
    module.__version__ = version
    vars(module).update(present)
    return module


def test_restores_every_missing_name_on_numpy_2():
    module = fake_numpy('2.1.3', bool=np.bool_)  # one name numpy 2 still has
    restored = numpy_compat.restore(module)
    assert set(restored) == set(numpy_compat.RESTORED) - {'bool'}
    assert module.bool is np.bool_  # a name numpy has is left alone
    assert module.NINF == -np.inf and np.isnan(module.NaN)
    assert module.in1d([1, 2, 3], [2]).tolist() == [False, True, False]
    with pytest.raises(RuntimeError, match='numpy_financial'):
        module.npv(0.1, [1, 2])


def test_leaves_old_numpy_alone():
    module = fake_numpy('1.23.5')
    assert numpy_compat.restore(module) == []
    assert 'bool' not in vars(module)


def test_the_real_numpy_has_what_mxnet_reads():
    """On numpy >= 1.24 (Python 3.12, 3.13) the shim has already run."""
    if np.lib.NumpyVersion(np.__version__) < '1.24.0':
        assert numpy_compat.restore() == []
    else:
        missing = [name for name in numpy_compat.RESTORED if name not in vars(np)]
        assert missing == []
    import mxnet as mx  # imports cleanly after the shim, and computes
    assert mx.nd.array([1, 2]).sum().asscalar() == 3
