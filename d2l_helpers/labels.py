"""The words the helpers print and draw, in the language of the lesson.

A lesson calls ``set_language('zh')`` or ``set_language('en')`` once, after
its imports; training summaries, the live progress figure, the default
labels of every figure, and the errors a lesson's code raises (training
diverged, characters not in the vocabulary, a bad temperature or an empty
prefix) then speak that language.

Every string a reader sees is in MESSAGES, once per language, with the same
keys and the same {placeholders} in each: ``label(key, **values)`` formats
one in the current language, ``language()`` says which that is.
"""
import warnings

MESSAGES = {
    'en': {
        'epoch': 'epoch',
        'seconds': 'training time (s)',
        'perplexity': 'perplexity',
        'train': 'training',
        'validation': 'validation',
        'baseline': 'counting baseline (validation)',
        'update': 'update',
        'grad_norm': 'gradient norm before clipping',
        'threshold': 'clipping threshold θ',
        'rank': 'rank',
        'frequency': 'frequency',
        # plot_perplexity's legend: each run's training and validation curve
        'train_curve': '{name} (train)',
        'validation_curve': '{name} (validation)',
        # plot_unrolled_rnn's rows
        'input': 'input',
        'hidden_state': 'hidden state',
        'output': 'output',
        'target': 'label',
        # plot_truncated_bptt: the state crosses a minibatch edge, the gradient not
        'state_flow': 'hidden state (values carried forward)',
        'gradient_flow': 'gradient (backpropagation)',
        'detach_cut': 'detach: the gradient stops here',
        'zero_state': 'zeros',
        # plot_samplers: k counts minibatches from 1, r rows from 0
        'corpus': 'corpus',
        'minibatch': 'minibatch {k}',
        'row': 'row {r}',
        'piece': 'minibatch {k}, row {r}',
        # the status line of the live figure before the first epoch ends
        'starting': 'epoch 0/{total}, starting …',
        'line': 'epoch {epoch}, perplexity {train:.2f}{valid}, {rate:.3f} s/epoch',
        'valid': ', validation {valid:.2f}',
        'status': 'epoch {epoch}/{total}, perplexity {train:.2f}{valid}, '
                  '{seconds:.0f} s, about {left:.0f} s left',
        'done': '{epochs} epochs in {seconds:.1f} s ({rate:.3f} s/epoch){best}',
        'best': '; best validation perplexity {valid:.2f} at epoch {epoch}',
        'diverged': 'training diverged in epoch {epoch}: the loss is {loss:.4g}. '
                    'Try a lower learning rate, or clip gradients harder '
                    '(a smaller clipping_theta).',
        'unknown_chars': 'characters not in the vocabulary: {unknown!r}; use '
                         'only characters of the training corpus',
        'bad_temperature': 'temperature must be 0 (greedy) or positive, not {t}',
        'empty_prefix': 'the prefix is empty: give at least one character',
        # show_spread: the runs of experiments/live_spread.py
        'spread_runs': 'five runs besides the stored one: {settings}',
        'list_separator': ', ',
        'no_spread': ('{path} is missing: this lesson reads the stored results of '
                      '`make spread` from the course repository; run it in a clone '
                      'of the repository'),
        'too_short': 'the corpus has {length} characters, too few for one minibatch '
                     'of batch_size={batch_size} x num_steps={num_steps} (needs '
                     '{needed}); use a longer corpus or a smaller batch_size or '
                     'num_steps',
    },
    'zh': {
        'epoch': '周期',
        'seconds': '训练时间（秒）',
        'perplexity': '困惑度',
        'train': '训练',
        'validation': '验证',
        'baseline': '计数模型基线（验证）',
        'update': '更新次数',
        'grad_norm': '裁剪前的梯度范数',
        'threshold': '裁剪阈值 θ',
        'rank': '排名',
        'frequency': '频率',
        'train_curve': '{name}（训练）',
        'validation_curve': '{name}（验证）',
        'input': '输入',
        'hidden_state': '隐藏状态',
        'output': '输出',
        'target': '标签',
        'state_flow': '隐藏状态（数值向后延续）',
        'gradient_flow': '梯度（反向传播）',
        'detach_cut': 'detach：梯度到此为止',
        'zero_state': '全零',
        'corpus': '语料',
        'minibatch': '第 {k} 个小批量',
        'row': '第 {r} 行',
        'piece': '小批量 {k}，第 {r} 行',
        'starting': '周期 0/{total}，开始训练……',
        'line': '周期 {epoch}，困惑度 {train:.2f}{valid}，每个周期 {rate:.3f} 秒',
        'valid': '，验证困惑度 {valid:.2f}',
        'status': '周期 {epoch}/{total}，困惑度 {train:.2f}{valid}，'
                  '已用 {seconds:.0f} 秒，约剩 {left:.0f} 秒',
        'done': '{epochs} 个周期共 {seconds:.1f} 秒（每个周期 {rate:.3f} 秒）{best}',
        'best': '；最低验证困惑度 {valid:.2f}（第 {epoch} 个周期）',
        'diverged': '训练在第 {epoch} 个周期发散：损失为 {loss:.4g}。'
                    '请试试更小的学习率，或更严的梯度裁剪（更小的 clipping_theta）。',
        'unknown_chars': '字符不在词表中：{unknown!r}；只能使用训练语料中的字符',
        'bad_temperature': '温度须为 0（贪心）或正数，而不是 {t}',
        'empty_prefix': '前缀为空：请至少给出一个字符',
        # show_spread：experiments/live_spread.py 的各次运行
        'spread_runs': '保存的这次之外的五次运行：{settings}',
        'list_separator': '、',
        'no_spread': ('找不到 {path}：本课读取 `make spread` 保存在课程仓库里的结果，'
                      '请在仓库的克隆中运行本课'),
        'too_short': '语料只有 {length} 个字符，不够组成一个 batch_size={batch_size}、'
                     'num_steps={num_steps} 的小批量（需要 {needed} 个）；请用更长的语料，'
                     '或减小 batch_size 或 num_steps',
    },
}
_language = 'en'


def set_language(lang):
    """Print and draw the helpers' labels in `lang` ('zh' or 'en').

    'zh' also puts an installed CJK font first, so figures can show Chinese.
    """
    from .figures import use_cjk_font  # here: figures itself reads the labels

    global _language
    if lang not in MESSAGES:
        raise ValueError(f'unknown language {lang!r}; use one of {sorted(MESSAGES)}')
    _language = lang
    if lang == 'zh' and use_cjk_font() is None:
        warnings.warn('no CJK font is installed, so Chinese in figures shows as boxes; '
                      'install one (Debian: apt-get install fonts-noto-cjk)', stacklevel=2)


def language():
    """The language of the labels: 'en' until a lesson calls set_language."""
    return _language


class _Huge(float):
    """A number too large to read in fixed point (a diverging perplexity):
    a fixed-point format such as .2f shows it in scientific notation."""

    def __format__(self, spec):
        return format(float(self), '.3g' if spec.endswith('f') else spec)


def label(key, **values):
    """The message `key` in the current language, formatted with `values`.

    Numbers of a million or more show as 7.52e+242, not as 243 digits.
    """
    values = {name: _Huge(value) if isinstance(value, float) and abs(value) >= 1e6
              else value for name, value in values.items()}
    return MESSAGES[_language][key].format(**values)
