import matplotlib; matplotlib.use('Agg')
import matplotlib.pyplot as plt
import d2l_helpers as d2l
import numpy as np
plt.show = lambda: None
d2l.set_language('zh')
d2l.plot_unrolled_rnn('想要有直升', '要有直升机')
plt.savefig('/tmp/l2/u_zh.png', dpi=80)
d2l.set_language('en')
d2l.plot_unrolled_rnn('travelle', 'raveller')
plt.savefig('/tmp/l2/u_en.png', dpi=80)
d2l.set_language('zh')
rng = np.random.default_rng(0)
d2l.plot_grad_norm({'随机采样': list(np.exp(rng.normal(-1, .5, 800))), '相邻采样': list(np.exp(rng.normal(-1.2, .5, 800)))}, 0.01, updates_per_epoch=8)
plt.savefig('/tmp/l2/g_zh.png', dpi=80)
d2l.plot_perplexity({'随机采样': {'epoch':[1,2,3],'train_ppl':[9,5,3],'valid_ppl':[10,7,6]}}, baseline=5, baseline_label='计数')
plt.savefig('/tmp/l2/p_zh.png', dpi=80)
