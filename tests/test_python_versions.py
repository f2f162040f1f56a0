"""Python 3.11, 3.12 and 3.13: the pins of each version keep step."""
import re
import tomllib

from nbfiles import REPO


def pins(name):
    """{package: line} of the requirement lines of a requirements file."""
    out = {}
    for line in (REPO / name).read_text(encoding='utf-8').splitlines():
        line = line.split('#')[0].strip()
        if line and not line.startswith('-'):
            out[re.split(r'[=<>; ]', line)[0].lower()] = line
    return out


def test_numpy2_requirements_keep_step_with_requirements():
    """requirements-numpy2.txt (3.12, 3.13) = requirements.txt, numpy 2 and MXNet's own deps."""
    old, new = pins('requirements.txt'), pins('requirements-numpy2.txt')
    assert set(old) - {'mxnet', 'numpy'} == set(new) - {'numpy', 'requests', 'setuptools'}
    assert all(new[p] == old[p] for p in set(old) & set(new) if p != 'numpy')


def test_versions_agree():
    project = tomllib.loads((REPO / 'pyproject.toml').read_text())['project']
    assert project['requires-python'] == '>=3.11,<3.14'
    assert (REPO / 'runtime.txt').read_text().strip() == 'python-3.11'  # Binder: stored outputs
    for v in ('3.12', '3.13'):
        assert 'mxnet==1.9.1' in (REPO / f'constraints-{v}.txt').read_text()
