"""The thread governor: how many threads MXNet's worker gets, and when."""
import d2l_helpers as d2l  # noqa: F401  (first: sets the thread count)

# isort: split
from d2l_helpers import threads

import os
import subprocess
import sys
import threading
import time
from functools import partial

import pytest


class Topology:
    """A simulated machine: each CPU's thread_siblings_list, and where we run.

    siblings[n] is CPU n's list as Linux writes it ('0-1' or '0,4'), or None
    for a CPU without a topology file (a container); `cpus` is the affinity
    set (all CPUs if None); `cores` is the count expected of threads.cores.
    """

    def __init__(self, siblings, cores, cpus=None):
        self.siblings = siblings
        self.cpus = set(range(len(siblings))) if cpus is None else set(cpus)
        self.cores = cores

    def sysfs(self, root):
        """Write the fake /sys/devices/system/cpu under root; returns its path."""
        for cpu, siblings in enumerate(self.siblings):
            folder = root / f'cpu{cpu}' / 'topology'
            folder.mkdir(parents=True)
            if siblings is not None:
                (folder / 'thread_siblings_list').write_text(siblings + '\n')
        return str(root)


def smt(num_cores, ranges):
    """Two hardware threads a core: siblings 2k, 2k+1 ('0-1') or k, k+cores ('0,4')."""
    if ranges:
        return [f'{c // 2 * 2}-{c // 2 * 2 + 1}' for c in range(2 * num_cores)]
    return [f'{c % num_cores},{c % num_cores + num_cores}'
            for c in range(2 * num_cores)]


def plain(num_cores):
    """One hardware thread a core."""
    return [str(c) for c in range(num_cores)]


TOPOLOGIES = {
    '1 core': Topology(plain(1), 1),
    '2 cores': Topology(plain(2), 2),  # this machine's shape
    '4 cores': Topology(plain(4), 4),
    '16 cores': Topology(plain(16), 16),
    '2x2 SMT, 0-1': Topology(smt(2, ranges=True), 2),
    '4x2 SMT, 0-1': Topology(smt(4, ranges=True), 4),
    '4x2 SMT, 0,4': Topology(smt(4, ranges=False), 4),
    '16x2 SMT, 0,16': Topology(smt(16, ranges=False), 16),
    # affinity on part of an 8-CPU SMT machine (taskset, a cgroup's cpuset)
    'CPUs 2,3 of 4x2 SMT, 0-1': Topology(smt(4, ranges=True), 1, cpus={2, 3}),
    'CPUs 2,3 of 4x2 SMT, 0,4': Topology(smt(4, ranges=False), 2, cpus={2, 3}),
    'CPUs 0,1,4,5 of 4x2 SMT, 0,4': Topology(smt(4, ranges=False), 2,
                                            cpus={0, 1, 4, 5}),
    'CPUs 1,5 of 4x2 SMT, 0,4': Topology(smt(4, ranges=False), 1, cpus={1, 5}),
    '4 CPUs without topology': Topology([None] * 4, 4),
    '2x2 SMT + 1 without topology': Topology(smt(2, ranges=True) + [None], 3),
}

#: Per topology: (others' load in CPUs, threads the rule gives). The load is
#: in hardware threads; at most one thread a physical core.
LOADS = {
    '1 core': [(0.0, 1), (0.6, 1), (1.0, 1)],
    '2 cores': [(0.0, 2), (0.4, 2), (0.6, 1), (1.0, 1), (2.0, 1)],
    '4 cores': [(0.0, 4), (1.0, 3), (2.4, 2), (3.0, 1), (4.0, 1)],
    '16 cores': [(0.0, 16), (0.4, 16), (1.0, 15), (8.0, 8), (15.4, 1), (16.0, 1)],
    # a busy sibling leaves its core's twin: 2 CPUs of 4 busy still give 2 cores
    '2x2 SMT, 0-1': [(0.0, 2), (1.0, 2), (2.0, 2), (2.6, 1), (3.0, 1), (4.0, 1)],
    '4x2 SMT, 0-1': [(0.0, 4), (2.0, 4), (4.4, 4), (4.6, 3), (6.0, 2), (7.0, 1),
                     (8.0, 1)],
    '4x2 SMT, 0,4': [(0.0, 4), (2.0, 4), (4.0, 4), (5.0, 3), (6.0, 2), (7.0, 1),
                     (8.0, 1)],
    '16x2 SMT, 0,16': [(0.0, 16), (16.0, 16), (24.0, 8), (31.0, 1), (32.0, 1)],
    'CPUs 2,3 of 4x2 SMT, 0-1': [(0.0, 1), (1.0, 1), (2.0, 1)],
    'CPUs 2,3 of 4x2 SMT, 0,4': [(0.0, 2), (0.4, 2), (0.6, 1), (1.0, 1), (2.0, 1)],
    'CPUs 0,1,4,5 of 4x2 SMT, 0,4': [(0.0, 2), (2.0, 2), (2.6, 1), (4.0, 1)],
    'CPUs 1,5 of 4x2 SMT, 0,4': [(0.0, 1), (1.0, 1), (2.0, 1)],
    '4 CPUs without topology': [(0.0, 4), (1.0, 3), (4.0, 1)],
    '2x2 SMT + 1 without topology': [(0.0, 3), (2.0, 3), (3.0, 2), (5.0, 1)],
}


def test_every_topology_has_loads():
    assert LOADS.keys() == TOPOLOGIES.keys()


@pytest.mark.parametrize('name', TOPOLOGIES)
def test_cores(name, tmp_path):
    """Hardware threads of one core count once, CPUs outside the affinity never."""
    topology = TOPOLOGIES[name]
    sysfs = topology.sysfs(tmp_path)
    assert threads.cores(sysfs, cpus=topology.cpus) == topology.cores


def test_cores_reads_the_affinity_by_default(tmp_path, monkeypatch):
    """Without `cpus`, the CPUs are os.sched_getaffinity(0)."""
    sysfs = TOPOLOGIES['4x2 SMT, 0-1'].sysfs(tmp_path)
    monkeypatch.setattr(os, 'sched_getaffinity', lambda pid: {0, 1, 2, 3, 4})
    assert threads.cores(sysfs=sysfs) == 3
    monkeypatch.setattr(os, 'sched_getaffinity', lambda pid: {1, 3})
    assert threads.cores(sysfs=sysfs) == 2


@pytest.mark.parametrize('name, others, expected',
                         [(name, others, expected) for name, loads in LOADS.items()
                          for others, expected in loads])
def test_threads_for(name, others, expected, tmp_path):
    """The governor's rule on each machine: cores from sysfs, CPUs from affinity."""
    topology = TOPOLOGIES[name]
    num_cores = threads.cores(topology.sysfs(tmp_path), cpus=topology.cpus)
    assert threads.threads_for(num_cores, len(topology.cpus), others) == expected


@pytest.mark.parametrize('name', TOPOLOGIES)
@pytest.mark.parametrize('environ, automatic, expected', [
    ({}, True, {'OMP_NUM_THREADS': 'cores', 'D2L_THREADS': 'auto',
                'GOMP_SPINCOUNT': threads.SPIN_COUNT}),
    ({'OMP_NUM_THREADS': '3'}, False, {'OMP_NUM_THREADS': '3'}),
    ({'OMP_NUM_THREADS': '3', 'D2L_THREADS': 'auto'}, True,
     {'OMP_NUM_THREADS': 'cores', 'D2L_THREADS': 'auto',
      'GOMP_SPINCOUNT': threads.SPIN_COUNT}),
    ({'OMP_WAIT_POLICY': 'PASSIVE'}, True,
     {'OMP_WAIT_POLICY': 'PASSIVE', 'OMP_NUM_THREADS': 'cores',
      'D2L_THREADS': 'auto'}),
    ({'GOMP_SPINCOUNT': '5'}, True,
     {'GOMP_SPINCOUNT': '5', 'OMP_NUM_THREADS': 'cores', 'D2L_THREADS': 'auto'}),
], ids=['empty', 'user count', 'inherited auto', 'wait policy', 'spin count'])
def test_choose_defaults(environ, automatic, expected, name, tmp_path):
    """The user's OMP_NUM_THREADS and wait settings win; nothing else is set.

    'cores' in `expected` stands for the topology's physical cores.
    """
    topology = TOPOLOGIES[name]
    environ = dict(environ)
    expected = {k: str(topology.cores) if v == 'cores' else v
                for k, v in expected.items()}
    assert threads.choose_defaults(environ, cpus=topology.cpus,
                                   sysfs=topology.sysfs(tmp_path)) is automatic
    assert environ == expected


def test_choose_defaults_on_this_machine():
    """Without arguments: this process's affinity and the real sysfs."""
    environ = {}
    assert threads.choose_defaults(environ) is True
    assert environ['OMP_NUM_THREADS'] == str(threads.cores())
    assert 1 <= threads.cores() <= len(os.sched_getaffinity(0))


@pytest.fixture
def openmp():
    lib = threads.loaded_openmp()
    if lib is None:
        pytest.fail('MXNet did not load libgomp: the governor cannot work here')
    return lib


def test_run_in_worker_sets_the_workers_thread_count(openmp):
    """omp_set_num_threads inside MXNet's worker changes the worker's count only."""
    before = threads.run_in_worker(openmp.omp_get_max_threads)
    worker = threads.run_in_worker(threading.get_native_id)
    assert worker != threading.get_native_id()
    try:
        threads.run_in_worker(lambda: openmp.omp_set_num_threads(1))
        assert threads.run_in_worker(openmp.omp_get_max_threads) == 1
    finally:
        threads.run_in_worker(lambda: openmp.omp_set_num_threads(before))
    assert threads.run_in_worker(openmp.omp_get_max_threads) == before


class FakeOpenMP:
    """Records the counts a governor sets."""

    def __init__(self):
        self.counts = []

    def omp_set_num_threads(self, n):
        self.counts.append(n)


@pytest.mark.parametrize('name, script, expected', [
    # others take 1.0 of 2 cores, then leave
    ('2 cores', [0.0, 1.0, 1.0, 0.1, 0.0], [1, 2]),
    # one busy hardware thread leaves both cores; three leave one
    ('2x2 SMT, 0-1', [0.0, 1.0, 2.0, 3.0, 3.0, 0.0], [1, 2]),
    ('4x2 SMT, 0,4', [0.0, 4.0, 5.0, 7.0, 2.0], [3, 1, 4]),
    ('CPUs 2,3 of 4x2 SMT, 0,4', [0.0, 1.0, 0.0], [1, 2]),
    ('CPUs 2,3 of 4x2 SMT, 0-1', [0.0, 2.0, 0.0], []),
])
def test_governor_follows_the_others_load(name, script, expected, tmp_path,
                                          monkeypatch):
    """A scripted load (others, in CPUs, one value a measurement) on a topology."""
    topology = TOPOLOGIES[name]
    calls, done = [], threading.Event()
    others = iter([0.0, *script] + [script[-1]] * 1000)  # first: the baseline
    clock = {'busy': 0.0, 'own': 0.0}

    def busy_jiffies(cpus):
        assert cpus == topology.cpus
        calls.append(None)
        if len(calls) == len(script) + 2:  # the last scripted value is acted on
            done.set()
        clock['busy'] += (0.5 + next(others)) * tick  # own 0.5 CPU + others
        clock['own'] += 0.5
        return clock['busy']

    tick = os.sysconf('SC_CLK_TCK')
    sysfs = topology.sysfs(tmp_path)
    monkeypatch.setattr(threads, 'cores', partial(threads.cores, sysfs))
    monkeypatch.setattr(threads, 'busy_jiffies', busy_jiffies)
    monkeypatch.setattr(threads, 'own_seconds', lambda: clock['own'])
    monkeypatch.setattr(threads, 'run_in_worker', lambda f: f())
    monkeypatch.setattr(os, 'sched_getaffinity', lambda pid: set(topology.cpus))
    monkeypatch.setattr(time, 'monotonic', iter(range(10**6)).__next__)
    fake = FakeOpenMP()
    governor = threads.Governor(fake, interval=0.001)
    assert governor.threads == topology.cores
    governor.start()
    try:
        assert done.wait(5)
    finally:
        governor.stop()
    assert fake.counts == expected
    assert governor.changes == len(expected)
    assert governor.threads == (expected or [topology.cores])[-1]


def test_governor_gives_one_thread_when_every_core_is_busy(openmp):
    """Real load: a busy loop on every CPU; within seconds, one thread.

    Every hardware thread, not every core: with SMT, loops on half the CPUs
    leave each core a free twin, and the rule keeps one thread a core.
    """
    loops = [subprocess.Popen([sys.executable, '-c', 'while True: pass'])
             for _ in os.sched_getaffinity(0)]
    fake = FakeOpenMP()
    governor = threads.Governor(fake, interval=0.3)
    try:
        governor.start()
        deadline = time.monotonic() + 10
        while governor.threads != 1 and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        governor.stop()
        for loop in loops:
            loop.kill()
            loop.wait()
    assert fake.counts[:1] == [1], fake.counts
