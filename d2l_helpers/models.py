"""Recurrent language models: the from-scratch RNN and the Gluon wrapper.

Every model here is used through one interface, ``forward(X, state)``: X holds
character indices of shape (batch_size, num_steps); it returns logits of shape
(num_steps * batch_size, vocab_size), time-major, and the new state.
"""
from mxnet import nd
from mxnet.gluon import nn


def to_onehot(X, size):
    """Split X (batch_size, num_steps) into num_steps one-hot matrices.

    Each matrix has shape (batch_size, size).

    Defined in lesson 2 (rnn-scratch).
    """
    return [nd.one_hot(x, size) for x in X.T]


def get_params(vocab_size, num_hiddens, ctx):
    """Parameters of a one-layer RNN, with gradients attached.

    Returns [W_xh (vocab_size, num_hiddens), W_hh (num_hiddens, num_hiddens),
    b_h (num_hiddens,), W_hq (num_hiddens, vocab_size), b_q (vocab_size,)].

    Defined in lesson 2 (rnn-scratch).
    """
    def normal(shape):
        return nd.random.normal(scale=0.01, shape=shape, ctx=ctx)

    params = [normal((vocab_size, num_hiddens)),
              normal((num_hiddens, num_hiddens)),
              nd.zeros(num_hiddens, ctx=ctx),
              normal((num_hiddens, vocab_size)),
              nd.zeros(vocab_size, ctx=ctx)]
    for param in params:
        param.attach_grad()
    return params


def init_rnn_state(batch_size, num_hiddens, ctx):
    """The initial hidden state: (H,) with H zeros (batch_size, num_hiddens).

    Defined in lesson 2 (rnn-scratch).
    """
    return (nd.zeros((batch_size, num_hiddens), ctx=ctx),)


def split_steps(Z, num_steps):
    """Cut Z (num_steps * batch_size, n) into num_steps blocks.

    Returns a list of blocks (batch_size, n), even for one step.

    Defined in lesson 2 (rnn-scratch).
    """
    blocks = nd.split(Z, num_steps, axis=0)
    return list(blocks) if num_steps > 1 else [blocks]  # one comes back bare


def rnn(inputs, state, params):
    """Run a tanh RNN over num_steps inputs X_t (batch_size, vocab_size).

    H_t = tanh(X_t W_xh + H_{t-1} W_hh + b_h) and O_t = H_t W_hq + b_q. Only
    H_{t-1} W_hh has to wait for the previous step, so the input and output
    products are computed for all steps at once. Returns the outputs, a list
    of num_steps logits (batch_size, vocab_size), and the final state (H,).

    Defined in lesson 2 (rnn-scratch).
    """
    W_xh, W_hh, b_h, W_hq, b_q = params
    H, = state
    # all steps at once: (num_steps * batch_size, num_hiddens)
    XW = nd.dot(nd.concat(*inputs, dim=0), W_xh) + b_h
    hiddens = []
    for XW_t in split_steps(XW, len(inputs)):
        H = nd.tanh(XW_t + nd.dot(H, W_hh))
        hiddens.append(H)
    outputs = nd.dot(nd.concat(*hiddens, dim=0), W_hq) + b_q
    return split_steps(outputs, len(inputs)), (H,)


def scratch_forward(rnn, params, vocab_size):
    """Wrap a from-scratch `rnn` as forward(X (batch_size, num_steps), state).

    The returned function gives logits (num_steps * batch_size, vocab_size)
    and the new state.

    Defined in lesson 2 (rnn-scratch).
    """
    def forward(X, state):
        outputs, state = rnn(to_onehot(X, vocab_size), state, params)
        return nd.concat(*outputs, dim=0), state
    return forward


class RNNModel(nn.HybridBlock):
    """A Gluon recurrent layer plus a Dense output layer.

    The layer may be an RNN, GRU or LSTM, of any depth or direction.
    embed_size: learn a vector of that size per character (nn.Embedding)
    instead of feeding one-hot rows; dropout: the share of the layer's
    outputs zeroed (while training) before the Dense layer.

    Defined in lesson 3 (rnn-gluon).
    """

    def __init__(self, rnn_layer, vocab_size, *, embed_size=None,
                 dropout=0.0, **kwargs):
        super().__init__(**kwargs)
        self.rnn = rnn_layer
        self.vocab_size = vocab_size
        self.embedding = (None if embed_size is None
                          else nn.Embedding(vocab_size, embed_size))
        self.dropout = nn.Dropout(dropout)  # active only in training mode
        self.dense = nn.Dense(vocab_size, flatten=False)

    def hybrid_forward(self, F, inputs, state):
        """inputs (batch_size, num_steps) -> (logits, state).

        The logits have shape (num_steps * batch_size, vocab_size).
        """
        X = F.transpose(inputs)  # (num_steps, batch_size): time first
        if self.embedding is None:  # (num_steps, batch_size, vocab_size)
            X = F.one_hot(X, self.vocab_size)
        else:  # (num_steps, batch_size, embed_size)
            X = self.embedding(X)
        Y, state = self.rnn(X, state)  # (num_steps, batch_size, num_hiddens)
        return self.dense(self.dropout(Y)).reshape((-3, -1)), state

    def begin_state(self, *args, **kwargs):
        """The layer's initial state: a list of arrays (two for an LSTM)."""
        return self.rnn.begin_state(*args, **kwargs)
