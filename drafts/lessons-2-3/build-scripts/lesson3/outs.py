import json,sys
nb=json.load(open(sys.argv[1]))
k=0
for i,c in enumerate(nb['cells']):
    if c['cell_type']!='code': continue
    k+=1
    for o in c.get('outputs',[]):
        if o.get('output_type')=='stream': print(f'[{i}] STREAM:', ''.join(o['text']).rstrip())
        elif 'data' in o:
            d=o['data']; print(f'[{i}] DATA', list(d.keys()), ''.join(d.get('text/plain',''))[:300])
        elif o.get('output_type')=='error': print(f'[{i}] ERROR', o.get('ename'), o.get('evalue'))
