"""Shared helpers for the RNN language-model lessons.

``import d2l_helpers as d2l`` gives the RNN functions of the original ``d2lzh``
1.0 package, with the same names and positional parameters, plus a few extras.
Every function a lesson teaches says where, in its docstring.
"""
# The thread settings must be made before mxnet is loaded: `device` comes first,
# and the split comment keeps import sorters (ruff, isort) from moving it.
from .device import NUM_THREADS, set_seed, try_gpu

# isort: split
from .data import (
    build_vocab,
    data_dir,
    data_iter_consecutive,
    data_iter_random,
    download,
    encode,
    load_data_jay_lyrics,
    load_data_time_machine,
    read_jay_lyrics,
    read_time_machine,
    split_corpus,
)
from .diagrams import plot_samplers
from .labels import label, set_language
from .models import (
    RNNModel,
    get_params,
    init_rnn_state,
    rnn,
    scratch_forward,
    split_steps,
    to_onehot,
)
from .ngrams import (
    best_counting_perplexity,
    bigram_perplexity,
    count_ngrams,
    fit_alpha,
    fit_interpolation,
    interpolated_perplexity,
    ngram_perplexity,
)
from .plotting import (
    plot_grad_norm,
    plot_perplexity,
    plot_rank_frequency,
    plot_unrolled_rnn,
    use_cjk_font,
)
from .prediction import generate, pick, predict_rnn, predict_rnn_gluon
from .training import (
    LOSS,
    evaluate_perplexity,
    fit,
    grad_clipping,
    perplexity,
    sgd,
    train_and_predict_rnn,
    train_and_predict_rnn_gluon,
    train_epoch,
)

__all__ = [
    # device: threads, seeds, where to compute
    'NUM_THREADS', 'set_seed', 'try_gpu',
    # data: corpora, vocabularies, minibatches
    'build_vocab', 'data_dir', 'data_iter_consecutive', 'data_iter_random', 'download',
    'encode', 'load_data_jay_lyrics', 'load_data_time_machine', 'read_jay_lyrics',
    'read_time_machine', 'split_corpus',
    # labels: the lesson's language
    'label', 'set_language',
    # models
    'RNNModel', 'get_params', 'init_rnn_state', 'rnn', 'scratch_forward', 'split_steps',
    'to_onehot',
    # counting models
    'best_counting_perplexity', 'bigram_perplexity', 'count_ngrams', 'fit_alpha',
    'fit_interpolation', 'interpolated_perplexity', 'ngram_perplexity',
    # diagrams
    'plot_samplers',
    # figures
    'plot_grad_norm', 'plot_perplexity', 'plot_rank_frequency', 'plot_unrolled_rnn',
    'use_cjk_font',
    # generating text
    'generate', 'pick', 'predict_rnn', 'predict_rnn_gluon',
    # training
    'LOSS', 'evaluate_perplexity', 'fit', 'grad_clipping', 'perplexity', 'sgd',
    'train_and_predict_rnn', 'train_and_predict_rnn_gluon', 'train_epoch',
]
