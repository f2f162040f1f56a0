"""The first code cell of every lesson: on Colab it installs MXNet and the helpers.

Where ``d2l_helpers`` is importable (the course installed with ``make setup``,
Binder) the cell does nothing and prints nothing. Elsewhere (Colab, any Python
3.11-3.13 without the course) it installs MXNet 1.9.1 without its dependencies,
so that the numpy 2 Colab has already loaded stays and no restart is needed,
then the helpers from the repository whose URL ``_config.yml`` gives (the same
URL the launch buttons use). ``make sync`` (tools/sync_taught_code.py) writes
it into the lessons, with comments in the lesson's language: the twins differ
only in comments. tests/test_colab.py runs it in an environment made like
Colab's.
"""
import re
import string

import yaml
from nbfiles import REPO

CONFIG = REPO / '_config.yml'
#: The tag (and id) that marks the cell.
TAG = 'colab-setup'
#: Its tags: `hide-input` folds its code away in the book, whose readers run
#: nothing; Colab and Jupyter ignore it and show the cell as it is.
TAGS = [TAG, 'hide-input']

CELL = string.Template("""\
# $purpose
import importlib.util

if importlib.util.find_spec('d2l_helpers') is None:  # $absent
    import subprocess
    import sys

    REPOSITORY = '$repository'
    # $no_deps
    subprocess.run([sys.executable, '-m', 'pip', 'install', '-q', '--no-deps',
                    'mxnet==1.9.1', f'd2l-helpers @ git+{REPOSITORY}'],
                   check=True)
    # $dependencies
    needed = ['requests', 'setuptools', 'matplotlib', 'pooch']
    missing = [name for name in needed
               if importlib.util.find_spec(name) is None]
    if missing:
        subprocess.run([sys.executable, '-m', 'pip', 'install', '-q',
                        *missing], check=True)
    importlib.invalidate_caches()
    if 'setuptools' in missing:
        importlib.import_module('setuptools')  # $distutils""")

#: The comments, per language; a line break continues the comment.
COMMENTS = {
    'en': {
        'purpose': ('Setup for Colab (or any Python 3.11-3.13 without the course):\n'
                    "installs MXNet 1.9.1 and the course's helpers. Where they are\n"
                    'installed, it does nothing. Run it first.'),
        'absent': 'not installed here',
        'no_deps': ("MXNet's metadata asks for numpy<2: without --no-deps pip would\n"
                    'replace the numpy Colab has already loaded, and the session\n'
                    'would need a restart.'),
        'dependencies': 'What MXNet and the helpers import, if missing (Colab has them)',
        'distutils': 'lets `distutils` import now',
    },
    'zh': {
        'purpose': ('为 Colab（或任何没有安装本课程的 Python 3.11-3.13）准备环境：\n'
                    '安装 MXNet 1.9.1 和课程的辅助模块。已经安装的地方，它什么也\n'
                    '不做。请先运行这个单元。'),
        'absent': '这里还没有安装',
        'no_deps': ('MXNet 的元数据要求 numpy<2：不加 --no-deps，pip 会替换\n'
                    'Colab 已经载入的 numpy，会话就得重启。'),
        'dependencies': 'MXNet 和辅助模块导入的包，缺的才装（Colab 上都有）',
        'distutils': '让 `distutils` 现在就能导入',
    },
}


def repository():
    """The repository URL of _config.yml (the launch buttons use it too)."""
    return yaml.safe_load(CONFIG.read_text(encoding='utf-8'))['repository']['url']


def source(lang, url=None):
    """The cell for a lesson in `lang` ('zh' or 'en'), installing from `url`.

    `url` defaults to the repository of _config.yml.
    """
    indents = {name: indent
               for indent, name in re.findall(r'^( *)# \$(\w+)', CELL.template, re.MULTILINE)}
    comments = {name: text.replace('\n', f'\n{indents.get(name, "")}# ')
                for name, text in COMMENTS[lang].items()}
    return CELL.substitute(comments, repository=url or repository())
