"""Rebuild lesson 2 (zh, en) from the current notebooks plus new cells."""
import json, sys, copy, pathlib
sys.path.insert(0, '/work/main/tools')
import sync_taught_code as sync

ROOT = pathlib.Path('/work/main/chapters')
OLD = {lang: json.loads((ROOT / lang / 'rnn-scratch.ipynb').read_text()) for lang in ['zh', 'en']}
# the pristine versions (git HEAD) are the reference for kept cells
import subprocess
for lang in ['zh', 'en']:
    OLD[lang] = json.loads(subprocess.run(['git', '-C', '/work/main', 'show', f'HEAD:chapters/{lang}/rnn-scratch.ipynb'],
                                          capture_output=True, text=True, check=True).stdout)

def lines(text):
    text = text.strip('\n')
    return [l + '\n' for l in text.split('\n')[:-1]] + [text.split('\n')[-1]]

import hashlib
def new_id(text):
    return hashlib.sha1(text.encode()).hexdigest()[:8]

def md(zh, en):
    i = new_id(en)
    return {'zh': {'cell_type': 'markdown', 'id': i, 'metadata': {}, 'source': lines(zh)},
            'en': {'cell_type': 'markdown', 'id': i, 'metadata': {}, 'source': lines(en)}}

def code(zh, en, tags=None):
    out = {}
    for lang, text in [('zh', zh), ('en', en)]:
        meta = {'tags': list(tags)} if tags else {}
        out[lang] = {'cell_type': 'code', 'execution_count': None, 'id': new_id(en),
                     'metadata': meta, 'outputs': [], 'source': lines(text)}
    return out

def keep(i):
    return {lang: copy.deepcopy(OLD[lang]['cells'][i]) for lang in ['zh', 'en']}

def keep_md_replace(i, repl):
    """Keep markdown cell i with (lang, old, new) replacements."""
    c = keep(i)
    for lang, old, new in repl:
        s = ''.join(c[lang]['source'])
        assert old in s, (i, lang, old)
        c[lang]['source'] = lines(s.replace(old, new))
    return c

exec(open('/tmp/l2/cells.py', encoding='utf-8').read())
TEXT = {}
exec(open('/tmp/l2/texts.py', encoding='utf-8').read())
for c in CELLS:
    for lang in ['zh', 'en']:
        src = ''.join(c[lang]['source'])
        for key, text in TEXT.items():
            if key in src:
                src = src.replace(key, text.strip('\n'))
        c[lang]['source'] = lines(src)

sources = sync.module_sources()
for lang in ['zh', 'en']:
    nb = copy.deepcopy(OLD[lang])
    nb['cells'] = []
    for c in CELLS:
        cell = copy.deepcopy(c[lang])
        if cell['cell_type'] == 'code':
            src = ''.join(cell['source'])
            new = sync.synced(src, sources)
            cell['source'] = lines(new)
        nb['cells'].append(cell)
    (ROOT / lang / 'rnn-scratch.ipynb').write_text(
        json.dumps(nb, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
print('cells:', len(CELLS))
