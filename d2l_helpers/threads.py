"""How many threads MXNet's operators use, chosen again while a lesson runs.

Measured on 2 cores (``benchmarks/train_speed.py``, benchmarks/README.md): on an idle
machine, two threads that spin briefly while they wait for work are fastest;
when another program keeps a core busy, one thread is fastest, and two threads
are up to several times slower, because every parallel operator waits for the
thread that is not running. No fixed setting wins in both situations, so:

* ``choose_defaults`` (before ``mxnet`` is imported) starts OpenMP with one
  thread per core and a bounded spin: a waiting thread spins for about a tenth
  of a millisecond (``GOMP_SPINCOUNT``), then sleeps;
* ``Governor`` (after the import), a daemon thread, measures once a second how
  many of this process's cores other processes keep busy, and gives MXNet's
  worker thread the cores that are left, at least one.

Setting ``OMP_NUM_THREADS`` yourself fixes the count and turns the governor off.
"""
import ctypes
import math
import os
import threading
import time
from functools import partial

#: Marks OMP_NUM_THREADS as the helpers' choice, not the user's, so that a
#: process started from this one (a notebook kernel under pytest) adapts too.
AUTO = ('D2L_THREADS', 'auto')
#: Spin iterations of a waiting OpenMP thread before it sleeps (libgomp's
#: default, 300,000, keeps a core busy for milliseconds after every operator).
SPIN_COUNT = '10000'
#: Seconds between two measurements of the other processes' load.
INTERVAL = 1.0
#: Where Linux describes the CPUs: cpu<N>/topology/thread_siblings_list.
SYSFS = '/sys/devices/system/cpu'


def cores(sysfs=SYSFS, *, cpus=None):
    """The physical cores this process may run on.

    Two hardware threads of one core (hyper-threading, SMT) count once: they
    share its arithmetic units, and a second OpenMP thread there only waits.
    `cpus` is a set of CPU numbers, as ``os.sched_getaffinity`` returns;
    None means this process's (tests pass another, with a fake `sysfs`).
    """
    siblings = set()
    for cpu in os.sched_getaffinity(0) if cpus is None else cpus:
        try:
            path = f'{sysfs}/cpu{cpu}/topology/thread_siblings_list'
            with open(path) as f:
                siblings.add(f.read().strip())
        except OSError:  # no topology (not Linux, a container): count it
            siblings.add(str(cpu))
    return len(siblings)


def choose_defaults(environ=os.environ, *, cpus=None, sysfs=SYSFS):
    """Set the OpenMP variables MXNet reads when it loads; True if automatic.

    Automatic unless the user set OMP_NUM_THREADS: then their count holds and
    nothing is changed. The count is ``cores(sysfs, cpus=cpus)``.
    """
    name, value = AUTO
    if 'OMP_NUM_THREADS' in environ and environ.get(name) != value:
        return False
    environ['OMP_NUM_THREADS'] = str(cores(sysfs, cpus=cpus))
    environ[name] = value
    if 'OMP_WAIT_POLICY' not in environ:
        environ.setdefault('GOMP_SPINCOUNT', SPIN_COUNT)
    return True


def threads_for(num_cores, num_cpus, others):
    """Threads to use when other processes keep `others` of num_cpus busy.

    num_cpus counts hardware threads, num_cores physical cores (<= num_cpus).
    """
    return max(1, min(num_cores, num_cpus - math.floor(others + 0.5)))


def busy_jiffies(cpus):
    """Clock ticks the given cores spent busy since boot (/proc/stat).

    Busy is user, nice, system, irq, softirq and steal (time the hypervisor
    gave to another machine); idle and iowait are not.
    """
    total = 0
    with open('/proc/stat') as f:
        for line in f:
            name, *fields = line.split()
            if name.startswith('cpu') and name[3:].isdigit() and int(name[3:]) in cpus:
                user, nice, system, _, _, irq, softirq, steal = map(int, fields[:8])
                total += user + nice + system + irq + softirq + steal
    return total


def own_seconds():
    """CPU seconds this process (all its threads) has used."""
    times = os.times()
    return times.user + times.system


class Governor(threading.Thread):
    """Keeps MXNet's OpenMP thread count at the cores other processes leave.

    Once every `interval` seconds: others = (busy time of this process's CPUs
    - this process's own CPU time) / elapsed time, and the worker thread gets
    threads_for(cores, cpus, others) threads, set by omp_set_num_threads in it
    (OpenMP settings belong to a thread, and MXNet's operators run on its
    engine's worker, not on the thread that calls them). `stop()` ends it; the
    helpers call it at exit, before MXNet shuts its engine down.
    """

    def __init__(self, openmp, interval=INTERVAL):
        super().__init__(name='d2l-thread-governor', daemon=True)
        self.openmp = openmp
        self.interval = interval
        self.cpus = os.sched_getaffinity(0)
        self.threads = self.threads_max = cores()  # as OMP_NUM_THREADS
        self.changes = 0
        self._stop_event = threading.Event()

    def run(self):
        tick = os.sysconf('SC_CLK_TCK')
        last = (time.monotonic(), busy_jiffies(self.cpus) / tick, own_seconds())
        while not self._stop_event.wait(self.interval):
            now = (time.monotonic(), busy_jiffies(self.cpus) / tick, own_seconds())
            wall, busy, own = (b - a for a, b in zip(last, now))
            last = now
            wanted = threads_for(self.threads_max, len(self.cpus),
                                 max(0.0, busy - own) / wall)
            if wanted != self.threads and not self._stop_event.is_set():
                run_in_worker(partial(self.openmp.omp_set_num_threads, wanted))
                self.threads = wanted
                self.changes += 1

    def stop(self):
        """End the thread and wait for it."""
        self._stop_event.set()
        if self.is_alive():
            self.join()


#: void (*)(RunContext, void *param): what MXEnginePushSync runs.
_SYNC_FUNC = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)


class _Context(ctypes.Structure):
    """MXNet's Context as its C API passes it: device type 1 is the CPU."""
    _fields_ = [('dev_type', ctypes.c_int), ('dev_id', ctypes.c_int)]


def run_in_worker(function, timeout=10):
    """Run function() on MXNet's CPU worker thread and wait; returns its value.

    The engine runs an operation pushed without variables as soon as the
    worker is free, without waiting for earlier ones.
    """
    from mxnet.base import _LIB, check_call
    done, result = threading.Event(), []

    def call(_run_context, _param):
        result.append(function())
        done.set()

    callback = _SYNC_FUNC(call)  # referenced until done: the engine calls it
    check_call(_LIB.MXEnginePushSync(
        callback, None, None, ctypes.byref(_Context(1, 0)),
        None, 0, None, 0, None, 0, None))
    if not done.wait(timeout):
        raise TimeoutError('MXNet\'s worker thread did not run the call')
    return result[0]


def loaded_openmp():
    """libgomp as loaded by MXNet, or None (another OpenMP, or none)."""
    with open('/proc/self/maps') as f:
        if 'libgomp' not in f.read():
            return None
    return ctypes.CDLL('libgomp.so.1')


def start_governor():
    """Start a Governor where it can work; returns it, or None.

    It needs MXNet's default threaded engine and GNU OpenMP (Linux wheels),
    and more than one core.
    """
    engine = os.environ.get('MXNET_ENGINE_TYPE', 'ThreadedEnginePerDevice')
    openmp = loaded_openmp()
    if engine != 'ThreadedEnginePerDevice' or openmp is None or cores() < 2:
        return None
    governor = Governor(openmp)
    governor.start()
    return governor
