"""Prose claims of the appendix: (notebook, prose, output); see tests/test_prose_numbers.py."""

CLAIMS = [
    ('en/appendix', 'Three processes, three orders',
     "PYTHONHASHSEED=1: ['t', 'm', 'e', 'a', ' ', 'h', 'c', 'i'] "
     "PYTHONHASHSEED=2: ['h', 't', ' ', 'e', 'c', 'm', 'i', 'a'] "
     "PYTHONHASHSEED=3: ['e', ' ', 'm', 'c', 'h', 't', 'i', 'a']"),
    ('en/appendix', 'on Linux the type in the message is spelled `N5mxnet10Imperative6AGInfoE`',
     'detach=False: MXNetError: Check failed: type_ != nullptr: The any container is empty '
     'requested=N5mxnet10Imperative6AGInfoE'),
    ('en/appendix', 'The remedy was always the line lesson 1 explains: keep the detached state',
     'detach=True: no error'),
    ('zh/appendix', '三个进程，三种顺序',
     "PYTHONHASHSEED=1: ['想', '升', '你', '要', '飞', '机', '直', ' ', '和', '有'] "
     "PYTHONHASHSEED=2: ['飞', ' ', '和', '机', '你', '直', '要', '想', '升', '有'] "
     "PYTHONHASHSEED=3: ['要', '直', '升', '机', '想', '和', '你', ' ', '有', '飞']"),
    ('zh/appendix', '在 Linux 上，信息中的类型名写作 `N5mxnet10Imperative6AGInfoE`',
     'detach=False： MXNetError: Check failed: type_ != nullptr: The any container is empty '
     'requested=N5mxnet10Imperative6AGInfoE'),
    ('zh/appendix', '正确的解决办法始终是第 1 课讲的那一行：保留分离后的状态',
     'detach=True：没有错误'),
]
