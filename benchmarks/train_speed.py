"""Training speed: thread settings of d2l_helpers against the original d2lzh 1.0.

Three models train on the same data and hyper-parameters (the first 10,000
characters of the Jay Chou lyrics, vocabulary 1,027, 256 hidden units,
num_steps 35, batch_size 32, lr 100, clipping_theta 0.01):

* ``lesson``: the lessons' from-scratch RNN (``d2l_helpers.rnn``, input and
  output products batched over the steps), ``train_and_predict_rnn``;
* ``reader``: a from-scratch RNN written as the book writes it (three products
  per step; benchmarks/book_rnn.py), trained by each package's
  ``train_and_predict_rnn``;
* ``gluon``: ``RNNModel(rnn.RNN(256), vocab_size)``, ``train_and_predict_rnn_gluon``.

Each runs under five settings: ``original`` (d2lzh with MXNet's defaults; no
``lesson`` model there), ``shipped`` (d2l_helpers as it comes: one thread per
core with a bounded spin, and the governor that gives MXNet's worker fewer
threads while other processes keep cores busy; see d2l_helpers/threads.py),
and d2l_helpers with the environment forced to one thread,
one thread per core with sleeping waits (``OMP_WAIT_POLICY=PASSIVE``) and one
per core with spinning waits (``ACTIVE``). ``--extra NAME:VAR=VALUE,...`` adds
settings to try. ``--load idle busy`` (the default) measures the whole matrix
on the idle machine and again while a busy loop keeps one core loaded.

    D2L_DATA_DIR=... .venv/bin/python benchmarks/train_speed.py \
        [--epochs 10] [--repeats 3] [--load idle busy] [--json FILE]

Method:

* ``d2lzh==1.0.0`` is installed with ``--no-deps`` into ``benchmarks/.original``
  (not into the virtual environment); it needs only mxnet, numpy, matplotlib and
  IPython, which the project's environment has.
* Every measurement is a fresh ``sys.executable`` process. Thread variables of
  this shell (OMP_*, MXNET_*, GOMP_*, KMP_*, OPENBLAS_*, MKL_*) are removed
  (``--inherit-env`` keeps them); a setting then adds its own. The original's
  process never imports ``d2l_helpers``; the corpus reaches it as a JSON file.
* Runs alternate: in each repeat, every (model, setting) pair runs once, in an
  order reversed every other repeat. Medians over the repeats are reported,
  with their range.
* Seconds per epoch, measured inside each process from outside the trainer:
  one untimed 1-epoch call (warm-up), then a timed 1-epoch call (T_1) and a
  timed (1 + epochs)-epoch call (T_1+N); seconds/epoch = (T_1+N - T_1) / N.
  This drops per-call costs (initialisation, graph building) and needs nothing
  from either trainer but its public signature. pred_period is larger than the
  number of epochs, so nothing is printed or generated.
* Other load: /proc/stat tells how many cores other processes kept busy during
  each measurement, beyond the benchmark's own busy loop; above 0.1 the report
  says the numbers are unreliable. --wait-idle and --retries help on a shared
  machine.
* The report ends with the targets of the thread policy: in every case the
  shipped setting within 10 % of the fastest of the three forced settings,
  never slower than the original, and at least 1.25x the original for the
  reader's model and 1.4x for the Gluon model.
"""
import argparse
import contextlib
import json
import os
import pathlib
import signal
import statistics
import subprocess
import sys
import tempfile
import time

from book_rnn import book_scratch_model  # the reader's model, shared with a test

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent
ORIGINAL_DIR = HERE / '.original'
ORIGINAL_VERSION = '1.0.0'

NUM_HIDDENS, NUM_STEPS, BATCH_SIZE, LR, CLIPPING_THETA = 256, 35, 32, 1e2, 1e-2
THREAD_VARS = ('OMP_', 'MXNET_', 'GOMP_', 'KMP_', 'OPENBLAS_', 'MKL_', 'D2L_THREADS')
CORES = len(os.sched_getaffinity(0))
BUSY = 0.1  # cores kept busy by other processes above which a measurement is suspect
CASES = ('lesson', 'reader', 'gluon')
#: setting -> (package, environment it adds)
SETTINGS = {
    'original': ('original', {}),
    'shipped': ('ours', {}),
    '1 thread': ('ours', {'OMP_NUM_THREADS': '1'}),
    f'{CORES} sleeping': ('ours', {'OMP_NUM_THREADS': str(CORES),
                                   'OMP_WAIT_POLICY': 'PASSIVE'}),
    f'{CORES} spinning': ('ours', {'OMP_NUM_THREADS': str(CORES),
                                   'OMP_WAIT_POLICY': 'ACTIVE'}),
}
FORCED = list(SETTINGS)[2:]  # the settings the shipped one must keep up with
#: the original/shipped speed-up each case must reach (issue 11)
TARGET_SPEEDUP = {'reader': 1.25, 'gluon': 1.4}


# ---------------------------------------------------------------- child processes

def child_data(out):
    """Write the corpus as d2l_helpers loads it, for both sides to train on."""
    import d2l_helpers as d2l
    corpus_indices, _, idx_to_char, vocab_size = d2l.load_data_jay_lyrics()
    pathlib.Path(out).write_text(json.dumps(
        {'corpus_indices': corpus_indices, 'idx_to_char': idx_to_char,
         'vocab_size': vocab_size}, ensure_ascii=False), encoding='utf-8')
    return {'chars': len(corpus_indices), 'vocab_size': vocab_size}


def child_train(side, case, data_file, epochs, sampling):
    """Time one side's trainer on one case; see the module docstring for how."""
    if side == 'original':
        sys.path.insert(0, str(ORIGINAL_DIR))
        import d2lzh as pkg
    else:  # 'ours', or 'tree:DIR', another checkout of the course
        sys.path.insert(0, side.partition(':')[2] or str(REPO))
        import d2l_helpers as pkg  # first: it sets the thread count
        from d2l_helpers import device, threads
        if device.GOVERNOR is not None:  # time the steady state, not its
            time.sleep(2.5 * threads.INTERVAL)  # first look at the load
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
    is_random_iter = case != 'gluon' and sampling == 'random'
    if case == 'reader':
        rnn, get_params, init_rnn_state = book_scratch_model(nd, V, H, ctx)
    elif case == 'lesson':
        rnn, init_rnn_state = pkg.rnn, pkg.init_rnn_state
        get_params = lambda: pkg.get_params(V, H, ctx)  # noqa: E731

    def train(num_epochs):
        """One call of the side's trainer, waited for; returns its wall time."""
        start = time.perf_counter()
        if case == 'gluon':
            model = pkg.RNNModel(gluon_rnn.RNN(H), V)
            pkg.train_and_predict_rnn_gluon(
                model, H, V, ctx, corpus, idx_to_char, char_to_idx, num_epochs,
                NUM_STEPS, LR, CLIPPING_THETA, BATCH_SIZE, num_epochs + 1, 50, [])
        else:
            pkg.train_and_predict_rnn(
                rnn, get_params, init_rnn_state, H, V, ctx, corpus, idx_to_char,
                char_to_idx, is_random_iter, num_epochs, NUM_STEPS, LR,
                CLIPPING_THETA, BATCH_SIZE, num_epochs + 1, 50, [])
        nd.waitall()
        return time.perf_counter() - start

    train(1)  # warm-up
    t_1, t_n = train(1), train(1 + epochs)
    assert side != 'original' or 'd2l_helpers' not in sys.modules
    return {'seconds_per_epoch': (t_n - t_1) / epochs,
            'env': {k: v for k, v in os.environ.items() if k.startswith(THREAD_VARS)}}


# ---------------------------------------------------------------- the parent
def user_env(inherit, extra):
    """The environment of a child: the user's, without thread settings unless
    inherit, plus `extra`."""
    env = {k: v for k, v in os.environ.items()
           if inherit or not k.startswith(THREAD_VARS)}
    return env | extra


def busy_seconds():
    """CPU-seconds all cores have spent busy since boot (user, nice, system, irq), /proc/stat."""
    with open('/proc/stat') as f:
        user, nice, system, _idle, _iowait, irq, softirq = map(int, f.readline().split()[1:8])
    return (user + nice + system + irq + softirq) / os.sysconf('SC_CLK_TCK')


def wait_until_idle(limit, own_load):
    """Wait (up to `limit` s) until others use under BUSY cores beyond own_load for 2 s."""
    deadline = time.time() + limit
    while time.time() < deadline:
        busy = busy_seconds()
        time.sleep(2)
        if (busy_seconds() - busy) / 2 - own_load < BUSY:
            return


def run_child(env, own_load, *args):
    """Run this script as a child with `args`; return the JSON it prints last.

    Adds 'other_load': the cores other processes kept busy meanwhile, on average
    (machine busy time minus the child's own CPU time, over the wall time),
    not counting own_load, the cores the benchmark's busy loop takes.
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
    result['other_load'] = max(0.0, (busy_seconds() - busy - child_cpu) / (
        time.perf_counter() - start) - own_load)
    return result


def measure(args, env, own_load, *child_args):
    """run_child, after waiting for an idle machine and again if others were busy.

    Waits up to args.wait_idle seconds before each attempt; makes up to
    args.retries more attempts while other processes kept over BUSY cores busy.
    """
    for _ in range(1 + args.retries):
        wait_until_idle(args.wait_idle, own_load)
        result = run_child(env, own_load, *child_args)
        if result['other_load'] <= BUSY:
            break
    return result


class BusyCore:
    """A busy loop in another process, keeping one core loaded while active."""

    def __enter__(self):
        self.proc = subprocess.Popen([sys.executable, '-c', 'while True: pass'])
        time.sleep(0.5)
        return self

    def __exit__(self, *exc):
        self.proc.kill()
        self.proc.wait()


def ensure_original():
    """Install d2lzh 1.0.0 (no dependencies) into benchmarks/.original if missing."""
    init = ORIGINAL_DIR / 'd2lzh' / '__init__.py'
    if init.is_file() and f"'{ORIGINAL_VERSION}'" in init.read_text():
        return
    print(f'installing d2lzh=={ORIGINAL_VERSION} into {ORIGINAL_DIR} ...', file=sys.stderr)
    subprocess.run([sys.executable, '-m', 'pip', 'install', '--quiet', '--no-deps',
                    '--upgrade', '--target', str(ORIGINAL_DIR),
                    f'd2lzh=={ORIGINAL_VERSION}'], check=True)


def parse_extra(text):
    """'NAME:VAR=VALUE,VAR=VALUE' -> (NAME, {VAR: VALUE, ...})."""
    name, _, assignments = text.partition(':')
    pairs = [pair.split('=', 1) for pair in assignments.split(',') if pair]
    if not name or any(len(pair) != 2 for pair in pairs):
        raise argparse.ArgumentTypeError(
            f'--extra {text!r}: write NAME:VAR=VALUE[,VAR=VALUE...], '
            'e.g. "naive:MXNET_ENGINE_TYPE=NaiveEngine"')
    return name, dict(pairs)


def pairs(settings):
    """The (case, setting) pairs measured: every one but the original's lesson model."""
    return [(case, setting) for case in CASES for setting in settings
            if not (case == 'lesson' and settings[setting][0] == 'original')]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--epochs', type=int, default=10, help='timed epochs per run (10)')
    parser.add_argument('--repeats', type=int, default=3, help='runs per pair (3)')
    parser.add_argument('--load', nargs='+', default=['idle', 'busy'],
                        choices=['idle', 'busy'],
                        help='measure on the idle machine and/or with one core '
                             'kept busy by a busy loop (both)')
    parser.add_argument('--sampling', default='random', choices=['random', 'consecutive'],
                        help='minibatches of the from-scratch models (random, as the '
                             'book first uses; the Gluon model reads consecutively)')
    parser.add_argument('--extra', type=parse_extra, action='append', default=[],
                        metavar='NAME:VAR=VALUE,...',
                        help='another d2l_helpers setting to measure (repeatable)')
    parser.add_argument('--inherit-env', action='store_true',
                        help='keep OMP_*/MXNET_*/... variables of this shell in the children')
    parser.add_argument('--wait-idle', type=float, default=0, metavar='SECONDS',
                        help='before each measurement, wait up to this long for the '
                             'machine to be idle (0)')
    parser.add_argument('--retries', type=int, default=0,
                        help='measure again, up to this many times, when other '
                             'processes were busy meanwhile (0)')
    parser.add_argument('--before', metavar='DIR',
                        help="also time the shipped setting of another checkout's "
                             "d2l_helpers (e.g. a git worktree of the last release), "
                             "as the setting 'before'")
    parser.add_argument('--only', nargs='+', metavar='SETTING',
                        help='measure only these settings (e.g. shipped before)')
    parser.add_argument('--json', metavar='FILE', help='also write all results here')
    parser.add_argument('--child', nargs='+', help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        result = {'data': child_data, 'train': child_train}[kind](*rest)
        print(json.dumps(result))
        return

    # on `kill`, stop the running child and remove the temporary folder
    signal.signal(signal.SIGTERM, lambda *_: sys.exit('train_speed.py: terminated'))
    started = time.time()
    ensure_original()
    settings = SETTINGS | {name: ('ours', env) for name, env in args.extra}
    if args.before:
        settings['before'] = (f'tree:{pathlib.Path(args.before).resolve()}', {})
    if args.only:
        unknown = set(args.only) - set(settings)
        if unknown:
            parser.error(f'--only: unknown settings {sorted(unknown)}; '
                         f'known: {sorted(settings)}')
        settings = {name: settings[name] for name in args.only}
    dropped = sorted(k for k in os.environ if k.startswith(THREAD_VARS))
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        data_file = pathlib.Path(tmp) / 'jay_lyrics.json'
        corpus = run_child(user_env(args.inherit_env, {}), 0, 'data', data_file)
        for repeat in range(args.repeats):
            for load in args.load:
                order = pairs(settings)[::-1 if repeat % 2 else 1]
                with BusyCore() if load == 'busy' else contextlib.nullcontext():
                    for case, setting in order:
                        side, extra = settings[setting]
                        run = measure(args, user_env(args.inherit_env, extra),
                                      load == 'busy', 'train', side, case,
                                      data_file, args.epochs, args.sampling)
                        runs.append(run | {'repeat': repeat, 'load': load,
                                           'case': case, 'setting': setting})
                        print(f'repeat {repeat + 1}/{args.repeats}  {load:4}  {case:6}  '
                              f'{setting:12}  {run["seconds_per_epoch"]:.3f} s/epoch  '
                              f'(other load {run["other_load"]:.2f} cores)',
                              file=sys.stderr)
    elapsed = time.time() - started
    report(args, corpus, settings, runs, dropped, elapsed)
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps({
            'settings': vars(args) | {'cores': CORES, 'dropped_env': dropped},
            'corpus': corpus, 'runs': runs, 'seconds': elapsed}, indent=1))


def medians(runs, load):
    """{(case, setting): (median, min, max) of seconds per epoch} under `load`."""
    table = {}
    for run in runs:
        if run['load'] == load:
            table.setdefault((run['case'], run['setting']), []).append(
                run['seconds_per_epoch'])
    return {key: (statistics.median(v), min(v), max(v)) for key, v in table.items()}


def report(args, corpus, settings, runs, dropped, elapsed):
    """Print the settings, the matrix per load, and the targets met or missed."""
    print(f'\nJay Chou lyrics, {corpus["chars"]:,} chars, vocab {corpus["vocab_size"]:,}, '
          f'{NUM_HIDDENS} hidden, {NUM_STEPS} steps, batch {BATCH_SIZE}, lr {LR:g}, '
          f'clip {CLIPPING_THETA:g}; {args.sampling} sampling for lesson and reader')
    print(f'seconds per epoch, median (min-max) of {args.repeats} alternating fresh '
          f'processes, {args.epochs} timed epochs each; {CORES} cores; thread variables '
          + ('inherited' if args.inherit_env else
             f'removed ({", ".join(dropped)})' if dropped else 'none set'))
    for name, (side, env) in settings.items():
        print(f'  {name}: {"d2lzh " + ORIGINAL_VERSION if side == "original" else "d2l_helpers"}'
              + (', ' + ' '.join(f'{k}={v}' for k, v in env.items()) if env else
                 ', no thread variables'))
    missed = []
    for load in args.load:
        table = medians(runs, load)
        print(f'\n{load}' + (' (one core kept busy by a busy loop)' if load == 'busy' else ''))
        print(f'{"":8}' + ''.join(f'{name:>18}' for name in settings))
        for case in CASES:
            cells = [f'{table[case, name][0]:.3f} ({table[case, name][1]:.2f}-'
                     f'{table[case, name][2]:.2f})' if (case, name) in table else '-'
                     for name in settings]
            print(f'{case:8}' + ''.join(f'{cell:>18}' for cell in cells))
        forced = [name for name in FORCED if name in settings]
        for case in CASES:
            if (case, 'shipped') not in table:
                continue
            shipped, parts = table[case, 'shipped'][0], []
            if forced:
                best = min(forced, key=lambda name: table[case, name][0])
                behind = shipped / table[case, best][0] - 1
                parts.append(f'shipped {behind:+.0%} against the fastest forced ({best})')
                if behind > 0.10:
                    missed.append(f'{load} {case}: shipped {behind:.0%} behind {best}')
            if (case, 'before') in table:
                parts.append(f'before/shipped {table[case, "before"][0] / shipped:.2f}x')
            if (case, 'original') in table:
                speedup = table[case, 'original'][0] / shipped
                target = TARGET_SPEEDUP.get(case, 1.0)
                parts.append(f'original/shipped {speedup:.2f}x (target {target:.2f}x)')
                if speedup < target:
                    missed.append(f'{load} {case}: {speedup:.2f}x the original, '
                                  f'target {target:.2f}x')
            print(f'  {case}: ' + '; '.join(parts))
    load = max(r['other_load'] for r in runs)
    print(f'\nother processes kept up to {load:.2f} cores busy'
          + (f'; over {BUSY} the numbers are unreliable' if load > BUSY else ''))
    print('targets: ' + ('all met' if not missed else 'missed: ' + '; '.join(missed)))
    print(f'the benchmark took {elapsed:.0f} s')


if __name__ == '__main__':
    main()
