"""The from-scratch RNN a reader of the d2lzh book writes, in the book's words.

One copy for the two places that need code written for the original package:
benchmarks/train_speed.py trains it (the ``reader`` model) with d2lzh 1.0 and
with d2l_helpers, and tests/test_d2lzh_compat.py checks that it runs unchanged
with d2l_helpers. It imports nothing: the caller passes MXNet's ``nd``, so it
loads mxnet itself, after d2l_helpers (which sets MXNet's threads) or d2lzh.
"""


def book_scratch_model(nd, vocab_size, num_hiddens, ctx):
    """get_params, init_rnn_state and rnn as the d2lzh book writes them.

    Returns (rnn, get_params, init_rnn_state), to be passed positionally to
    train_and_predict_rnn and predict_rnn like the reader's own functions.
    """
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
