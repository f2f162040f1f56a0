exec(open('/tmp/l2/texts_en.py', encoding='utf-8').read())
exec(open('/tmp/l2/texts_zh.py', encoding='utf-8').read())
