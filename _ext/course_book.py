"""Small fixes for the course book (a local Sphinx extension, see _config.yml).

1. Sphinx's Chinese search (``html_search_language: zh``) splits Chinese with
   jieba, which opens ``html_search_options['dict']`` relative to the working
   directory and silently ignores it when missing: make the path relative to the
   book and stop the build if the file is missing. It also stems English words
   with Porter2 when indexing but with Porter on the search page, so "array" or
   "exactly" are never found: index with Porter too.
2. Sphinx 7.4 writes the inline scripts that extensions register after the
   builder starts (sphinx-thebe, sphinx-togglebutton) twice on every page; the
   second ``const THEBE_JS_URL`` is a JavaScript error. Keep the first copy only.
3. Sphinx loads MathJax from a CDN, so a reader offline, or behind a firewall
   that blocks the CDN (often the case in mainland China), sees raw TeX. Serve
   MathJax 3 with the book instead: the PyPI package django-static-mathjax ships
   its browser files (es5/), which are copied into ``_static/mathjax``.
"""
import importlib.resources
import shutil
from pathlib import Path

import snowballstemmer
from sphinx.errors import ConfigError
from sphinx.search import languages
from sphinx.search.zh import SearchChinese


class _ChineseSearch(SearchChinese):
    """Sphinx's Chinese search, stemming English as its JavaScript does (Porter)."""

    def init(self, options):
        super().init(options)
        self.stemmer = snowballstemmer.stemmer('porter')


def _resolve_search_dict(app, config):
    name = config.html_search_options.get('dict')
    if name:
        path = Path(app.srcdir, name)
        if not path.is_file():
            raise ConfigError(f'html_search_options: no jieba dictionary at {path}')
        config.html_search_options['dict'] = str(path)


def _drop_duplicate_scripts(app, pagename, templatename, context, doctree):
    scripts = context.get('script_files')
    if not scripts:
        return
    seen, unique = set(), []
    for js in scripts:
        key = (getattr(js, 'filename', js) or '', getattr(js, 'priority', None),
               tuple(sorted(getattr(js, 'attributes', {}).items())))
        if key not in seen:
            seen.add(key)
            unique.append(js)
    scripts[:] = unique


#: MathJax 3's browser files, from the PyPI package django-static-mathjax (3.2.2).
_MATHJAX = importlib.resources.files('mathjax') / 'static' / 'mathjax' / 'es5'


def _serve_mathjax_locally(app, config):
    # A relative mathjax_path is relative to the book's _static folder.
    config.mathjax_path = 'mathjax/tex-mml-chtml.js'


def _copy_mathjax(app, exception):
    if exception is None and app.builder.format == 'html':
        # all of es5/: MathJax loads fonts and TeX extensions from beside its script
        target = Path(app.outdir, '_static', 'mathjax')
        shutil.copytree(_MATHJAX, target, dirs_exist_ok=True)
        shutil.copy(_MATHJAX.parent / 'LICENSE', target)  # Apache 2.0: ship its licence


def setup(app):
    languages['zh'] = _ChineseSearch
    app.connect('config-inited', _resolve_search_dict)
    app.connect('config-inited', _serve_mathjax_locally)
    app.connect('build-finished', _copy_mathjax)
    app.connect('html-page-context', _drop_duplicate_scripts, priority=900)
    return {'version': '1', 'parallel_read_safe': True, 'parallel_write_safe': True}
