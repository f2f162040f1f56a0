"""Generating text from a trained character-level language model."""
import numpy as np
from mxnet import nd

from .corpus import encode
from .labels import label
from .models import scratch_forward


def pick(logits, temperature):
    """Choose an index from logits (vocab_size,).

    temperature 0 takes the most likely index (greedy); a positive temperature
    samples from softmax(logits / temperature) with NumPy's global generator.

    Defined in lesson 2 (rnn-scratch).
    """
    if temperature < 0:
        raise ValueError(label('bad_temperature', t=temperature))
    if temperature == 0:
        return int(logits.argmax(axis=0).asscalar())
    probs = nd.softmax(logits / temperature).asnumpy().astype('float64')
    return int(np.random.choice(len(probs), p=probs / probs.sum()))


def generate(forward, state, prefix, num_chars, idx_to_char, char_to_idx, ctx,
             temperature=0):
    """Read `prefix` into the model, then append num_chars characters.

    forward(X (1, 1), state) -> (logits (1, vocab_size), state). Returns the
    prefix followed by the generated characters, as one string.

    Defined in lesson 2 (rnn-scratch).
    """
    if not prefix:
        raise ValueError(label('empty_prefix'))
    prefix_indices = encode(prefix, char_to_idx)  # names unknown characters
    output = prefix_indices[:1]
    for t in range(len(prefix) - 1 + num_chars):
        logits, state = forward(nd.array([[output[-1]]], ctx=ctx), state)
        if t < len(prefix) - 1:  # reading the prefix: only the state matters
            output.append(prefix_indices[t + 1])
        else:
            output.append(pick(logits[0], temperature))
    return ''.join(idx_to_char[i] for i in output)


def predict_rnn(prefix, num_chars, rnn, params, init_rnn_state, num_hiddens,
                vocab_size, ctx, idx_to_char, char_to_idx, *, temperature=0):
    """Continue `prefix` by num_chars characters with a from-scratch RNN.

    Defined in lesson 2 (rnn-scratch).
    """
    forward = scratch_forward(rnn, params, vocab_size)
    return generate(forward, init_rnn_state(1, num_hiddens, ctx), prefix,
                    num_chars, idx_to_char, char_to_idx, ctx, temperature)


def predict_rnn_gluon(prefix, num_chars, model, vocab_size, ctx, idx_to_char,
                      char_to_idx, *, temperature=0):
    """Continue `prefix` by num_chars characters with an RNNModel.

    Defined in lesson 3 (rnn-gluon).
    """
    return generate(model, model.begin_state(batch_size=1, ctx=ctx), prefix,
                    num_chars, idx_to_char, char_to_idx, ctx, temperature)
