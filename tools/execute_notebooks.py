"""Re-execute lesson notebooks in place, always the same way (make execute).

Each notebook runs top to bottom in a fresh kernel with the settings its
stored outputs must be made with: the helpers' own thread defaults (any
OMP_* or MXNET_* variable of the caller is removed), PYTHONHASHSEED=0, the
notebook's folder as working directory. Consecutive stream outputs of a cell
are merged into one block, so the book shows one block per cell.

    python tools/execute_notebooks.py chapters/zh/rnn-scratch.ipynb ...
    python tools/execute_notebooks.py            # every lesson, one after another

Run it on an otherwise idle machine: the stored timings are part of the lesson.
"""
import os
import pathlib
import sys
import time

from nbfiles import lessons, write

#: The load average (1 minute) above which timings would be disturbed.
BUSY = 0.5


def lesson_environment():
    """os.environ as the stored outputs need it: shipped thread settings, fixed hashes."""
    for name in list(os.environ):
        if name.startswith(('OMP_', 'MXNET_', 'GOMP_', 'KMP_', 'D2L_THREADS')):
            del os.environ[name]
    os.environ['PYTHONHASHSEED'] = '0'  # set() and dict orders the same in every run


def merge_streams(outputs):
    """outputs with each run of consecutive stream outputs of one name joined."""
    merged = []
    for out in outputs:
        last = merged[-1] if merged else None
        if (out['output_type'] == 'stream' and last and last['output_type'] == 'stream'
                and last['name'] == out['name']):
            last['text'] = ''.join(last['text']) + ''.join(out['text'])
        else:
            merged.append(out)
    for out in merged:
        if out['output_type'] == 'stream':
            out['text'] = ''.join(out['text']).splitlines(keepends=True)
    return merged


def execute(path):
    """Run notebook `path` in a fresh kernel and store its outputs; returns seconds."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=1800, kernel_name='python3', record_timing=False,
                            resources={'metadata': {'path': str(path.parent)}})
    start = time.time()
    client.execute()
    seconds = time.time() - start
    for cell in nb.cells:
        cell.metadata.pop('execution', None)  # timings of an older run
        if cell.cell_type == 'code':
            cell.outputs = merge_streams(cell.outputs)
    write(path, nb)
    return seconds


def main(args):
    paths = [pathlib.Path(a).resolve() for a in args] or lessons()
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise SystemExit(f'no such notebook: {", ".join(missing)}')
    lesson_environment()
    for path in paths:
        load = os.getloadavg()[0]
        if load > BUSY:
            print(f'warning: load average {load:.2f}; other work may slow the stored timings',
                  file=sys.stderr)
        seconds = execute(path)
        print(f"{path}: {seconds:.0f} s", flush=True)


if __name__ == '__main__':
    main(sys.argv[1:])
