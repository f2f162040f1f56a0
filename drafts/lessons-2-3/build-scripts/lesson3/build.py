import hashlib
import inspect
import json
import re
import sys

sys.path.insert(0, '/tmp/l3')
import d2l_helpers as d2l  # noqa: E402
from cells_code import CODE  # noqa: E402
from cells_md import MD  # noqa: E402

NUMS = json.load(open('/tmp/l3/nums.json')) if len(sys.argv) > 1 else {}

model_src = inspect.getsource(d2l.RNNModel)
predict_src = inspect.getsource(d2l.predict_rnn_gluon)
CODE['rnnmodel'] = ([], model_src, model_src)
CODE['predict'] = ([], predict_src, predict_src)

CHECK_BIG = '''\
final = history_big['valid_ppl'][-1]
if winner == 'network over trigrams':  # {c1}
    assert final < 0.9 * trigram_baseline, (final, trigram_baseline)
    assert final > big_baseline, (final, big_baseline)
else:  # {c2}
    assert min(history_big['valid_ppl']) > 1.3 * big_baseline, (
        min(history_big['valid_ppl']), big_baseline)
assert history_big['train_ppl'][-1] < history_big['train_ppl'][0]
'''
CODE['check_big'] = (['remove-cell'],
    "# 检查（不在书中显示）：在歌词上，计数模型胜过网络，而且差距不小\n"
    "winner = 'counting'\n" + CHECK_BIG.format(
        c1='英文版：介于两个计数模型之间',
        c2='歌词：网络连最好的周期也输给计数模型'),
    "# Check (not shown in the book): on The Time Machine the network's last epoch\n"
    "# beats counting up to trigrams clearly, but not the baseline (up to 5-grams)\n"
    "winner = 'network over trigrams'\n" + CHECK_BIG.format(
        c1='The Time Machine: between the two',
        c2='the lyrics: even the best epoch loses to counting'))

ORDER = [
    ('md', 'intro'), ('code', 'imports'), ('md', 'layer'), ('code', 'layer'),
    ('md', 'state'), ('code', 'state'), ('md', 'forward'), ('code', 'forward'),
    ('md', 'deep_lstm'), ('code', 'deep_lstm'), ('md', 'model'), ('code', 'rnnmodel'),
    ('md', 'predict'), ('code', 'predict'), ('md', 'untrained'), ('code', 'untrained'),
    ('md', 'training'), ('code', 'hyper'), ('md', 'heldout'), ('code', 'baseline'),
    ('md', 'train_run'), ('code', 'train_sgd'), ('code', 'check_sgd'),
    ('md', 'sgd_result'), ('code', 'sgd_summary'), ('md', 'sgd_clip'),
    ('md', 'speed_intro'), ('code', 'train_scratch'), ('code', 'check_scratch'),
    ('code', 'speed'), ('md', 'speed_result'),
    ('md', 'recipe'), ('code', 'recipe'), ('md', 'recipe_run'), ('code', 'train_adam'),
    ('code', 'check_adam'), ('md', 'compare_intro'), ('code', 'compare'),
    ('md', 'plot_intro'), ('code', 'plot_both'), ('md', 'recipe_result'),
    ('md', 'big_intro'), ('code', 'big_data'), ('md', 'big_model'), ('code', 'embed_model'),
    ('md', 'big_hyper'), ('code', 'big_hyper'), ('code', 'train_big'), ('code', 'check_big'),
    ('md', 'big_result'), ('code', 'fair_eval'), ('md', 'fair_result'),
    ('md', 'summary'), ('md', 'ex_head'), ('md', 'ex1'), ('md', 'ex2'), ('md', 'ex3'),
    ('md', 'ex4'), ('md', 'ex5'),
]


def lines(text):
    text = text.rstrip('\n')
    out = text.split('\n')
    return [line + '\n' for line in out[:-1]] + [out[-1]]


def fill(text, lang):
    nums = NUMS.get(lang, {})

    def sub(m):
        key = m.group(1)
        if key not in nums:
            return m.group(0)
        return str(nums[key])
    return re.sub(r'⟦([A-Za-z0-9_]+)⟧', sub, text)


def cid(key, kind):
    return hashlib.md5(f'rnn-gluon/{kind}/{key}'.encode()).hexdigest()[:8]


def build(lang, path):
    nb = json.load(open(path, encoding='utf-8'))
    old_outputs = {}
    for c in nb['cells']:
        if c['cell_type'] == 'code':
            old_outputs[''.join(c['source'])] = (c.get('outputs', []), c.get('execution_count'))
    cells = []
    k = 0 if lang == 'zh' else 1
    for kind, key in ORDER:
        if kind == 'md':
            if key not in MD:
                continue
            text = fill(fill(MD[key][k], lang), lang)
            cells.append({'cell_type': 'markdown', 'id': cid(key, 'md'), 'metadata': {},
                          'source': lines(text)})
        else:
            tags, zh, en = CODE[key]
            src = zh if lang == 'zh' else en
            meta = {'tags': list(tags)} if tags else {}
            outs, count = old_outputs.get(src.rstrip('\n'), old_outputs.get(src, ([], None)))
            cells.append({'cell_type': 'code', 'execution_count': count, 'id': cid(key, 'code'),
                          'metadata': meta,
                          'outputs': outs, 'source': lines(src)})
    nb['cells'] = cells
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(nb, f, ensure_ascii=False, indent=1)
        f.write('\n')


if __name__ == '__main__':
    build('zh', '/work/main/chapters/zh/rnn-gluon.ipynb')
    build('en', '/work/main/chapters/en/rnn-gluon.ipynb')
