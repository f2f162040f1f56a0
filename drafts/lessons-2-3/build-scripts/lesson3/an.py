import json, sys
recs = {}
for line in open(sys.argv[1]):
    if line.startswith('{'):
        r = json.loads(line); recs[r['name']] = r
target = recs['sgd_tanh']['final_train'] if 'sgd_tanh' in recs else None
print('target', target)
for n, r in recs.items():
    if 'error' in r: print(n, r['error']); continue
    hit = next((i for i, p in enumerate(r['train']) if p <= target), None)
    print(f"{n:11s} ep {r['epochs']:3d} final_tr {r['final_train']:7.2f} best_va {r['best_valid']:8.2f} @ {r['best_epoch']:3d} ({r['best_sec']:5.1f}s) final_va {r['final_valid']:9.2f} s/ep {r['sec_per_epoch']:.3f} clip {r['clipped_frac']:.2f} target@ {None if hit is None else (hit+1, r['seconds'][hit])} tr1 {r['train'][0]}")
