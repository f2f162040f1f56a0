"""experiments/where_networks_win.py: its pieces, and a --quick run's stored results.

The --quick run is the small version of the long experiment that CI runs: tiny
texts and models, seconds of work; the checks are on the structure of what it
stores (keys, shapes, finite numbers, choices made on validation text, the test
text scored once per model), which the full run shares.
"""
import d2l_helpers as d2l

import json
import math

import numpy as np
import pytest
from nbfiles import REPO
from support import load_script

SCRIPT = REPO / 'experiments' / 'where_networks_win.py'


@pytest.fixture(scope='module')
def wnw():
    return load_script(SCRIPT)


# ---------------------------------------------------------------- pieces
def test_kn_of_order_equals_a_fresh_fit(wnw, small):
    corpus, _, _, V = small
    big = d2l.fit_kneser_ney(corpus[:500], V, 6)
    for n in (1, 2, 4, 6):
        np.testing.assert_allclose(
            d2l.ngrams.kneser_ney_token_probs(wnw.kn_of_order(big, n), corpus[500:700]),
            d2l.kneser_ney_probs(corpus[:500], corpus[500:700], V, n), rtol=1e-12)


def test_mixture_weight_chosen_on_validation(wnw):
    rng = np.random.default_rng(0)
    net = np.log(rng.uniform(0.05, 0.9, 2000))
    count = np.log(rng.uniform(0.05, 0.9, 2000))
    result = wnw.mixture(net[:1000], count[:1000], net[1000:], count[1000:], seed=0)
    assert result['valid_ppl_by_weight'][0] == pytest.approx(wnw.ppl(count[:1000]))
    assert result['valid_ppl_by_weight'][-1] == pytest.approx(wnw.ppl(net[:1000]))
    assert result['weight'] == result['weights'][int(np.argmin(result['valid_ppl_by_weight']))]
    assert 0 < result['weight'] < 1  # two different, equally good models: mixing helps
    assert result['test_ppl'] < min(wnw.ppl(net[1000:]), wnw.ppl(count[1000:]))


def test_speed_formula(wnw):
    s = wnw.speed({'hidden': 10, 'embed': 4}, 7, per_epoch=2, seconds=0.5)
    assert s['macs_per_char_forward'] == 4 * 10 * (4 + 10) + 10 * 7
    flops = 6 * s['macs_per_char_forward'] * 2 * wnw.BATCH_SIZE * wnw.NUM_STEPS
    assert s['gflop_per_epoch'] == pytest.approx(flops / 1e9)
    assert s['gflops_per_second'] == pytest.approx(flops / 1e9 / 0.5)
    # two layers: the second reads H inputs (input and recurrent products of 4 gates)
    s2 = wnw.speed({'hidden': 10, 'embed': 4, 'layers': 2}, 7, per_epoch=2, seconds=0.5)
    assert s2['macs_per_char_forward'] == s['macs_per_char_forward'] + 4 * 10 * (10 + 10)


def test_configs_have_layers(wnw):
    for name, c in wnw.CONFIGS.items():
        assert c['layers'] >= 1 and 0 <= c['layer_dropout'] < 1, name
        assert c['layer_dropout'] == 0 or c['layers'] > 1, name
    assert wnw.CONFIGS['lstm256x2-e64-d0.3']['layers'] == 2


# ---------------------------------------------------------------- the quick run
@pytest.fixture(scope='module')
def quick_out(tmp_path_factory):
    return tmp_path_factory.mktemp('results')


@pytest.fixture(scope='module')
def quick(wnw, quick_out, real_data_dir):
    """main(['--quick', '--out', tmp]) with every test-text scoring of a network recorded."""
    out = quick_out
    calls, score = [], wnw.network_log_probs

    def spy(model, indices, ctx, reset_every=None):
        calls.append((model, reset_every, tuple(indices)))  # the model kept: no id reused
        return score(model, indices, ctx, reset_every)
    wnw.network_log_probs = spy
    try:
        wnw.main(['--quick', '--out', str(out)])
    finally:
        wnw.network_log_probs = score
    results = json.loads((out / 'where-networks-win.json').read_text())
    with np.load(out / 'where-networks-win.npz') as npz:
        arrays = dict(npz)
    return results, arrays, calls


def finite_numbers(value):
    """Every number in a JSON value, flattened."""
    if isinstance(value, dict):
        return [x for v in value.values() for x in finite_numbers(v)]
    if isinstance(value, list):
        return [x for v in value for x in finite_numbers(v)]
    return [value] if isinstance(value, (int, float)) and not isinstance(value, bool) else []


def test_quick_run_layout(quick, wnw):
    results, arrays, _ = quick
    assert set(results) == {'meta', 'environment', 'corpora', 'arrays'}
    assert results['meta']['quick'] and results['meta']['seed'] == 0
    env = results['environment']
    assert {'python', 'mxnet', 'numpy', 'threads', 'cpu', 'matmul', 'flop_formula'} <= set(env)
    assert env['matmul']['gflops_per_second'] > 0
    assert set(results['corpora']) == {'time_machine', 'jay_lyrics'}
    for name, r in results['corpora'].items():
        assert set(r) >= {'splits', 'counting', 'network', 'test', 'mixture', 'ablation',
                          'samples'}
        assert ('curve' in r) == (name == 'time_machine')
        assert all(math.isfinite(x) for x in finite_numbers(r)), name
    assert sorted(arrays) == results['arrays']['keys']
    assert len(json.dumps(results)) < 200_000


@pytest.mark.parametrize('name', ['time_machine', 'jay_lyrics'])
def test_quick_run_arrays_and_test_scores(quick, name):
    results, arrays, _ = quick
    r = results['corpora'][name]
    for part in ('valid', 'test'):
        for model in ('network', 'counting'):
            a = arrays[f'{name}__{part}_{model}']
            assert a.dtype == np.float32 and a.shape == (r['splits']['scored_chars'][part],)
            assert np.isfinite(a).all() and (a <= 0).all()
    t = r['test']
    assert t['network_ppl'] == pytest.approx(math.exp(-arrays[f'{name}__test_network']
                                                      .astype(float).mean()), rel=1e-5)
    assert t['counting_ppl'] == pytest.approx(math.exp(-arrays[f'{name}__test_counting']
                                                       .astype(float).mean()), rel=1e-5)
    for b in [t['bootstrap_network_vs_counting'], *r['mixture']['bootstrap'].values()]:
        low, high = b['bits_interval']
        assert low <= b['bits_diff'] <= high or math.isclose(low, high)
        assert b['ratio_interval'][0] <= b['ratio_interval'][1]
    assert r['ablation']['network_reset_every']['none'] == pytest.approx(t['network_ppl'])
    if r['counting']['chosen'] == 'kneser_ney':  # the ablation's KN of the chosen order
        order = str(r['counting']['kneser_ney']['chosen_order'])
        assert r['ablation']['kneser_ney_order'][order] == pytest.approx(t['counting_ppl'])


@pytest.mark.parametrize('name', ['time_machine', 'jay_lyrics'])
def test_quick_run_choices_made_on_validation(quick, name):
    r = quick[0]['corpora'][name]
    kn, interp = r['counting']['kneser_ney'], r['counting']['interpolated']
    assert sorted(map(int, kn['valid_ppl_by_order'])) == list(range(1, 9))
    by_order = kn['valid_ppl_by_order']
    assert kn['chosen_order'] == int(min(by_order, key=by_order.get))
    assert interp['chosen_max_order'] == int(min(interp['valid_ppl_by_max_order'],
                                                 key=interp['valid_ppl_by_max_order'].get))
    assert r['counting']['chosen_valid_ppl'] == min(kn['valid_ppl'], interp['valid_ppl'])
    configs = r['network']['configs']
    assert r['network']['chosen'] == min(configs, key=lambda c: configs[c]['best_valid_ppl'])
    assert r['network']['chosen_among'] == list(configs)
    assert all(record['retrained'] for record in configs.values())
    for record in configs.values():
        h = record['history']
        assert record['best_epoch'] == 1 + int(np.argmin(h['valid_ppl']))
        assert len(h['epoch']) == len(h['train_ppl']) == len(record['seconds_per_epoch'])
        assert len(h['epoch']) <= record['settings']['max_epochs']
        assert record['speed']['gflops_per_second'] > 0
    m = r['mixture']
    assert m['weight'] == m['weights'][int(np.argmin(m['valid_ppl_by_weight']))]
    assert m['valid_ppl_by_weight'][0] == pytest.approx(r['counting']['chosen_valid_ppl'],
                                                        rel=1e-5)
    assert set(r['samples']['network']) == set(r['samples']['kneser_ney']) == {'0.7', '1.0'}
    for text in [*r['samples']['network'].values(), *r['samples']['kneser_ney'].values()]:
        prefix = r['samples']['prefix']
        assert text.startswith(prefix) and len(text) == len(prefix) + 300


def test_quick_run_scores_each_network_once_on_test_text(quick):
    results, _, calls = quick
    # every model reads each text once without resets (the ablation reuses that reading)
    full_reads = [(id(model), text) for model, reset, text in calls if reset is None]
    assert len(full_reads) == len(set(full_reads))
    curve = results['corpora']['time_machine']['curve']
    assert len(curve['rows']) == 3
    # per corpus: valid and test of the chosen network; test for each model of the curve
    assert len(full_reads) == 2 * 2 + len(curve['rows'])
    resets = [reset for _, reset, _ in calls if reset is not None]
    assert sorted(resets) == sorted([1, 2, 4, 8, 16, 32, 64, 128, 256] * 2)


# ---------------------------------------------------------------- --merge
def load(out):
    results = json.loads((out / 'where-networks-win.json').read_text())
    with np.load(out / 'where-networks-win.npz') as npz:
        return results, dict(npz)


@pytest.fixture(scope='module')
def merged(wnw, quick, quick_out):
    """Into the quick run's folder (its meta rewritten to the layout before
    meta.runs, as a file of an older run): a --merge run retraining the Time
    Machine with tiny-tm and tiny-tm-2layer, then one with tiny-tm-2layer only."""
    path = quick_out / 'where-networks-win.json'
    results = json.loads(path.read_text())
    run = results['meta'].pop('runs')[0]
    results['meta'].update(argv=run['argv'], started=run['started'], seconds=run['seconds'])
    path.write_text(json.dumps(results, indent=1, ensure_ascii=False))
    common = ['--quick', '--out', str(quick_out), '--merge', '--corpora', 'time_machine',
              '--skip-curve', '--configs']
    wnw.main(common + ['tiny-tm', 'tiny-tm-2layer'])
    first = load(quick_out)
    wnw.main(common + ['tiny-tm-2layer'])
    return first, load(quick_out)


def dumps(value):
    return json.dumps(value, indent=1, ensure_ascii=False)


def test_merge_keeps_what_it_did_not_compute(quick, merged):
    (old, old_arrays, _), ((new, arrays), (last, last_arrays)) = quick, merged
    for results, npz in ((new, arrays), (last, last_arrays)):
        assert dumps(results['corpora']['jay_lyrics']) == dumps(old['corpora']['jay_lyrics'])
        assert (dumps(results['corpora']['time_machine']['curve'])
                == dumps(old['corpora']['time_machine']['curve']))
        assert sorted(npz) == sorted(old_arrays) == results['arrays']['keys']
        for key in old_arrays:
            if key.startswith('jay_lyrics__'):
                np.testing.assert_array_equal(npz[key], old_arrays[key])


def test_merge_recomputes_the_named_corpus(quick, merged):
    (old, old_arrays, _), ((new, arrays), _) = quick, merged
    r = new['corpora']['time_machine']
    configs = r['network']['configs']
    assert r['network']['chosen_among'] == ['tiny-tm', 'tiny-tm-2layer'] == list(configs)
    assert all(record['retrained'] for record in configs.values())
    assert r['network']['chosen'] == min(configs, key=lambda c: configs[c]['best_valid_ppl'])
    assert r['test']['network_config'] == r['network']['chosen']
    assert configs['tiny-tm-2layer']['settings']['layers'] == 2
    assert (configs['tiny-tm-2layer']['speed']['macs_per_char_forward']
            > configs['tiny-tm']['speed']['macs_per_char_forward'])
    # the npz holds this run's scores of the chosen network
    for part in ('valid', 'test'):
        a = arrays[f'time_machine__{part}_network']
        assert a.shape == old_arrays[f'time_machine__{part}_network'].shape
    assert r['test']['network_ppl'] == pytest.approx(
        math.exp(-arrays['time_machine__test_network'].astype(float).mean()), rel=1e-5)
    assert r['ablation']['network_reset_every']['none'] == pytest.approx(
        r['test']['network_ppl'])
    meta = new['meta']
    assert [run['argv'][:2] for run in meta['runs']] == [['--quick', '--out']] * 2
    assert meta['runs'][0]['seconds'] == old['meta']['runs'][0]['seconds']
    assert meta['runs'][1]['configs'] == ['tiny-tm', 'tiny-tm-2layer']
    assert meta['seconds'] == pytest.approx(sum(run['seconds'] for run in meta['runs']))
    assert set(meta['configs_tried']) == {'tiny-tm', 'tiny-lyrics', 'tiny-tm-2layer'}


def test_merge_keeps_earlier_networks_not_retrained(merged):
    (new, _), (last, last_arrays) = merged
    network = last['corpora']['time_machine']['network']
    assert network['chosen'] == 'tiny-tm-2layer' and network['chosen_among'] == ['tiny-tm-2layer']
    kept, before = network['configs']['tiny-tm'], new['corpora']['time_machine']['network']
    assert kept['retrained'] is False and network['configs']['tiny-tm-2layer']['retrained']
    assert dumps({**kept, 'retrained': True}) == dumps(before['configs']['tiny-tm'])
    assert len(last['meta']['runs']) == 3
    assert last['corpora']['time_machine']['test']['network_ppl'] == pytest.approx(
        math.exp(-last_arrays['time_machine__test_network'].astype(float).mean()), rel=1e-5)
