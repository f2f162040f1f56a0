"""PyTorch counterparts of the helpers, for lesson 5 (rnn-pytorch).

``from d2l_helpers import pytorch as d2lt`` gives the RNN functions of the
PyTorch edition of the book (``d2lzh_pytorch``), with its names and
positional parameters, and the fixes of the MXNet helpers. Only lesson 5
imports this module, so the MXNet lessons never load torch, and it needs no
MXNet. Corpora, vocabularies, which characters go into each minibatch,
perplexity, the training loop and its progress display are the
framework-free ones of the other modules.

Models here follow the MXNet helpers' interface, ``forward(X, state)``: X
holds character indices (batch_size, num_steps); the logits come back as
(num_steps * batch_size, vocab_size), time-major. A state of None means
zeros, as in PyTorch's recurrent layers.
"""
import contextlib
import copy

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from .corpus import encode, load_data_jay_lyrics, load_data_time_machine
from .labels import label
from .loop import fit, perplexity, picked_log_probs, reset_segments
from .sampling import column_windows, consecutive_rows, random_batches

__all__ = [
    'RNNModel', 'char_log_probs', 'data_iter_consecutive', 'data_iter_random', 'detach',
    'initialize', 'make_optimizer',
    'evaluate_perplexity', 'grad_clipping', 'load_data_jay_lyrics',
    'load_data_time_machine', 'pick', 'predict_rnn_pytorch', 'to_onehot',
    'train_and_predict_rnn_pytorch', 'train_epoch',
]


def data_iter_random(corpus_indices, batch_size, num_steps, device=None):
    """Random sampling (lesson 1): int64 tensors X, Y (batch_size, num_steps).

    The same minibatches as d2l.data_iter_random for the same seed of
    Python's `random`, with its random offset and clear errors.
    """
    for X, Y in random_batches(corpus_indices, batch_size, num_steps):
        yield torch.from_numpy(X).to(device), torch.from_numpy(Y).to(device)


def data_iter_consecutive(corpus_indices, batch_size, num_steps, device=None):
    """Consecutive sampling (lesson 1): int64 tensors X, Y (batch_size, num_steps).

    Row i of a minibatch continues row i of the one before. The corpus goes
    to the device once, in rows.
    """
    rows = consecutive_rows(corpus_indices, batch_size, num_steps)
    yield from column_windows(torch.from_numpy(rows).to(device), num_steps)


def to_onehot(X, n_class):
    """Split X (batch_size, num_steps) into num_steps one-hot matrices.

    Each matrix is float32 of shape (batch_size, n_class).
    """
    return list(F.one_hot(X.long().T, n_class).float())


def grad_clipping(params, theta, device):
    """Scale the gradients of params so that their joint L2 norm is <= theta.

    params may be a generator such as model.parameters(). Returns the norm
    before clipping, a tensor of shape (), or None when theta is None.
    device is unused and kept for the book's signature.
    """
    if theta is None:
        return None
    params = [p for p in params if p.grad is not None]
    return nn.utils.clip_grad_norm_(params, theta)


def detach(state):
    """The state's values without their graph: a tensor, or a tuple (LSTM)."""
    if state is None or isinstance(state, torch.Tensor):
        return None if state is None else state.detach()
    return tuple(s.detach() for s in state)


class RNNModel(nn.Module):
    """A PyTorch recurrent layer plus a Linear output layer.

    The layer may be an nn.RNN, nn.GRU or nn.LSTM, of any depth or
    direction, in its default layout (time first). embed_size: learn a
    vector of that size per character (nn.Embedding; the layer's input_size)
    instead of one-hot rows; dropout: the share of the layer's outputs
    zeroed (in training mode) before the Linear layer.

    Defined in lesson 5 (rnn-pytorch).
    """

    def __init__(self, rnn_layer, vocab_size, *, embed_size=None,
                 dropout=0.0):
        super().__init__()
        if rnn_layer.batch_first:
            raise ValueError('RNNModel feeds the layer time first: create it '
                             'without batch_first=True')
        self.rnn = rnn_layer
        self.vocab_size = vocab_size
        self.embedding = (None if embed_size is None
                          else nn.Embedding(vocab_size, embed_size))
        self.dropout = nn.Dropout(dropout)  # active only in training mode
        # a bidirectional layer puts both directions side by side
        directions = 2 if rnn_layer.bidirectional else 1
        self.hidden_size = rnn_layer.hidden_size * directions
        self.dense = nn.Linear(self.hidden_size, vocab_size)

    def forward(self, inputs, state):
        """inputs (batch_size, num_steps) -> (logits, state).

        The logits have shape (num_steps * batch_size, vocab_size); state
        None means zeros.
        """
        X = inputs.long().T  # (num_steps, batch_size): time first
        if self.embedding is None:  # (num_steps, batch_size, vocab_size)
            X = F.one_hot(X, self.vocab_size).float()
        else:  # (num_steps, batch_size, embed_size)
            X = self.embedding(X)
        Y, state = self.rnn(X, state)  # (num_steps, batch_size, hidden_size)
        Y = self.dropout(Y.reshape(-1, self.hidden_size))
        return self.dense(Y), state


@contextlib.contextmanager
def evaluation_mode(forward):
    """Inside: forward in eval mode (no dropout) if it is an nn.Module, and no
    gradients; its former mode is back afterwards."""
    was_training = isinstance(forward, nn.Module) and forward.training
    if was_training:
        forward.eval()
    try:
        with torch.no_grad():
            yield
    finally:
        if was_training:
            forward.train()


def pick(logits, temperature):
    """Choose an index from logits (vocab_size,), as d2l.pick does.

    temperature 0 takes the most likely index; a positive one samples from
    softmax(logits / temperature) with NumPy's global generator.
    """
    if temperature < 0:
        raise ValueError(label('bad_temperature', t=temperature))
    if temperature == 0:
        return int(logits.argmax())
    probs = torch.softmax(logits.double() / temperature, 0).cpu().numpy()
    return int(np.random.choice(len(probs), p=probs / probs.sum()))


@torch.no_grad()
def predict_rnn_pytorch(prefix, num_chars, model, vocab_size, device,
                        idx_to_char, char_to_idx, *, temperature=0):
    """Continue `prefix` by num_chars characters with an RNNModel.

    The prefix is read in one call, then every new character is fed back.

    Defined in lesson 5 (rnn-pytorch).
    """
    if not prefix:
        raise ValueError(label('empty_prefix'))
    output = encode(prefix, char_to_idx)  # names unknown characters
    X, state = torch.tensor([output], device=device), None  # (1, len(prefix))
    for _ in range(num_chars):
        logits, state = model(X, state)  # logits (X.shape[1], vocab_size)
        output.append(pick(logits[-1], temperature))
        X = torch.tensor([[output[-1]]], device=device)
    return ''.join(idx_to_char[i] for i in output)


def train_epoch(forward, begin_state, params, update, data_iter,
                is_random_iter, clipping_theta):
    """One pass over data_iter; returns (mean cross-entropy, norms).

    PyTorch's d2l.train_epoch: same arguments, same results. Gradients are
    reset before each backward, since PyTorch adds them up.
    """
    state, l_sum, n, norms = None, 0, 0, []
    for i, (X, Y) in enumerate(data_iter):
        if is_random_iter or i == 0:
            state = begin_state(X.shape[0])  # does not continue the last
        else:
            state = detach(state)  # values kept, graph cut
        logits, state = forward(X, state)
        y = Y.T.reshape(-1)  # time-major, like the logits
        l = F.cross_entropy(logits, y)
        for param in params:
            param.grad = None
        l.backward()
        norm = grad_clipping(params, clipping_theta, None)
        if norm is not None:
            norms.append(norm)
        update()
        l_sum = l_sum + l.detach() * y.numel()  # no wait for the device
        n += y.numel()
    norms = torch.stack(norms).tolist() if norms else []
    return float(l_sum) / n, norms


def evaluate_perplexity(forward, begin_state, corpus_indices, num_steps,
                        device, *, rows=4):
    """Perplexity on every character of corpus_indices[1:], as
    d2l.evaluate_perplexity (rows pieces side by side), in eval mode."""
    piece = max(1, (len(corpus_indices) - 1) // rows)
    return perplexity(-float(np.mean(char_log_probs(
        forward, begin_state, corpus_indices, device, reset_every=piece,
        num_steps=num_steps))))


def char_log_probs(forward, begin_state, corpus_indices, device, *,
                   reset_every=None, num_steps=256):
    """The natural-log probability of every character of corpus_indices[1:]:
    d2l.training.char_log_probs (see there: one row, the state carried;
    reset_every=k resets it every k characters), in PyTorch, in eval mode.
    A float64 NumPy array of len(corpus_indices) - 1."""
    parts = []
    with evaluation_mode(forward):
        for X, Y in reset_segments(corpus_indices, reset_every):
            state, rows = begin_state(X.shape[0]), []
            for i in range(0, X.shape[1], num_steps):
                logits, state = forward(
                    torch.from_numpy(X[:, i:i + num_steps]).to(device), state)
                rows.append(picked_log_probs(logits.cpu().numpy(),
                                             Y[:, i:i + num_steps]))
            parts.append(np.concatenate(rows, axis=1).reshape(-1))
    return np.concatenate(parts)


def make_optimizer(params, optimizer, lr, optimizer_params):
    """A torch.optim optimizer by name ('sgd', 'adam', ...) or class.

    optimizer_params may hold 'lr_scheduler', a function of the update
    number (1, 2, ...) giving the learning rate, like MXNet's schedulers.
    Returns (optimizer, step), step() updating and moving the schedule on.
    """
    kwargs = dict(optimizer_params or {})
    schedule = kwargs.pop('lr_scheduler', None)
    if isinstance(optimizer, str):
        names = {name.lower(): name for name in dir(torch.optim)}
        if optimizer.lower() not in names:
            raise ValueError(f'torch.optim has no optimizer {optimizer!r}')
        optimizer = getattr(torch.optim, names[optimizer.lower()])
    opt = optimizer(params, lr=lr, **kwargs)
    if schedule is None:
        return opt, opt.step
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda k: schedule(k + 1) / lr)

    def step():
        opt.step()
        scheduler.step()
    return opt, step


def initialize(model, initializer):
    """Weights (2 or more dimensions) by initializer(tensor), biases to 0."""
    with torch.no_grad():
        for param in model.parameters():
            if param.dim() > 1:
                initializer(param)
            else:
                param.zero_()


def train_and_predict_rnn_pytorch(model, num_hiddens, vocab_size, device,
                                  corpus_indices, idx_to_char, char_to_idx,
                                  num_epochs, num_steps, lr, clipping_theta,
                                  batch_size, pred_period, pred_len,
                                  prefixes, *, valid_indices=None,
                                  temperature=0, optimizer='adam',
                                  optimizer_params=None, is_random_iter=False,
                                  initializer=None, baseline=None,
                                  progress=None, patience=None):
    """Train an RNNModel with torch.optim; returns the history of d2l.fit.

    optimizer: a name or class of torch.optim, by default Adam as in the
    book; optimizer_params: its other arguments, and 'lr_scheduler' (see
    make_optimizer). initializer, e.g. nn.init.xavier_uniform_, sets every
    weight and zeroes the biases; by default the model keeps PyTorch's
    initial values. The other keywords are those of d2l.train_and_predict_rnn
    (patience: the model returned holds the best epoch's parameters). The
    model trains in training mode and is evaluated and sampled from in eval
    mode (no dropout), in which it is left.

    Defined in lesson 5 (rnn-pytorch).
    """
    model.to(device)
    if initializer is not None:
        initialize(model, initializer)
    params = list(model.parameters())
    _, step = make_optimizer(params, optimizer, lr, optimizer_params)

    def predict(prefix):
        with evaluation_mode(model):
            return predict_rnn_pytorch(prefix, pred_len, model, vocab_size,
                                       device, idx_to_char, char_to_idx,
                                       temperature=temperature)

    def train(*args):
        model.train()
        return train_epoch(*args)

    history = fit(
        train_epoch=train, evaluate=evaluate_perplexity,
        sampler=data_iter_random if is_random_iter else data_iter_consecutive,
        forward=model, begin_state=lambda batch_size: None, params=params,
        update=step, predict=predict, corpus_indices=corpus_indices,
        is_random_iter=is_random_iter, num_epochs=num_epochs,
        num_steps=num_steps, clipping_theta=clipping_theta,
        batch_size=batch_size, pred_period=pred_period, prefixes=prefixes,
        ctx=device, valid_indices=valid_indices, baseline=baseline,
        progress=progress, patience=patience,
        snapshot=None if patience is None else lambda: snapshot_module(model))
    model.eval()
    return history


def snapshot_module(model):
    """fit's snapshot for a PyTorch model: a deep copy of its state_dict now;
    the function returned loads it back."""
    saved = copy.deepcopy(model.state_dict())
    return lambda: model.load_state_dict(saved)
