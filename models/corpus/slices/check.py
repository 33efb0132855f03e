import json, sys, collections
path = sys.argv[1]
labels = {"none", "grey", "abusive", "threat"}
keys = {"text", "label", "target_role", "platform", "functionality", "note"}
texts = collections.Counter(); starts = collections.Counter(); by = collections.Counter(); func = collections.Counter()
bad = 0; long_ = 0; n = 0
for i, line in enumerate(open(path, encoding="utf-8"), 1):
    if not line.strip():
        continue
    try:
        o = json.loads(line)
    except Exception as e:
        print(f"line {i}: invalid JSON: {e}"); bad += 1; continue
    if set(o) != keys: print(f"line {i}: keys {sorted(o)}"); bad += 1
    if o.get("label") not in labels: print(f"line {i}: bad label {o.get('label')}"); bad += 1
    t = str(o.get("text", "")).strip(); n += 1
    texts[t.lower()] += 1
    starts[" ".join(t.lower().split()[:4])] += 1
    by[o.get("label")] += 1; func[o.get("functionality")] += 1
    if len(t) >= 300: long_ += 1
for t, c in texts.items():
    if c > 1: print(f"duplicate x{c}: {t[:80]}")
for s, c in starts.items():
    if c > 1 and len(s.split()) >= 4: print(f"same start x{c}: {s}")
print(f"{n} lines, {bad} bad, {long_} long (>=300 chars)")
print("labels:", dict(by)); print("functionality:", dict(func))
