import os, sys, time, ctypes, threading
sys.path.insert(0, '/work/main')
import d2l_helpers as d2l
import mxnet as mx
from mxnet import nd
from mxnet.gluon import rnn
gomp = ctypes.CDLL('libgomp.so.1')
SYNC = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)
class Ctx(ctypes.Structure):
    _fields_ = [('dev_type', ctypes.c_int), ('dev_id', ctypes.c_int)]
def set_worker_threads(n):
    seen = []
    def fn(rctx, param):
        gomp.omp_set_num_threads(n)
        seen.append((threading.get_native_id(), gomp.omp_get_max_threads()))
    cb = SYNC(fn)
    ctx = Ctx(1, 0)
    rc = mx.base._LIB.MXEnginePushSync(cb, None, None, ctypes.byref(ctx), None, 0, None, 0, None, 0, None)
    assert rc == 0
    nd.waitall()
    return seen
corpus, c2i, i2c, V = d2l.load_data_jay_lyrics()
case = sys.argv[1]
def train(n):
    t = time.perf_counter()
    if case == 'gluon':
        m = d2l.RNNModel(rnn.RNN(256), V)
        d2l.train_and_predict_rnn_gluon(m, 256, V, mx.cpu(), corpus, i2c, c2i, n, 35, 100, 0.01, 32, n+1, 50, [])
    else:
        d2l.train_and_predict_rnn(d2l.rnn, lambda: d2l.get_params(V, 256, mx.cpu()), d2l.init_rnn_state, 256, V, mx.cpu(), corpus, i2c, c2i, True, n, 35, 100, 0.01, 32, n+1, 50, [])
    nd.waitall()
    return (time.perf_counter() - t) / n
train(1)
print('start', train(3))
for k in sys.argv[2:]:
    print('set', k, set_worker_threads(int(k)), train(3))
