"""Where a recurrent network beats counting, and why (issue 20): the long runs.

For The Time Machine and the Jay Chou lyrics, with fixed splits (train,
validation, test; the vocabulary from the training part):

a. counting models chosen on VALIDATION text: add-alpha interpolation of
   orders 1..n (n = 1..5; weights and alpha by deleted estimation on the
   training text, as lesson 1) and interpolated modified Kneser-Ney of
   orders 1..8; the strongest counting model is the better on validation;
b. LSTM networks (the CONFIGS below, chosen on validation perplexity with
   early stopping, the best epoch's parameters restored);
c. the chosen counting model and network scored ONCE on TEST text: per-
   character log-probabilities, perplexities, a paired block bootstrap;
d. their mixture w * p_net + (1 - w) * p_count, w chosen on validation;
e. a learning curve (The Time Machine): test perplexity against the size of
   the training text, for Kneser-Ney and a cheaper network;
f. context ablation on test text: the network with its state reset every k
   characters, Kneser-Ney of orders 1..8;
g. samples after a prefix from both models at two temperatures;
h. speed: seconds and GFLOP/s per epoch against this machine's matrix-
   multiply rate.

Results: OUT/where-networks-win.json (kilobytes; layout in
experiments/README.md) and OUT/where-networks-win.npz (float32 per-character
log-probabilities). `make experiments` runs it all; `--quick` is a tiny
version (seconds) for the tests. `--merge` updates stored results with a
search: the corpora named are recomputed, the rest kept; networks of earlier
runs stay in the results (`"retrained": false`) but the network is chosen
among the settings trained in this run (experiments/README.md).

Expected time of the full run on 2 idle cores (an estimate from timed
updates, not from a full run; the lead measures it): 'lstm512-e64-d0.5'
about 0.2 s per update, 73 updates per epoch, with validation about 16 s
per epoch, up to 40 epochs (at most 11 min); 'lstm256-e128-d0.4' on the
lyrics (V about 2,500, 24 updates per epoch) about 6 s per epoch, up to 30
(at most 3 min); the learning curve 5 sizes x up to 40 epochs of about 7 s
(at most 25 min, less with early stopping); counting models, scoring and
the ablation a few minutes. About 30-45 minutes in all; more on a busy machine.
"""
import d2l_helpers as d2l  # first: it sets MXNet's threads
from d2l_helpers.ngrams import (
    KneserNeyModel,
    add_alpha,
    fit_interpolation,
    fit_kneser_ney,
    kneser_ney_distribution,
    kneser_ney_token_probs,
    order_counts,
)
from d2l_helpers.training import char_log_probs

import argparse
import dataclasses
import json
import math
import pathlib
import platform
import sys
import time

import mxnet as mx
import numpy as np
from mxnet import init, nd
from mxnet.gluon import rnn

HERE = pathlib.Path(__file__).resolve().parent
NAME = 'where-networks-win'

#: corpus -> (reader, (train end, validation end), prefix for the samples);
#: train = [0, a), validation = [a, b), test = [b, end)
CORPORA = {
    'time_machine': (d2l.read_time_machine, (150_000, 160_000), 'the time traveller '),
    'jay_lyrics': (d2l.read_jay_lyrics, (50_000, 56_000), '分开'),
}
#: the same for --quick: the first few thousand characters
QUICK_SPLITS = {'time_machine': (4_000, 5_000, 6_000), 'jay_lyrics': (3_000, 3_600, 4_200)}

#: every network setting tried; hidden units H (per layer), embedding size E,
#: dropout on the LSTM's outputs, Adam's peak learning rate, epochs at most,
#: patience; layers L (default 1) and layer_dropout (between stacked layers,
#: Gluon's rnn.LSTM(H, num_layers=L, dropout=layer_dropout); default 0)
CONFIGS = {
    'lstm512-e64-d0.5': dict(corpus='time_machine', hidden=512, embed=64, dropout=0.5,
                             lr=3e-3, max_epochs=40, patience=4),
    'lstm512-e64-d0.65': dict(corpus='time_machine', hidden=512, embed=64, dropout=0.65,
                              lr=3e-3, max_epochs=40, patience=4),
    'lstm256x2-e64-d0.3': dict(corpus='time_machine', hidden=256, layers=2, layer_dropout=0.3,
                               embed=64, dropout=0.3, lr=3e-3, max_epochs=40, patience=4),
    'lstm512-e64-d0.5-lr1e-3': dict(corpus='time_machine', hidden=512, embed=64, dropout=0.5,
                                    lr=1e-3, max_epochs=40, patience=4),
    'lstm256-e32-d0.2': dict(corpus='time_machine', hidden=256, embed=32, dropout=0.2,
                             lr=3e-3, max_epochs=20, patience=4),
    'lstm256-e128-d0.4': dict(corpus='jay_lyrics', hidden=256, embed=128, dropout=0.4,
                              lr=3e-3, max_epochs=30, patience=4),
    'tiny-tm': dict(corpus='time_machine', hidden=16, embed=8, dropout=0.1,
                    lr=1e-2, max_epochs=2, patience=1),
    'tiny-tm-2layer': dict(corpus='time_machine', hidden=16, layers=2, layer_dropout=0.1,
                           embed=8, dropout=0.1, lr=1e-2, max_epochs=2, patience=1),
    'tiny-lyrics': dict(corpus='jay_lyrics', hidden=16, embed=8, dropout=0.1,
                        lr=1e-2, max_epochs=2, patience=1),
}
CONFIGS = {k: {'layers': 1, 'layer_dropout': 0.0, **v} for k, v in CONFIGS.items()}
DEFAULT_CONFIGS = ['lstm512-e64-d0.5', 'lstm256-e128-d0.4']
QUICK_CONFIGS = ['tiny-tm', 'tiny-lyrics']
CURVE_CONFIG, QUICK_CURVE_CONFIG = 'lstm256-e32-d0.2', 'tiny-tm'
CURVE_MAX_EPOCHS = 40  # with about 73 updates per epoch: up to about 2,900 updates
CURVE_SIZES, QUICK_CURVE_SIZES = [10_000, 20_000, 40_000, 80_000, 150_000], [1_000, 2_000, 4_000]
#: learning-curve rule: the N training characters are repeated
#: max(1, round(FULL / N)) times, so every size gets about the same number
#: of updates per epoch (about 73 for 150,000), up to CURVE_MAX_EPOCHS
#: epochs with the config's patience: the same budget for every size
CURVE_RULE = ('the first N training characters repeated max(1, round(len(train) / N)) '
              'times per epoch (about 73 updates per epoch for every N), up to 40 '
              "epochs (about 2,900 updates), stopped by the config's patience on "
              'validation perplexity (--quick: the config\'s max_epochs)')

BATCH_SIZE, NUM_STEPS, CLIP = 32, 64, 1.0
KN_ORDERS, INTERP_ORDERS = range(1, 9), range(1, 6)
RESETS = [1, 2, 4, 8, 16, 32, 64, 128, 256, None]
TEMPERATURES = [0.7, 1.0]
WEIGHTS = np.round(np.arange(0, 1.0001, 0.05), 2)  # mixture weights of the network
SAMPLE_LEN = 300
#: multiply-adds per character, forward; FLOPs = 2 MACs; training = 3 x forward
FLOP_FORMULA = ('MACs per character (forward) = 4H(E + H) + (L - 1) 4H(H + H) [LSTM '
                'of L layers: input and recurrent products of the 4 gates; layers above '
                'the first read H inputs] + HV [dense]; the embedding is a lookup '
                '(0 MACs); training FLOPs per character = 3 x 2 x MACs (backward '
                '= 2 x forward); GFLOP/s = FLOPs per epoch / training seconds per epoch')


# ------------------------------------------------------------------ data
@dataclasses.dataclass
class Split:
    """One corpus indexed with its training vocabulary: lists of ints."""
    name: str
    train: list
    valid: list
    test: list
    idx_to_char: list
    char_to_idx: dict
    dropped: dict  # held-out characters outside the vocabulary, per part
    bounds: dict   # [start, end) in the text, per part


def load_split(name, bounds_override=None):
    """The corpus `name` cut into train/valid/test (see CORPORA)."""
    reader, (a, b), _ = CORPORA[name]
    text = reader()
    a, b, end = bounds_override or (a, b, len(text))
    idx_to_char, char_to_idx = d2l.build_vocab(text[:a])
    parts = {'train': text[:a], 'valid': text[a:b], 'test': text[b:end]}
    coded = {k: d2l.encode(v, char_to_idx, skip_unknown=True) for k, v in parts.items()}
    return Split(name, coded['train'], coded['valid'], coded['test'], idx_to_char,
                 char_to_idx, {k: len(parts[k]) - len(coded[k]) for k in ('valid', 'test')},
                 {'train': [0, a], 'valid': [a, b], 'test': [b, end]})


def ppl(log_probs):
    """Perplexity exp(-mean) of natural-log probabilities (T,)."""
    return float(math.exp(-np.mean(log_probs)))


# ------------------------------------------------------------------ counting models
def kn_of_order(model, n):
    """The Kneser-Ney model of order n <= model.max_n, from the tables of a
    larger one (same counts and discounts as fitting order n afresh)."""
    raw, cont = model.tables
    return KneserNeyModel(model.vocab_size, n, model.discounts[:n],
                          (raw[:n], cont[:n - 1] + ({},)))


def interp_log_probs(fitted, train, eval_indices, vocab_size):
    """log P of eval_indices[1:] (T,) under add-alpha interpolation
    fitted = (weights, alpha); the eval text alone is the history."""
    weights, alpha = fitted
    counts = order_counts(train, eval_indices, len(weights), before=[])
    return np.log(weights @ add_alpha(counts, vocab_size, alpha))


def counting_models(split):
    """Counting models chosen on validation; returns (summary dict, {name:
    function eval_indices -> log-probs (T,)}, the order-8 KN model)."""
    V = len(split.idx_to_char)
    interp = {n: fit_interpolation(split.train, V, max_n=n) for n in INTERP_ORDERS}
    interp_valid = {n: ppl(interp_log_probs(f, split.train, split.valid, V))
                    for n, f in interp.items()}
    best_interp = min(interp_valid, key=interp_valid.get)
    kn = fit_kneser_ney(split.train, V, max(KN_ORDERS))
    kn_valid = {n: ppl(np.log(kneser_ney_token_probs(kn_of_order(kn, n), split.valid)))
                for n in KN_ORDERS}
    best_kn = min(kn_valid, key=kn_valid.get)
    chosen = ('kneser_ney' if kn_valid[best_kn] <= interp_valid[best_interp]
              else 'interpolated')
    scorers = {
        'interpolated': lambda idx: interp_log_probs(interp[best_interp], split.train, idx, V),
        'kneser_ney': lambda idx: np.log(kneser_ney_token_probs(kn_of_order(kn, best_kn), idx)),
    }
    weights, alpha = interp[best_interp]
    summary = {
        'interpolated': {'valid_ppl_by_max_order': interp_valid, 'chosen_max_order': best_interp,
                         'alpha': alpha, 'weights': np.asarray(weights).tolist(),
                         'valid_ppl': interp_valid[best_interp]},
        'kneser_ney': {'valid_ppl_by_order': kn_valid, 'chosen_order': best_kn,
                       'valid_ppl': kn_valid[best_kn],
                       # (D1, D2, D3+) of raw counts at each order, of continuation
                       # counts below the top order
                       'discounts_raw': kn.discounts[:best_kn, 0].tolist(),
                       'discounts_continuation': kn.discounts[:best_kn - 1, 1].tolist()},
        'chosen': chosen,
        'chosen_valid_ppl': min(kn_valid[best_kn], interp_valid[best_interp]),
    }
    return summary, scorers[chosen], kn


# ------------------------------------------------------------------ the network
def updates_per_epoch(num_chars):
    """Minibatches of consecutive sampling over num_chars characters."""
    return (num_chars // BATCH_SIZE - 1) // NUM_STEPS


def train_network(config, train, valid, vocab_size, ctx, seed, max_epochs=None):
    """Train CONFIGS[config] on train (list of ints); returns (model, record):
    the model holds the best epoch's parameters; record has the settings,
    the per-epoch history, the best epoch and the speed. max_epochs: instead
    of the config's."""
    c = dict(CONFIGS[config], max_epochs=max_epochs or CONFIGS[config]['max_epochs'])
    d2l.set_seed(seed)
    layer = rnn.LSTM(c['hidden'], num_layers=c['layers'], dropout=c['layer_dropout'])
    model = d2l.RNNModel(layer, vocab_size, embed_size=c['embed'], dropout=c['dropout'])
    per_epoch = updates_per_epoch(len(train))
    schedule = mx.lr_scheduler.CosineScheduler(
        max_update=max(2, c['max_epochs']) * per_epoch, base_lr=c['lr'],
        final_lr=c['lr'] / 100, warmup_steps=per_epoch)  # 1 epoch of warm-up
    history = d2l.train_and_predict_rnn_gluon(
        model=model, num_hiddens=c['hidden'], vocab_size=vocab_size, ctx=ctx,
        corpus_indices=train, idx_to_char=None, char_to_idx=None,
        num_epochs=c['max_epochs'], num_steps=NUM_STEPS, lr=c['lr'], clipping_theta=CLIP,
        batch_size=BATCH_SIZE, pred_period=1, pred_len=0, prefixes=[],
        valid_indices=valid, optimizer='adam',
        optimizer_params={'lr_scheduler': schedule}, is_random_iter=False,
        initializer=init.Xavier(), progress=False, patience=c['patience'])
    seconds = np.diff([0.0] + history['seconds']).tolist()
    del history['grad_norm']  # thousands of numbers; not needed by the lesson
    record = {'settings': {**c, 'batch_size': BATCH_SIZE, 'num_steps': NUM_STEPS,
                           'clipping_theta': CLIP, 'optimizer': 'adam',
                           'schedule': 'linear warm-up 1 epoch, cosine to lr/100',
                           'initializer': 'Xavier', 'seed': seed},
              'history': history, 'seconds_per_epoch': seconds,
              'best_epoch': history['best_epoch'],
              'best_valid_ppl': history['valid_ppl'][history['best_epoch'] - 1],
              'updates_per_epoch': per_epoch, 'train_chars': len(train)}
    record['speed'] = speed(c, vocab_size, per_epoch, float(np.median(seconds)))
    return model, record


def speed(c, vocab_size, per_epoch, seconds):
    """Arithmetic per epoch (FLOP_FORMULA) and the rate it was done at."""
    H, E = c['hidden'], c['embed'] or vocab_size  # one-hot input: V columns
    macs = 4 * H * (E + H) + (c.get('layers', 1) - 1) * 4 * H * (H + H) + H * vocab_size
    flops = 3 * 2 * macs * per_epoch * BATCH_SIZE * NUM_STEPS
    return {'macs_per_char_forward': macs, 'gflop_per_epoch': flops / 1e9,
            'median_seconds_per_epoch': seconds, 'gflops_per_second': flops / 1e9 / seconds}


def matmul_rate(hidden, ctx, repeats=20):
    """GFLOP/s of an nd.dot of (batch * steps, H) by (H, 4H), after warm-up."""
    a = nd.random.normal(shape=(BATCH_SIZE * NUM_STEPS, hidden), ctx=ctx)
    b = nd.random.normal(shape=(hidden, 4 * hidden), ctx=ctx)
    nd.dot(a, b).wait_to_read()
    start = time.perf_counter()
    for _ in range(repeats):
        nd.dot(a, b).wait_to_read()
    seconds = (time.perf_counter() - start) / repeats
    return {'shape': [BATCH_SIZE * NUM_STEPS, hidden, 4 * hidden],
            'gflops_per_second': 2 * BATCH_SIZE * NUM_STEPS * hidden * 4 * hidden / seconds / 1e9}


def network_log_probs(model, indices, ctx, reset_every=None):
    """The model's log P of indices[1:] (T,), one row, state carried."""
    return char_log_probs(model, lambda b: model.begin_state(batch_size=b, ctx=ctx),
                          indices, ctx, reset_every=reset_every)


# ------------------------------------------------------------------ comparisons
def bootstrap(logp_a, logp_b, seed):
    """paired_bootstrap of A vs B as a JSON-ready dict (intervals as lists)."""
    result = d2l.paired_bootstrap(logp_a, logp_b, seed=seed)
    return {k: list(v) if isinstance(v, tuple) else v
            for k, v in dataclasses.asdict(result).items()}


def mixture(valid_net, valid_count, test_net, test_count, seed):
    """w * p_net + (1 - w) * p_count, w from WEIGHTS chosen on validation."""
    def mix(w, a, b):
        return np.logaddexp(np.log(w) + a if w > 0 else -np.inf,
                            np.log1p(-w) + b if w < 1 else -np.inf)
    with np.errstate(divide='ignore'):
        valid = [ppl(mix(w, valid_net, valid_count)) for w in WEIGHTS]
    w = float(WEIGHTS[int(np.argmin(valid))])
    test = mix(w, test_net, test_count)
    return {'weights': WEIGHTS.tolist(), 'valid_ppl_by_weight': valid, 'weight': w,
            'valid_ppl': min(valid), 'test_ppl': ppl(test),
            'bootstrap': {'mixture_vs_network': bootstrap(test, test_net, seed),
                          'mixture_vs_counting': bootstrap(test, test_count, seed)}}


def sample_kn(model, prefix_indices, num_chars, temperature, seed):
    """Continue prefix_indices by num_chars draws from Kneser-Ney, probs ** (1 / T)."""
    rng, out = np.random.default_rng(seed), list(prefix_indices)
    for _ in range(num_chars):
        p = kneser_ney_distribution(model, out) ** (1 / temperature)
        out.append(int(rng.choice(len(p), p=p / p.sum())))
    return out


def samples(model, kn, split, ctx, seed):
    """SAMPLE_LEN characters from each model after the corpus's prefix, per temperature."""
    prefix = CORPORA[split.name][2]
    V, out = len(split.idx_to_char), {'prefix': prefix, 'network': {}, 'kneser_ney': {}}
    for t in TEMPERATURES:
        d2l.set_seed(seed)
        out['network'][str(t)] = d2l.predict_rnn_gluon(
            prefix, SAMPLE_LEN, model, V, ctx, split.idx_to_char, split.char_to_idx,
            temperature=t)
        chars = sample_kn(kn, d2l.encode(prefix, split.char_to_idx), SAMPLE_LEN, t, seed)
        out['kneser_ney'][str(t)] = ''.join(split.idx_to_char[i] for i in chars)
    return out


def ablation(model, kn, test, test_network, ctx):
    """Test perplexity with limited context: the network reset every k
    characters ('none': never, test_network (T,), its log-probs already
    taken) and Kneser-Ney of each order n (n - 1 characters of context)."""
    return {'network_reset_every': {str(k).lower(): ppl(
                test_network if k is None else network_log_probs(model, test, ctx, k))
                for k in RESETS},
            'kneser_ney_order': {str(n): ppl(np.log(kneser_ney_token_probs(
                kn_of_order(kn, n), test))) for n in KN_ORDERS}}


def learning_curve(split, config, sizes, ctx, seed, max_epochs):
    """Test perplexity against the number N of training characters (CURVE_RULE)."""
    V = len(split.idx_to_char)
    rows = []
    for n in sizes:
        part, copies = split.train[:n], max(1, round(len(split.train) / n))
        kn = fit_kneser_ney(part, V, max(KN_ORDERS))
        valid = {k: ppl(np.log(kneser_ney_token_probs(kn_of_order(kn, k), split.valid)))
                 for k in KN_ORDERS}
        order = min(valid, key=valid.get)
        model, record = train_network(config, part * copies, split.valid, V, ctx, seed,
                                      max_epochs)
        rows.append({'train_chars': n, 'copies': copies, 'kneser_ney_order': order,
                     'kneser_ney_test_ppl': ppl(np.log(kneser_ney_token_probs(
                         kn_of_order(kn, order), split.test))),
                     'network_test_ppl': ppl(network_log_probs(model, split.test, ctx)),
                     'network_best_epoch': record['best_epoch'],
                     'network_epochs_run': len(record['history']['epoch']),
                     'network_valid_ppl': record['best_valid_ppl']})
        print(f'curve {n:>7}: KN-{order} {rows[-1]["kneser_ney_test_ppl"]:.3f}, '
              f'network {rows[-1]["network_test_ppl"]:.3f}', flush=True)
    return {'config': config, 'max_epochs': max_epochs or CONFIGS[config]['max_epochs'],
            'rule': CURVE_RULE, 'rows': rows}


# ------------------------------------------------------------------ one corpus
def run_corpus(name, configs, args, ctx, arrays, kept=None):
    """Every experiment on corpus `name`; fills `arrays` (float32 log-probs).
    kept: {config: record} of an earlier run (--merge), stored with
    'retrained': false unless trained again here; the network is chosen among
    `configs` only (the models that exist in this run)."""
    split = load_split(name, QUICK_SPLITS[name] if args.quick else None)
    V = len(split.idx_to_char)
    print(f'== {name}: V={V}, train/valid/test {len(split.train)}/{len(split.valid)}/'
          f'{len(split.test)} chars, dropped {split.dropped}', flush=True)
    result = {'splits': {'bounds': split.bounds, 'dropped': split.dropped, 'vocab_size': V,
                         'chars': {k: len(getattr(split, k)) for k in ('train', 'valid', 'test')},
                         'scored_chars': {'valid': len(split.valid) - 1,
                                          'test': len(split.test) - 1}}}
    result['counting'], count_scorer, kn = counting_models(split)
    print(f'counting on validation: {result["counting"]["chosen"]} '
          f'{result["counting"]["chosen_valid_ppl"]:.3f}', flush=True)
    trained = {}
    for config in configs:
        trained[config] = train_network(config, split.train, split.valid, V, ctx, args.seed)
    chosen = min(trained, key=lambda c: trained[c][1]['best_valid_ppl'])
    model = trained[chosen][0]
    records = {c: {**r, 'retrained': False} for c, r in (kept or {}).items()
               if c not in trained}
    records.update({c: {**r, 'retrained': True} for c, (_, r) in trained.items()})
    result['network'] = {'configs': records, 'chosen': chosen, 'chosen_among': list(trained)}
    logp = {'valid_network': network_log_probs(model, split.valid, ctx),
            'valid_counting': count_scorer(split.valid),
            # the test text, scored once by each chosen model
            'test_network': network_log_probs(model, split.test, ctx),
            'test_counting': count_scorer(split.test)}
    arrays.update({f'{name}__{k}': v.astype(np.float32) for k, v in logp.items()})
    result['test'] = {
        'network_ppl': ppl(logp['test_network']), 'counting_ppl': ppl(logp['test_counting']),
        'counting_model': result['counting']['chosen'], 'network_config': chosen,
        'bootstrap_network_vs_counting': bootstrap(logp['test_network'],
                                                   logp['test_counting'], args.seed)}
    result['mixture'] = mixture(logp['valid_network'], logp['valid_counting'],
                                logp['test_network'], logp['test_counting'], args.seed)
    result['ablation'] = ablation(model, kn, split.test, logp['test_network'], ctx)
    result['samples'] = samples(model, kn, split, ctx, args.seed)
    if name == 'time_machine' and not args.skip_curve:  # (--merge --skip-curve: kept)
        result['curve'] = learning_curve(
            split, QUICK_CURVE_CONFIG if args.quick else args.curve_config,
            QUICK_CURVE_SIZES if args.quick else CURVE_SIZES, ctx, args.seed,
            None if args.quick else CURVE_MAX_EPOCHS)
    return result


def environment(args, ctx):
    """Versions, threads, CPU and this machine's matrix-multiply rate."""
    cpu = next((line.split(':', 1)[1].strip() for line in open('/proc/cpuinfo')
                if line.startswith('model name')), platform.processor()) \
        if pathlib.Path('/proc/cpuinfo').exists() else platform.processor()
    hidden = 16 if args.quick else 512
    return {'python': platform.python_version(), 'mxnet': mx.__version__,
            'numpy': np.__version__, 'threads': d2l.NUM_THREADS, 'cpu': cpu,
            'matmul': matmul_rate(hidden, ctx), 'flop_formula': FLOP_FORMULA}


def summary(results):
    """The table printed at the end: one line per corpus."""
    lines = [f'{"corpus":<14}{"counting (valid)":>20}{"network (valid)":>32}'
             f'{"test: count":>13}{"network":>9}{"mix (w)":>15}{"bits/char diff [95%]":>28}']
    notes = []
    for name, r in results['corpora'].items():
        c, n, t, m = r['counting'], r['network'], r['test'], r['mixture']
        b = t['bootstrap_network_vs_counting']
        kind = (f'KN-{c["kneser_ney"]["chosen_order"]}' if c['chosen'] == 'kneser_ney'
                else f'interp-{c["interpolated"]["chosen_max_order"]}')
        counting = f'{kind} {c["chosen_valid_ppl"]:.3f}'
        network = f'{n["chosen"]} {n["configs"][n["chosen"]]["best_valid_ppl"]:.3f}'
        mix = f'{m["test_ppl"]:.3f} ({m["weight"]:.2f})'
        diff = '{:+.3f} [{:+.3f}, {:+.3f}]'.format(b['bits_diff'], *b['bits_interval'])
        lines.append(f'{name:<14}{counting:>20}{network:>32}{t["counting_ppl"]:>13.3f}'
                     f'{t["network_ppl"]:>9.3f}{mix:>15}{diff:>28}')
        among = n.get('chosen_among', list(n['configs']))
        best = min(n['configs'], key=lambda k: n['configs'][k]['best_valid_ppl'])
        if best not in among:
            notes.append(f'{name}: {best} (not retrained in this run) was better on '
                         f'validation than {n["chosen"]}, chosen among {among}')
    return '\n'.join(lines + notes)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--quick', action='store_true',
                        help='tiny texts, tiny models, 2 epochs: seconds (for tests/CI)')
    parser.add_argument('--out', type=pathlib.Path, default=HERE / 'results',
                        help='folder for the results (default: experiments/results)')
    parser.add_argument('--configs', nargs='+', choices=sorted(CONFIGS),
                        help=f'network settings to try (default {DEFAULT_CONFIGS}; '
                             f'with --quick {QUICK_CONFIGS}); each trains on its corpus')
    parser.add_argument('--corpora', nargs='+', choices=sorted(CORPORA), default=list(CORPORA))
    parser.add_argument('--curve-config', default=CURVE_CONFIG, choices=sorted(CONFIGS))
    parser.add_argument('--skip-curve', action='store_true',
                        help='leave the learning curve out (with --merge: keep the stored one)')
    parser.add_argument('--merge', action='store_true',
                        help='update OUT/where-networks-win.json and .npz: recompute the '
                             '--corpora named, keep the others (and the networks of '
                             'earlier runs, marked retrained: false)')
    parser.add_argument('--seed', type=int, default=0)
    args = parser.parse_args(argv)
    configs = args.configs or (QUICK_CONFIGS if args.quick else DEFAULT_CONFIGS)
    ctx, start = d2l.try_gpu(), time.time()
    run = {'argv': sys.argv[1:] if argv is None else list(argv),
           'started': time.strftime('%Y-%m-%dT%H:%M:%S%z'), 'seconds': 0.0,
           'corpora': list(args.corpora), 'configs': list(configs)}
    results = {'meta': {'script': 'experiments/where_networks_win.py', 'quick': args.quick,
                        'seed': args.seed, 'configs_tried': {}, 'seconds': 0.0, 'runs': []},
               'environment': environment(args, ctx), 'corpora': {}}
    arrays = {}
    if args.merge:
        results['meta'], results['corpora'], arrays = read_previous(args, parser)
    results['meta']['configs_tried'].update({c: CONFIGS[c] for c in configs})
    run['matmul_gflops_per_second'] = results['environment']['matmul']['gflops_per_second']
    results['meta']['runs'].append(run)
    earlier = results['meta']['seconds']
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.corpora:
        mine = [c for c in configs if CONFIGS[c]['corpus'] == name]
        if not mine:
            parser.error(f'no configuration in {configs} trains on {name}')
        old = results['corpora'].get(name, {})
        arrays = {k: v for k, v in arrays.items() if not k.startswith(f'{name}__')}
        new = run_corpus(name, mine, args, ctx, arrays,
                         kept=old.get('network', {}).get('configs'))
        if args.skip_curve and 'curve' in old:
            new['curve'] = old['curve']  # --merge --skip-curve: the stored curve
        results['corpora'][name] = new
        run['seconds'] = time.time() - start
        results['meta']['seconds'] = earlier + run['seconds']
        write(results, arrays, args.out)  # after each corpus: a crash keeps the rest
    print(summary(results))
    print(f'{time.time() - start:.0f} s; results in {args.out / NAME}.json and .npz')
    return results


def read_previous(args, parser):
    """(meta, corpora, arrays) of OUT/NAME.json and .npz, for --merge; a file
    written before meta.runs existed gets one run from its argv/started/seconds."""
    path = args.out / f'{NAME}.json'
    if not path.exists():
        parser.error(f'--merge: no {path} to merge into')
    old = json.loads(path.read_text())
    meta = old['meta']
    if meta['quick'] != args.quick or meta['seed'] != args.seed:
        parser.error(f'--merge: {path} has quick={meta["quick"]}, seed={meta["seed"]}; '
                     f'this run quick={args.quick}, seed={args.seed}')
    if 'runs' not in meta:
        meta['runs'] = [{k: meta.pop(k) for k in ('argv', 'started', 'seconds')}]
        meta['seconds'] = meta['runs'][0]['seconds']
    with np.load(args.out / f'{NAME}.npz') as npz:
        arrays = dict(npz)
    return meta, old['corpora'], arrays


def write(results, arrays, out):
    """OUT/NAME.json and OUT/NAME.npz (float32 arrays, keys CORPUS__WHAT)."""
    results['arrays'] = {'file': f'{NAME}.npz', 'keys': sorted(arrays)}
    (out / f'{NAME}.json').write_text(json.dumps(results, indent=1, ensure_ascii=False,
                                                     allow_nan=False))
    np.savez_compressed(out / f'{NAME}.npz', **arrays)


if __name__ == '__main__':
    main()
