TEXT['SPEED_EN'] = r'''
In this run the step-by-step version took 139.7 ms per minibatch and the batched one
38.7 ms: a ratio of 3.61. Both do the same arithmetic. The step-by-step version calls
about three times as many operators, each on a small matrix, and every call has a fixed
cost of its own; with matrices this small that fixed cost is most of the time. The
ratio depends on the machine and on how busy it is, so run the cell on yours.
'''

TEXT['FAIR_EN'] = r'''
FAIRNESS
'''

TEXT['DISCUSS_EN'] = r'''
The figure tells two stories. First, both models learn the training text: training
perplexity keeps falling, to 4.30 with random and 3.16 with consecutive sampling after
100 epochs, and the generated text looks more and more like the novel's English.
Consecutive sampling gets lower, because its hidden state carries the context of the
previous minibatch, so every prediction has a longer history to draw on. Each run cost
about two and a half minutes on this machine (152 s and 114 s of training, held-out
evaluation not included).

Held-out perplexity, second, tells the story that counts. It falls at first, reaches its
lowest point, 7.2 with random sampling (epoch 70) and 8.0 with consecutive sampling
(epoch 61), and then rises again while training perplexity keeps falling: the network
learns the training text by heart, and what it learns that way does not carry over to
new text. This is **overfitting**. And even at its best the network **loses** to counting:
the interpolated unigram, bigram and trigram counts of the previous lesson score 6.63 on
the same held-out text. The model has
$27 \times 256 + 256 \times 256 + 256 + 256 \times 27 + 27 = 79{,}643$, about 80 thousand,
parameters, and 10,000 characters are far too few to fit them well; the counting model
needs only counts, and the smoothing between its three orders is tuned on the training
text. So with this little text, smoothed counts beat the network. The next lesson
trains on much more text, and there, on *The Time Machine*, the network wins. Unlike the
Chinese lyrics, the English held-out text lost no characters, so its perplexity is not
flattered by dropping the hardest ones.
'''

TEXT['CLIPSTATS_EN'] = r'''
Every one of the 800 updates of each run was clipped. The smallest gradient norm before
clipping was 0.090, nine times $\theta$, and the medians were 0.458 (random sampling) and
0.545 (consecutive sampling). With these hyperparameters, then, clipping is not an
emergency brake that acts now and then: it acts at every step, and every step has length
exactly $\text{lr} \times \theta = 1$, whatever the size of the gradient. The figure also
shows the norms growing as training goes on: the more closely the model fits the
training text, the steeper the loss around it.

What happens without clipping? We train once more, with consecutive sampling and
`clipping_theta=None`, everything else unchanged. `progress=False` turns off the live
figure, which would stay empty:
'''

TEXT['NOCLIP_EN'] = r'''
Training stops in the first epoch. The mean loss of that epoch is in the thousands (a
uniform guess over 27 characters has a loss of $\ln 27 \approx 3.3$), so the exponential
overflows, `perplexity` returns `inf`, and the training function raises
`FloatingPointError` with a hint. Unclipped, a step of SGD moves the parameters by
$\text{lr} \times \|\mathbf{g}\|$; at the gradient norms measured above (0.090 to 1.40)
that is 9 to 140 times as far as a clipped step, and a few such steps throw the model so
far that its predictions become confidently wrong.
'''

TEXT['EX1_EN'] = r'''
```{admonition} Exercise 1
:class: exercise
Without clipping, a learning rate of 100 makes training diverge in the first epoch (see
above). Remove clipping (`clipping_theta=None`) and lower the learning rate to 10, then
to 1. Train each for 20 epochs with consecutive sampling and compare the training and
held-out perplexity with those of the clipped run (learning rate 100) after 20 epochs.
What do you conclude?
```

```{admonition} Answer
:class: dropdown answer
EX1_ANSWER_EN
```
'''

TEXT['EX3_EN'] = r'''
```{admonition} Exercise 3
:class: exercise
Find in the figure the epoch with the lowest held-out perplexity. If training stopped at
that epoch, what would the generated text look like? How can training do this
automatically?
```

```{admonition} Answer
:class: dropdown answer
In this lesson's runs, held-out perplexity was lowest at epoch 70 with random sampling
and at epoch 61 with consecutive sampling, and rose after that. The model of that epoch
writes text that is not yet very fluent (the samples printed at epochs 50 and 75 give
an idea), but it predicts new text best. The later epochs keep lowering training
perplexity mostly by memorising the training text, which does not carry over to new
text. **Early stopping** works like this: compute held-out perplexity after every epoch,
keep a copy of the best parameters so far (for example with `p.copy()`), stop when there
has been no improvement for a number of epochs, and use the saved parameters. Here even
the best epoch does not beat the counting model; early stopping picks the best network,
it does not make the network better than its best epoch.
```
'''

TEXT['EX4_EN'] = r'''
```{admonition} Exercise 4
:class: exercise
Replace $\tanh$ in `rnn` by ReLU (`nd.relu`) and train again with this lesson's
hyperparameters. What happens? How is it related to gradient clipping?
```

```{admonition} Answer
:class: dropdown answer
EX4_ANSWER_EN
```
'''

TEXT['EX5_EN'] = r'''
```{admonition} Exercise 5
:class: exercise
Change `num_steps` (to 10 and 70, say), compare training perplexity and the time per
epoch of the two sampling methods, and explain the differences.
```

```{admonition} Answer
:class: dropdown answer
EX5_ANSWER_EN
```
'''

TEXT['EX6_EN'] = r'''
```{admonition} Exercise 6
:class: exercise
Train for the original book's 200 epochs instead of 100, with both sampling methods.
What happens to training and held-out perplexity, and what does the extra time buy?
```

```{admonition} Answer
:class: dropdown answer
EX6_ANSWER_EN
```
'''
