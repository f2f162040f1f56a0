# Colab (or any Python 3.11-3.13 without the course): install MXNet 1.9.1 and
# the course's helpers. Where they are installed, this cell does nothing.
try:
    import d2l_helpers as d2l  # noqa: F401  (the lesson uses it)
except ModuleNotFoundError:
    import importlib.util
    import subprocess
    import sys

    REPOSITORY = 'https://github.com/d2l-rnn-course/rnn-language-models'
    # MXNet's metadata asks for numpy<2: without --no-deps pip would replace
    # the numpy Colab has already loaded, and the session would need a restart.
    subprocess.run([sys.executable, '-m', 'pip', 'install', '-q', '--no-deps',
                    'mxnet==1.9.1', f'd2l-helpers @ git+{REPOSITORY}'],
                   check=True)
    # What MXNet and the helpers import, if missing (Colab has them all)
    missing = [name for name in ['requests', 'setuptools', 'matplotlib',
                                 'pooch'] if importlib.util.find_spec(name) is None]
    if missing:
        subprocess.run([sys.executable, '-m', 'pip', 'install', '-q',
                        *missing], check=True)
    importlib.invalidate_caches()
    if 'setuptools' in missing:
        import setuptools  # noqa: F401  (makes `distutils` importable now)
