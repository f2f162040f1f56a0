"""One seed for every random number generator a lesson uses."""
import random
import sys

import numpy as np


def set_seed(seed):
    """Seed Python's and NumPy's generators, and MXNet's if it is loaded.

    PyTorch keeps its own generator: lesson 5 seeds it with
    torch.manual_seed, as PyTorch code does.
    """
    random.seed(seed)
    np.random.seed(seed)
    if sys.modules.get('mxnet') is not None:
        sys.modules['mxnet'].random.seed(seed)
