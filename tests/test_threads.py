"""The thread governor: how many threads MXNet's worker gets, and when."""
import d2l_helpers as d2l  # noqa: F401  (first: sets the thread count)

# isort: split
from d2l_helpers import threads

import os
import subprocess
import sys
import threading
import time

import pytest


@pytest.mark.parametrize('cores, cpus, others, expected', [
    (2, 2, 0.0, 2), (2, 2, 0.4, 2), (2, 2, 0.6, 1), (2, 2, 1.0, 1), (2, 2, 2.0, 1),
    (8, 8, 0.0, 8), (8, 8, 2.2, 6), (8, 8, 7.9, 1), (1, 1, 0.0, 1),
    # 8 cores with two hardware threads each: at most one thread a core
    (8, 16, 0.0, 8), (8, 16, 6.0, 8), (8, 16, 10.0, 6), (8, 16, 16.0, 1),
])
def test_threads_for(cores, cpus, others, expected):
    assert threads.threads_for(cores, cpus, others) == expected


def test_cores_counts_hardware_threads_of_a_core_once(tmp_path, monkeypatch):
    """cpu0/cpu1 and cpu2/cpu3 are siblings; cpu4 has no topology file."""
    for cpu, siblings in [(0, '0-1'), (1, '0-1'), (2, '2,3'), (3, '2,3')]:
        folder = tmp_path / f'cpu{cpu}' / 'topology'
        folder.mkdir(parents=True)
        (folder / 'thread_siblings_list').write_text(siblings + '\n')
    monkeypatch.setattr(os, 'sched_getaffinity', lambda pid: {0, 1, 2, 3, 4})
    assert threads.cores(sysfs=str(tmp_path)) == 3
    monkeypatch.setattr(os, 'sched_getaffinity', lambda pid: {1, 3})
    assert threads.cores(sysfs=str(tmp_path)) == 2


@pytest.mark.parametrize('environ, automatic, expected', [
    ({}, True, {'OMP_NUM_THREADS': str(threads.cores()), 'D2L_THREADS': 'auto',
                'GOMP_SPINCOUNT': threads.SPIN_COUNT}),
    ({'OMP_NUM_THREADS': '3'}, False, {'OMP_NUM_THREADS': '3'}),
    ({'OMP_WAIT_POLICY': 'PASSIVE'}, True,
     {'OMP_WAIT_POLICY': 'PASSIVE', 'OMP_NUM_THREADS': str(threads.cores()),
      'D2L_THREADS': 'auto'}),
    ({'GOMP_SPINCOUNT': '5'}, True,
     {'GOMP_SPINCOUNT': '5', 'OMP_NUM_THREADS': str(threads.cores()),
      'D2L_THREADS': 'auto'}),
])
def test_choose_defaults(environ, automatic, expected):
    """The user's OMP_NUM_THREADS and wait settings win; nothing else is set."""
    assert threads.choose_defaults(environ) is automatic
    assert environ == expected


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


def test_governor_follows_the_others_load(monkeypatch):
    """A scripted load: idle, then others take 1.0 of 2 cores, then idle again."""
    others = iter([0.0, 0.0, 1.0, 1.0, 0.1, 0.0] + [0.0] * 1000)
    clock = {'busy': 0.0, 'own': 0.0}

    def busy_jiffies(cpus):
        clock['busy'] += (0.5 + next(others)) * tick  # own 0.5 core + others
        clock['own'] += 0.5
        return clock['busy']

    tick = os.sysconf('SC_CLK_TCK')
    monkeypatch.setattr(threads, 'busy_jiffies', busy_jiffies)
    monkeypatch.setattr(threads, 'own_seconds', lambda: clock['own'])
    monkeypatch.setattr(threads, 'run_in_worker', lambda f: f())
    monkeypatch.setattr(os, 'sched_getaffinity', lambda pid: {0, 1})
    monkeypatch.setattr(time, 'monotonic', iter(range(10**6)).__next__)
    fake = FakeOpenMP()
    governor = threads.Governor(fake, interval=0.01)
    governor.start()
    time.sleep(0.5)
    governor.stop()
    assert fake.counts == [1, 2]
    assert governor.changes == 2 and governor.threads == 2


def test_governor_gives_one_thread_when_every_core_is_busy(openmp):
    """Real load: a busy loop on every core; within seconds, one thread."""
    loops = [subprocess.Popen([sys.executable, '-c', 'while True: pass'])
             for _ in range(threads.cores())]
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
