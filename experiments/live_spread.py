"""How far the training results the lessons quote move on another machine (make spread).

A class runs a lesson on other CPUs, with other thread counts, while other
programs run. Floating-point sums then add up in another order, and training
amplifies the difference. This script runs every lesson that trains, top to
bottom in a fresh kernel, under settings a class may meet:

* ``threads-1``, ``threads-4``: OMP_NUM_THREADS forced (the governor off; with
  4 threads a waiting thread spins briefly, as the helpers' default, so that
  four threads on two cores do not wait for each other for long);
* ``loaded``: the shipped automatic threads while another process keeps one
  core busy (the governor then changes MXNet's thread count during the run);
* ``seed-1``, ``seed-2``: the shipped settings, with every seed of the
  training cells (tagged nbval-ignore-output) moved on by 1 or 2.

The shipped run itself (automatic threads, idle machine, seed as written) is
the stored notebook (``make execute``). Each run's printed text, cell by cell,
goes to experiments/results/live-spread/<language>-<lesson>-<setting>.json;
``--summary`` then writes experiments/results/live-spread.json, which the
lessons load: per lesson, every line its training cells print, in order, with
each number replaced by its range over the runs ("214.52–234.05"), so that the
prose can quote what a class will see.

    python experiments/live_spread.py                   # every setting and lesson
    python experiments/live_spread.py --summary         # the ranges, from the stored runs
    python experiments/live_spread.py --settings seed-1 --lessons zh/rnn-scratch --again

A run whose results are stored is skipped unless --again is given.

Run it on an otherwise idle machine (one run at a time): about 10 minutes a setting.
"""
import argparse
import json
import os
import pathlib
import re
import subprocess
import sys
import time

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / 'tools'))
from execute_notebooks import lesson_environment  # noqa: E402
from nbfiles import CHAPTERS, read, source, tags  # noqa: E402

RESULTS = REPO / 'experiments' / 'results' / 'live-spread'
#: The lessons whose prose quotes training results.
LESSONS = ['zh/rnn-scratch', 'en/rnn-scratch', 'zh/rnn-gluon', 'en/rnn-gluon',
           'zh/rnn-pytorch', 'en/rnn-pytorch']
#: setting name -> (environment changes, seed shift, keep one core busy)
SETTINGS = {
    'threads-1': ({'OMP_NUM_THREADS': '1'}, 0, False),
    'loaded': ({}, 0, True),
    'seed-1': ({}, 1, False),
    'threads-4': ({'OMP_NUM_THREADS': '4', 'GOMP_SPINCOUNT': '10000'}, 0, False),
    'seed-2': ({}, 2, False),
}
SEED_CALL = re.compile(r'(set_seed|manual_seed)\((\d+)\)')
#: The settings as the lessons name them.
LABELS = {
    'en': {'threads-1': '1 thread', 'loaded': 'one core busy', 'seed-1': 'seeds + 1',
           'threads-4': '4 threads', 'seed-2': 'seeds + 2'},
    'zh': {'threads-1': '1 个线程', 'loaded': '一个核心被占用', 'seed-1': '种子 + 1',
           'threads-4': '4 个线程', 'seed-2': '种子 + 2'},
}
#: A printed number: 1,027, -0.010, 4.948e+247, or inf and nan (a diverged run).
NUMBER = re.compile(r'[-+]?(?:\d+(?:,\d{3})*(?:\.\d+)?(?:e[-+]?\d+)?|inf\b|nan\b)')
SUMMARY = REPO / 'experiments' / 'results' / 'live-spread.json'
#: What comes before a line's first colon: what the line is about.
LABEL = re.compile(r'[:：]')
#: One line for the generated texts of one label that differ between runs.
VARIANTS = {'en': '{label}: {texts} different texts in {runs} runs',
            'zh': '{label}：{runs} 次运行中有 {texts} 种不同的文本'}


def shifted(nb, shift):
    """nb with the seeds of its training cells moved on by `shift`."""
    for cell in nb['cells']:
        cell['source'] = source(cell)
        if cell['cell_type'] == 'code' and 'nbval-ignore-output' in tags(cell):
            cell['source'] = SEED_CALL.sub(
                lambda m: f'{m.group(1)}({int(m.group(2)) + shift})', cell['source'])
    return nb


def result_lines(text):
    """The lines of `text` that report results: not samples (indented, or ' - ...')."""
    return [line.rstrip() for line in text.splitlines()
            if line.strip() and not line.startswith((' ', '\t'))]


def ranged(lines):
    """One line of the same template from each run -> the line with ranges.

    Each number becomes "low–high" over the runs (the printed strings, ordered
    by value), or stays as it is where every run printed the same.
    """
    numbers = [NUMBER.findall(line) for line in lines]
    pieces = NUMBER.split(lines[0])
    out = [pieces[0]]
    for i, piece in enumerate(pieces[1:]):
        values = sorted({n[i] for n in numbers}, key=lambda v: float(v.replace(',', '')))
        out.append(values[0] if len(values) == 1 else f'{values[0]}–{values[-1]}')
        out.append(piece)
    return ''.join(out)


def summary(records, lang='en'):
    """The printed result lines of the training cells, numbers as ranges over `records`.

    records: one record per run of one lesson (see `run`), its training
    cells (tagged nbval-ignore-output) by cell id. Lines are matched
    by template (the line with its numbers masked) and by occurrence in their
    cell; a line that not every run printed says in how many it appears.
    Generated text differs from run to run: when three or more lines that
    only some runs printed share the label before their first colon
    (``temperature 0: <sample>``), they become one line saying how many texts
    there were, in the lesson's language `lang`. Two such lines (a choice
    that went one way in some runs, the other way in the rest) both stay.
    """
    lines = []
    cells = list(dict.fromkeys(i for r in records for i in r['cells']))
    for i in cells:
        order, found = [], {}
        for r in records:
            seen = {}
            for line in result_lines(r['cells'].get(i, '')):
                key = NUMBER.sub('#', line)
                seen[key] = seen.get(key, 0) + 1
                slot = (key, seen[key])
                if slot not in found:
                    order.append(slot)
                found.setdefault(slot, []).append(line)
        partial = [slot for slot in order if len(found[slot]) < len(records)]
        labels = [LABEL.split(found[slot][0])[0] for slot in partial]
        shared = {lab for lab in labels if labels.count(lab) > 2}
        done = set()
        for slot in order:
            label = LABEL.split(found[slot][0])[0]
            if slot in partial and label in shared:
                if label not in done:  # one line for all the texts of this label
                    done.add(label)
                    lines.append(VARIANTS[lang].format(
                        label=label, texts=labels.count(label), runs=len(records)))
                continue
            line = ranged(found[slot])
            if slot in partial:
                line += f'  ({len(found[slot])}/{len(records)})'
            lines.append(line)
    return lines


def record_path(lesson, setting):
    """Where the run of `lesson` ('zh/rnn-scratch') under `setting` is stored."""
    return RESULTS / f"{lesson.replace('/', '-')}-{setting}.json"


def stored_records(lesson):
    """The stored runs of `lesson`, in the order of SETTINGS (missing ones left out)."""
    paths = [record_path(lesson, setting) for setting in SETTINGS]
    return [json.loads(path.read_text(encoding='utf-8')) for path in paths if path.is_file()]


def summarize():
    """Write SUMMARY from the stored runs of every lesson."""
    out = {}
    for lesson in LESSONS:
        lang = lesson.split('/')[0]
        records = stored_records(lesson)
        if records:
            out[lesson] = {'settings': [LABELS[lang][r['setting']] for r in records],
                           'lines': summary(records, lang)}
    SUMMARY.write_text(json.dumps(out, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
    return out


def printed(cell):
    """The text a code cell printed: streams, plain-text results and errors.

    A result or an error starts a line of its own and ends it (a status line
    shown with the live figure is a plain-text result).
    """
    parts = []
    for out in cell.get('outputs', []):
        if out['output_type'] == 'stream':
            parts.append(''.join(out['text']))
        elif out['output_type'] == 'error':
            parts.append(f"\n{out['ename']}: {out['evalue']}\n")
        elif 'text/plain' in out.get('data', {}) and 'image/png' not in out['data']:
            parts.append(f"\n{''.join(out['data']['text/plain'])}\n")
    return ''.join(parts)


def run(lesson, setting):
    """Execute chapters/<lesson>.ipynb under `setting`; returns the record stored."""
    import nbformat
    from nbclient import NotebookClient

    changes, shift, busy = SETTINGS[setting]
    path = CHAPTERS / f'{lesson}.ipynb'
    nb = nbformat.from_dict(shifted(read(path), shift))
    saved = dict(os.environ)
    lesson_environment()
    os.environ.update(changes)
    spinner = (subprocess.Popen([sys.executable, '-c', 'while True: pass'])
               if busy else None)
    start = time.time()
    try:
        NotebookClient(nb, timeout=1800, kernel_name='python3', allow_errors=True,
                       resources={'metadata': {'path': str(path.parent)}}).execute()
    finally:
        if spinner:
            spinner.kill()
        os.environ.clear()
        os.environ.update(saved)
    return {'lesson': lesson, 'setting': setting, 'seconds': round(time.time() - start),
            'environment': changes, 'seed_shift': shift, 'one_core_busy': busy,
            'cells': {c.id: printed(c) for c in nb.cells
                      if c.cell_type == 'code' and 'nbval-ignore-output' in tags(c)}}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--settings', nargs='+', default=list(SETTINGS), choices=SETTINGS)
    parser.add_argument('--lessons', nargs='+', default=LESSONS, choices=LESSONS)
    parser.add_argument('--summary', action='store_true',
                        help='only write the ranges of the runs already stored')
    parser.add_argument('--again', action='store_true',
                        help='run again what has stored results (else skipped)')
    args = parser.parse_args()
    if args.summary:
        summarize()
        return
    RESULTS.mkdir(parents=True, exist_ok=True)
    for setting in args.settings:
        for lesson in args.lessons:
            out = record_path(lesson, setting)
            if out.is_file() and not args.again:
                continue
            record = run(lesson, setting)
            out.write_text(json.dumps(record, ensure_ascii=False, indent=1) + '\n',
                           encoding='utf-8')
            errors = [i for i, text in record['cells'].items() if 'Error: ' in text]
            print(f"{lesson} {setting}: {record['seconds']} s; cells with errors: "
                  f"{errors or 'none'}", flush=True)


if __name__ == '__main__':
    main()
