#!/usr/bin/env python3
"""Builds train/validation/test splits from corpus slices.

Usage: split.py OUT_DIR SLICE.jsonl...

Exact duplicates (case and whitespace folded) are dropped; near-duplicates (character-trigram
Jaccard >= 0.8) are kept together in one split so that no test example has a near-twin in
training. Clusters are assigned by a stable hash: about 20% test, 10% validation, 70% train.
If OUT_DIR/test.jsonl already exists it is kept fixed: exactly its texts stay in test, and a new
example that is a near-twin of a test example is dropped (and counted), so the test split never changes.
"""
import hashlib, json, math, os, sys

def fold(t): return " ".join(t.lower().split())
def grams(t):
    t = fold(t); return {t[i:i+3] for i in range(max(1, len(t) - 2))}

out, slices = sys.argv[1], sys.argv[2:]
keys = ["text", "label", "target_role", "platform", "functionality", "note"]
rows, seen = [], set()
for path in slices:
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip(): continue
        o = json.loads(line)
        assert o["label"] in ("none", "grey", "abusive", "threat"), f"{path}:{n}"
        k = fold(o["text"])
        if k in seen: continue
        seen.add(k); rows.append({key: o.get(key, "") for key in keys})

fixed_test = set()
test_path = os.path.join(out, "test.jsonl")
if os.path.exists(test_path):
    fixed_test = {fold(json.loads(l)["text"]) for l in open(test_path, encoding="utf-8") if l.strip()}

g = [grams(r["text"]) for r in rows]
parent = list(range(len(rows)))
def find(i):
    while parent[i] != i: parent[i] = parent[parent[i]]; i = parent[i]
    return i
# Prefix filtering (exact): order trigrams rarest first; two sets with Jaccard >= 0.8 share at least one trigram
# among the first len - ceil(0.8 * len) + 1 of each, so only pairs that do are compared.
freq = {}
for s in g:
    for t in s: freq[t] = freq.get(t, 0) + 1
index = {}
for i, s in enumerate(g):
    ranked = sorted(s, key=lambda t: (freq[t], t))
    prefix = len(ranked) - math.ceil(0.8 * len(ranked)) + 1
    candidates = set()
    for t in ranked[:prefix]:
        candidates.update(index.get(t, ()))
        index.setdefault(t, []).append(i)
    for j in candidates:
        small, large = sorted((len(g[i]), len(g[j])))
        if small < 0.8 * large: continue
        inter = len(g[i] & g[j])
        if inter and inter / len(g[i] | g[j]) >= 0.8:
            parent[find(i)] = find(j)

clusters = {}
for i in range(len(rows)): clusters.setdefault(find(i), []).append(i)
splits = {"train": [], "validation": [], "test": []}
dropped = 0
for members in clusters.values():
    if fixed_test:
        in_test = [i for i in members if fold(rows[i]["text"]) in fixed_test]
        if in_test:
            dropped += len(members) - len(in_test)
            splits["test"].extend(in_test)
            continue
        else:
            h = int(hashlib.sha256(fold(rows[members[0]]["text"]).encode()).hexdigest(), 16) % 8
            split = "validation" if h == 0 else "train"
    else:
        h = int(hashlib.sha256(fold(rows[members[0]]["text"]).encode()).hexdigest(), 16) % 10
        split = "test" if h < 2 else "validation" if h < 3 else "train"
    splits[split].extend(members)
for name, members in splits.items():
    with open(os.path.join(out, name + ".jsonl"), "w", encoding="utf-8") as f:
        for i in sorted(members):
            f.write(json.dumps(rows[i], ensure_ascii=False) + "\n")
    labels = {}
    for i in members: labels[rows[i]["label"]] = labels.get(rows[i]["label"], 0) + 1
    print(name, len(members), labels)
if fixed_test:
    print("dropped as near-twins of fixed test examples:", dropped)
