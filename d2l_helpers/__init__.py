"""Shared helpers for the RNN language-model lessons.

``import d2l_helpers as d2l`` gives the RNN functions of the original ``d2lzh``
1.0 package, with the same names and positional parameters, plus a few extras.
Every function a lesson teaches says where, in its docstring.

The framework-free core (corpora, vocabularies, which characters go into a
minibatch, counting models, the training loop's bookkeeping, the bootstrap,
figures and labels) imports no deep-learning framework. The MXNet functions
are there when MXNet is installed; ``d2l_helpers.pytorch`` needs only PyTorch.
"""
# The thread settings must be made before mxnet is loaded: `device` comes first,
# and the split comment keeps import sorters (ruff, isort) from moving it.
from .device import MISSING as _MXNET_MISSING
from .device import NUM_THREADS, try_gpu

# isort: split
from .bootstrap import paired_bootstrap
from .corpus import (
    build_vocab,
    data_dir,
    download,
    encode,
    load_data_jay_lyrics,
    load_data_time_machine,
    read_jay_lyrics,
    read_time_machine,
    split_corpus,
)
from .figures import (
    plot_grad_norm,
    plot_perplexity,
    plot_rank_frequency,
    plot_samplers,
    plot_truncated_bptt,
    plot_unrolled_rnn,
    use_cjk_font,
)
from .labels import label, language, set_language
from .loop import fit, perplexity
from .ngrams import (
    best_counting_perplexity,
    bigram_perplexity,
    choose_kneser_ney_order,
    count_ngrams,
    fit_alpha,
    fit_interpolation,
    fit_kneser_ney,
    interpolated_perplexity,
    kneser_ney_distribution,
    kneser_ney_perplexity,
    kneser_ney_probs,
    ngram_perplexity,
)
from .sampling import column_windows, consecutive_rows, random_batches
from .seeds import set_seed
from .spread import show_spread

if _MXNET_MISSING is None:
    from .data import data_iter_consecutive, data_iter_random
    from .models import (
        RNNModel,
        get_params,
        init_rnn_state,
        rnn,
        scratch_forward,
        split_steps,
        to_onehot,
    )
    from .prediction import generate, pick, predict_rnn, predict_rnn_gluon
    from .training import (
        LOSS,
        char_log_probs,
        evaluate_perplexity,
        grad_clipping,
        sgd,
        train_and_predict_rnn,
        train_and_predict_rnn_gluon,
        train_epoch,
    )


__all__ = [
    # device: threads, where to compute; seeds
    'NUM_THREADS', 'set_seed', 'try_gpu',
    # corpora, vocabularies; which characters go into a minibatch
    'build_vocab', 'data_dir', 'download', 'encode', 'load_data_jay_lyrics',
    'load_data_time_machine', 'read_jay_lyrics', 'read_time_machine',
    'split_corpus', 'column_windows', 'consecutive_rows', 'random_batches',
    # labels: the lesson's language
    'label', 'language', 'set_language',
    # counting models
    'best_counting_perplexity', 'bigram_perplexity', 'count_ngrams', 'fit_alpha',
    'fit_interpolation', 'interpolated_perplexity', 'ngram_perplexity',
    'choose_kneser_ney_order', 'fit_kneser_ney', 'kneser_ney_distribution', 'kneser_ney_perplexity',
    'kneser_ney_probs',
    # how sure: a paired block bootstrap of two models on the same text; how far
    # the training results move on other machines (make spread)
    'paired_bootstrap', 'show_spread',
    # figures
    'plot_grad_norm', 'plot_perplexity', 'plot_rank_frequency', 'plot_samplers',
    'plot_truncated_bptt',
    'plot_unrolled_rnn', 'use_cjk_font',
    # the training loop
    'fit', 'perplexity',
    # MXNet: minibatches, models, generating text, training
    'data_iter_consecutive', 'data_iter_random',
    'RNNModel', 'get_params', 'init_rnn_state', 'rnn', 'scratch_forward',
    'split_steps', 'to_onehot',
    'generate', 'pick', 'predict_rnn', 'predict_rnn_gluon',
    'LOSS', 'char_log_probs', 'evaluate_perplexity', 'grad_clipping', 'sgd',
    'train_and_predict_rnn', 'train_and_predict_rnn_gluon', 'train_epoch',
]


def __getattr__(name):
    """Without MXNet, its functions raise the error that says how to install it."""
    if name in __all__:
        raise _MXNET_MISSING
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
