"""Shared helpers for the RNN language-model lessons.

``import d2l_helpers as d2l`` gives the RNN functions of the original ``d2lzh``
1.0 package, with the same names and positional parameters, plus a few extras.
"""
from .device import NUM_THREADS, set_seed, try_gpu  # first: sets the thread count
from .data import (build_vocab, data_dir, data_iter_consecutive, data_iter_random,
                   download, encode, load_data_jay_lyrics, load_data_time_machine,
                   read_jay_lyrics, read_time_machine, split_corpus)
from .models import (RNNModel, get_params, init_rnn_state, rnn, scratch_forward,
                     split_steps, to_onehot)
from .ngrams import bigram_perplexity, count_ngrams
from .plotting import plot_perplexity, plot_rank_frequency, use_cjk_font
from .prediction import generate, pick, predict_rnn, predict_rnn_gluon
from .training import (evaluate_perplexity, fit, grad_clipping, perplexity, sgd,
                       train_and_predict_rnn, train_and_predict_rnn_gluon,
                       train_epoch)

__all__ = [name for name in dir() if not name.startswith('_')]
