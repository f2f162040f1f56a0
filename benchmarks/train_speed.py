"""Training speed: the original d2lzh 1.0 RNN trainers against d2l_helpers.

Runs ``train_and_predict_rnn`` (the from-scratch RNN of the book) and
``train_and_predict_rnn_gluon`` (``RNNModel(rnn.RNN(256), vocab_size)``) of the
original ``d2lzh`` 1.0 package and of this repository's ``d2l_helpers`` on the
same data, model and hyper-parameters: the first 10,000 characters of the Jay
Chou lyrics (the same indices on both sides), vocabulary 1,027, 256 hidden
units, num_steps 35, batch_size 32, lr 100, clipping_theta 0.01.

    D2L_DATA_DIR=... .venv/bin/python benchmarks/train_speed.py \
        [--epochs 20] [--repeats 3] [--wait-idle SECONDS] [--json FILE]

Method:

* ``d2lzh==1.0.0`` is installed with ``--no-deps`` into ``benchmarks/.original``
  (not into the virtual environment); it needs only mxnet, numpy, matplotlib and
  IPython, which the project's environment has.
* Every measurement is a fresh ``sys.executable`` process with the user's
  default environment: thread settings (OMP_*, MXNET_*, KMP_*, OPENBLAS_*,
  MKL_*) are removed unless ``--inherit-env`` is given, and nothing is added.
  So the original runs with MXNet's own default thread count, and ours with
  whatever ``d2l_helpers`` chooses on import. The original's process never
  imports ``d2l_helpers``; the corpus reaches it as a JSON file.
* Runs alternate: in each repeat, each case runs original then ours, the order
  reversed every other repeat. Medians over the repeats are reported.
* Seconds per epoch, measured inside each process from outside the trainer:
  one untimed 1-epoch call (warm-up), then a timed 1-epoch call (T_1) and a
  timed (1 + epochs)-epoch call (T_1+N); seconds/epoch = (T_1+N - T_1) / N.
  This drops per-call costs (initialisation, graph building) and needs nothing
  from either trainer but its public signature. pred_period is larger than the
  number of epochs, so nothing is printed or generated.
* Characters per second = batches per epoch x batch_size x num_steps / seconds.
* FLOPs per epoch from the model's shapes: per minibatch the forward pass is
  num_steps x (2BVH + 2BHH + 2BHV) (one-hot input as a dense product, recurrence,
  output layer), training about 3x that: about 32 GFLOP per epoch here. The
  achieved rate is compared with the peak of a 1120x1027x256 ``nd.dot``
  (35 x 32 rows, the input layer's product) measured in separate processes with
  the default environment, with OMP_NUM_THREADS=1 and with one thread per core;
  the peak is the best of the three (one thread per core on an idle machine).
* Other load: /proc/stat tells how many cores other processes kept busy during
  each measurement ("busy"); above 0.1 the report says the numbers are
  unreliable. --wait-idle and --retries help on a shared machine.
"""
import argparse
import json
import os
import pathlib
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent
ORIGINAL_DIR = HERE / '.original'
ORIGINAL_VERSION = '1.0.0'

NUM_HIDDENS, NUM_STEPS, BATCH_SIZE, LR, CLIPPING_THETA = 256, 35, 32, 1e2, 1e-2
PEAK_SHAPE = (NUM_STEPS * BATCH_SIZE, 1027, NUM_HIDDENS)  # (M, K, N) of the product
THREAD_VARS = ('OMP_', 'MXNET_', 'KMP_', 'OPENBLAS_', 'MKL_')
CORES = len(os.sched_getaffinity(0))
BUSY = 0.1  # cores kept busy by other processes above which a measurement is suspect


# ---------------------------------------------------------------- child processes

def child_data(out):
    """Write the corpus as d2l_helpers loads it, for both sides to train on."""
    import d2l_helpers as d2l
    corpus_indices, _, idx_to_char, vocab_size = d2l.load_data_jay_lyrics()
    pathlib.Path(out).write_text(json.dumps(
        {'corpus_indices': corpus_indices, 'idx_to_char': idx_to_char,
         'vocab_size': vocab_size}, ensure_ascii=False), encoding='utf-8')
    return {'chars': len(corpus_indices), 'vocab_size': vocab_size}


def child_peak():
    """Best GFLOP/s of the (M, K) x (K, N) nd.dot over 20 rounds of 10 products."""
    import mxnet as mx
    from mxnet import nd
    M, K, N = PEAK_SHAPE
    a, b = nd.random.uniform(shape=(M, K)), nd.random.uniform(shape=(K, N))
    for _ in range(5):
        nd.dot(a, b).wait_to_read()
    best = float('inf')
    for _ in range(20):
        start = time.perf_counter()
        for _ in range(10):
            nd.dot(a, b)
        nd.waitall()
        best = min(best, (time.perf_counter() - start) / 10)
    return {'gflops': 2 * M * K * N / best / 1e9, 'mxnet': mx.__version__,
            'OMP_NUM_THREADS': os.environ.get('OMP_NUM_THREADS')}


def original_scratch_model(nd, vocab_size, num_hiddens, ctx):
    """get_params, init_rnn_state and rnn exactly as the d2lzh book writes them."""
    num_inputs = num_outputs = vocab_size

    def get_params():
        def _one(shape):
            return nd.random.normal(scale=0.01, shape=shape, ctx=ctx)
        W_xh = _one((num_inputs, num_hiddens))
        W_hh = _one((num_hiddens, num_hiddens))
        b_h = nd.zeros(num_hiddens, ctx=ctx)
        W_hq = _one((num_hiddens, num_outputs))
        b_q = nd.zeros(num_outputs, ctx=ctx)
        params = [W_xh, W_hh, b_h, W_hq, b_q]
        for param in params:
            param.attach_grad()
        return params

    def init_rnn_state(batch_size, num_hiddens, ctx):
        return (nd.zeros(shape=(batch_size, num_hiddens), ctx=ctx), )

    def rnn(inputs, state, params):
        W_xh, W_hh, b_h, W_hq, b_q = params
        H, = state
        outputs = []
        for X in inputs:
            H = nd.tanh(nd.dot(X, W_xh) + nd.dot(H, W_hh) + b_h)
            Y = nd.dot(H, W_hq) + b_q
            outputs.append(Y)
        return outputs, (H,)

    return rnn, get_params, init_rnn_state


def child_train(side, case, data_file, epochs, activation, sampling):
    """Time one side's trainer on one case; see the module docstring for how."""
    if side == 'original':
        sys.path.insert(0, str(ORIGINAL_DIR))
        import d2lzh as pkg
    else:
        sys.path.insert(0, str(REPO))
        import d2l_helpers as pkg  # first: it sets the thread count
    import random

    import mxnet as mx
    import numpy as np
    from mxnet import nd
    from mxnet.gluon import rnn as gluon_rnn

    data = json.loads(pathlib.Path(data_file).read_text(encoding='utf-8'))
    corpus, idx_to_char, V = data['corpus_indices'], data['idx_to_char'], data['vocab_size']
    char_to_idx = {char: i for i, char in enumerate(idx_to_char)}
    ctx, H = mx.cpu(), NUM_HIDDENS
    random.seed(0)
    np.random.seed(0)
    mx.random.seed(0)
    epochs = int(epochs)
    is_random_iter = case == 'scratch' and sampling == 'random'
    if case == 'scratch' and side == 'original':
        rnn, get_params, init_rnn_state = original_scratch_model(nd, V, H, ctx)
    elif case == 'scratch':
        rnn, init_rnn_state = pkg.rnn, pkg.init_rnn_state
        get_params = lambda: pkg.get_params(V, H, ctx)  # noqa: E731

    def train(num_epochs):
        """One call of the side's trainer, waited for; returns its wall time."""
        start = time.perf_counter()
        if case == 'scratch':
            pkg.train_and_predict_rnn(
                rnn, get_params, init_rnn_state, H, V, ctx, corpus, idx_to_char,
                char_to_idx, is_random_iter, num_epochs, NUM_STEPS, LR,
                CLIPPING_THETA, BATCH_SIZE, num_epochs + 1, 50, [])
        else:
            model = pkg.RNNModel(gluon_rnn.RNN(H, activation=activation), V)
            pkg.train_and_predict_rnn_gluon(
                model, H, V, ctx, corpus, idx_to_char, char_to_idx, num_epochs,
                NUM_STEPS, LR, CLIPPING_THETA, BATCH_SIZE, num_epochs + 1, 50, [])
        nd.waitall()
        return time.perf_counter() - start

    train(1)  # warm-up
    t_1, t_n = train(1), train(1 + epochs)
    sampler = pkg.data_iter_random if is_random_iter else pkg.data_iter_consecutive
    batches = sum(1 for _ in sampler(corpus, BATCH_SIZE, NUM_STEPS, ctx))
    assert side != 'original' or 'd2l_helpers' not in sys.modules
    return {'side': side, 'case': case, 'seconds_per_epoch': (t_n - t_1) / epochs,
            'batches_per_epoch': batches, 'vocab_size': V,
            'OMP_NUM_THREADS': os.environ.get('OMP_NUM_THREADS'),
            'package': str(pathlib.Path(pkg.__file__).parent)}


# ---------------------------------------------------------------- the parent

def user_env(inherit, **extra):
    """The environment of a child: the user's, without thread settings unless inherit."""
    env = {k: v for k, v in os.environ.items()
           if inherit or not k.startswith(THREAD_VARS)}
    env.update(extra)
    return env


def busy_seconds():
    """CPU-seconds all cores have spent busy since boot (user, nice, system, irq), /proc/stat."""
    with open('/proc/stat') as f:
        user, nice, system, _idle, _iowait, irq, softirq = map(int, f.readline().split()[1:8])
    return (user + nice + system + irq + softirq) / os.sysconf('SC_CLK_TCK')


def wait_until_idle(limit):
    """Wait (up to `limit` seconds) until other processes use under 0.1 cores for 2 s."""
    deadline = time.time() + limit
    while time.time() < deadline:
        busy = busy_seconds()
        time.sleep(2)
        if (busy_seconds() - busy) / 2 < BUSY:
            return


def run_child(env, *args):
    """Run this script as a child with `args`; return the JSON it prints last.

    Adds 'other_load': the cores other processes kept busy meanwhile, on average
    (machine busy time minus the child's own CPU time, over the wall time).
    """
    busy, own, start = busy_seconds(), os.times(), time.perf_counter()
    proc = subprocess.run([sys.executable, str(pathlib.Path(__file__).resolve()),
                           '--child', *map(str, args)],
                          env=env, cwd=HERE, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f'child {args} failed:\n{proc.stderr[-3000:]}')
    after = os.times()
    child_cpu = (after.children_user + after.children_system
                 - own.children_user - own.children_system)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result['other_load'] = max(0.0, busy_seconds() - busy - child_cpu) / (
        time.perf_counter() - start)
    return result


def measure(args, env, *child_args):
    """run_child, after waiting for an idle machine and again if others were busy.

    Waits up to args.wait_idle seconds before each attempt; makes up to
    args.retries more attempts while other processes kept over BUSY cores busy.
    """
    for _ in range(1 + args.retries):
        wait_until_idle(args.wait_idle)
        result = run_child(env, *child_args)
        if result['other_load'] <= BUSY:
            break
    return result


def ensure_original():
    """Install d2lzh 1.0.0 (no dependencies) into benchmarks/.original if missing."""
    init = ORIGINAL_DIR / 'd2lzh' / '__init__.py'
    if init.is_file() and f"'{ORIGINAL_VERSION}'" in init.read_text():
        return
    print(f'installing d2lzh=={ORIGINAL_VERSION} into {ORIGINAL_DIR} ...', file=sys.stderr)
    subprocess.run([sys.executable, '-m', 'pip', 'install', '--quiet', '--no-deps',
                    '--upgrade', '--target', str(ORIGINAL_DIR),
                    f'd2lzh=={ORIGINAL_VERSION}'], check=True)


def flops_per_epoch(batches, V, H=NUM_HIDDENS, B=BATCH_SIZE, T=NUM_STEPS):
    """Training FLOPs of one epoch: 3 x forward, forward = T(2BVH + 2BHH + 2BHV)."""
    return batches * 3 * T * (2 * B * V * H + 2 * B * H * H + 2 * B * H * V)


def summarise(runs, peak):
    """Median seconds/epoch, chars/s, GFLOP/s and share of `peak` per (case, side)."""
    rows = {}
    for (case, side) in dict.fromkeys((r['case'], r['side']) for r in runs):
        mine = [r for r in runs if (r['case'], r['side']) == (case, side)]
        secs = [r['seconds_per_epoch'] for r in mine]
        sec = statistics.median(secs)
        gflops = flops_per_epoch(mine[0]['batches_per_epoch'], mine[0]['vocab_size']) / sec / 1e9
        rows[case, side] = {
            'case': case, 'side': side, 'seconds_per_epoch': sec,
            'min': min(secs), 'max': max(secs),
            'chars_per_second': mine[0]['batches_per_epoch'] * BATCH_SIZE * NUM_STEPS / sec,
            'gflops': gflops, 'share_of_peak': gflops / peak,
            'threads': mine[0]['OMP_NUM_THREADS'] or 'MXNet default',
            'other_load': max(r['other_load'] for r in mine)}
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--epochs', type=int, default=20, help='timed epochs per run (20)')
    parser.add_argument('--repeats', type=int, default=3, help='runs per side and case (3)')
    parser.add_argument('--cases', nargs='+', default=['scratch', 'gluon'],
                        choices=['scratch', 'gluon'])
    parser.add_argument('--activation', default='relu', choices=['relu', 'tanh'],
                        help="of the Gluon rnn.RNN layer; relu is its default, as in "
                             "the book (the lessons use tanh)")
    parser.add_argument('--sampling', default='random', choices=['random', 'consecutive'],
                        help='minibatches of the scratch case (the book first uses random)')
    parser.add_argument('--inherit-env', action='store_true',
                        help='keep OMP_*/MXNET_*/... variables of this shell in the children')
    parser.add_argument('--wait-idle', type=float, default=0, metavar='SECONDS',
                        help='before each measurement, wait up to this long for the '
                             'machine to be idle (0)')
    parser.add_argument('--retries', type=int, default=0,
                        help='measure again, up to this many times, when other '
                             'processes were busy meanwhile (0)')
    parser.add_argument('--json', metavar='FILE', help='also write all results here')
    parser.add_argument('--child', nargs='+', help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        result = {'data': child_data, 'peak': child_peak, 'train': child_train}[kind](*rest)
        print(json.dumps(result))
        return

    # on `kill`, stop the running child and remove the temporary folder
    signal.signal(signal.SIGTERM, lambda *_: sys.exit('train_speed.py: terminated'))
    started = time.time()
    ensure_original()
    dropped = sorted(k for k in os.environ if k.startswith(THREAD_VARS))
    env = user_env(args.inherit_env)
    with tempfile.TemporaryDirectory() as tmp:
        data_file = pathlib.Path(tmp) / 'jay_lyrics.json'
        corpus = run_child(env, 'data', data_file)
        peaks = {}
        for label, extra in [('default', {}), ('1 thread', {'OMP_NUM_THREADS': '1'}),
                             (f'{CORES} threads', {'OMP_NUM_THREADS': str(CORES)})]:
            peaks[label] = measure(args, user_env(args.inherit_env, **extra), 'peak')
        runs = []
        for repeat in range(args.repeats):
            for case in args.cases:
                for side in ['original', 'ours'][::-1 if repeat % 2 else 1]:
                    run = measure(args, env, 'train', side, case, data_file,
                                  args.epochs, args.activation, args.sampling)
                    runs.append(run | {'repeat': repeat})
                    print(f'repeat {repeat + 1}/{args.repeats}  {case:7}  {side:8}  '
                          f'{run["seconds_per_epoch"]:.3f} s/epoch  (other load '
                          f'{run["other_load"]:.2f} cores)', file=sys.stderr)
    rows = summarise(runs, max(p['gflops'] for p in peaks.values()))
    elapsed = time.time() - started
    report(args, corpus, peaks, runs, rows, dropped, elapsed)
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps({
            'settings': vars(args) | {'cores': CORES, 'dropped_env': dropped},
            'corpus': corpus, 'peaks': peaks, 'runs': runs,
            'summary': list(rows.values()), 'seconds': elapsed}, indent=1))


def report(args, corpus, peaks, runs, rows, dropped, elapsed):
    """Print the settings, the peaks and the table."""
    M, K, N = PEAK_SHAPE
    print(f'\nd2lzh {ORIGINAL_VERSION} (original) vs d2l_helpers (ours): Jay Chou lyrics, '
          f'{corpus["chars"]:,} chars, vocab {corpus["vocab_size"]:,}, {NUM_HIDDENS} hidden, '
          f'{NUM_STEPS} steps, batch {BATCH_SIZE}, lr {LR:g}, clip {CLIPPING_THETA:g}')
    models = {'scratch': f'scratch: {args.sampling} sampling',
              'gluon': f"gluon: rnn.RNN({NUM_HIDDENS}, activation='{args.activation}'), "
                       'consecutive sampling'}
    print('; '.join(models[case] for case in args.cases))
    print(f'{args.epochs} timed epochs per run, median of {args.repeats} alternating runs; '
          f'{CORES} cores; thread variables '
          + ('inherited' if args.inherit_env else
             f'removed ({", ".join(dropped)})' if dropped else 'none set'))
    print(f'{M}x{K}x{N} nd.dot, GFLOP/s: '
          + ', '.join(f'{label} {p["gflops"]:.0f}' for label, p in peaks.items())
          + ' (peak: the best of these)')
    print(f'one epoch: {runs[0]["batches_per_epoch"]} minibatches, '
          f'{flops_per_epoch(runs[0]["batches_per_epoch"], corpus["vocab_size"]) / 1e9:.1f} GFLOP')
    print(f'\n{"case":8}{"side":9}{"threads":>14}{"s/epoch":>9}{"(min-max)":>16}'
          f'{"chars/s":>9}{"GFLOP/s":>9}{"of peak":>9}{"busy":>6}')
    for case in args.cases:
        for side in ('original', 'ours'):
            r = rows[case, side]
            spread = f'({r["min"]:.3f}-{r["max"]:.3f})'
            print(f'{case:8}{side:9}{r["threads"]:>14}{r["seconds_per_epoch"]:9.3f}'
                  f'{spread:>16}{r["chars_per_second"]:9,.0f}'
                  f'{r["gflops"]:9.1f}{r["share_of_peak"]:9.0%}{r["other_load"]:6.2f}')
        ours, original = rows[case, 'ours'], rows[case, 'original']
        ratio = original['seconds_per_epoch'] / ours['seconds_per_epoch']
        print(f'{"":17}original/ours {ratio:.2f}x')
    load = max(r['other_load'] for r in runs + list(peaks.values()))
    print('\nbusy: the most cores other processes kept busy during a run (peaks: '
          + ', '.join(f'{p["other_load"]:.2f}' for p in peaks.values()) + ')'
          + (f'; over {BUSY} the machine was not idle and the numbers are unreliable'
             if load > BUSY else ''))
    print(f'the benchmark took {elapsed:.0f} s')

if __name__ == '__main__':
    main()
