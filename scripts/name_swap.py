#!/usr/bin/env python3
"""scripts/name_swap.py -- a copy of an evaluation set in which every
person of the gold is renamed, to tell whether the recognizers find names
they have never seen in the contexts the set's texts give them.

usage: name_swap.py [--seed N] SET_DIR OUT_DIR NER_GOLD.tsv...

Each person the gold lists under one name (no traditional or other
alternative) and whose name stands in the text is given another name of the
same length, drawn from the PER spans of the public NER data (NER_GOLD.tsv:
line_no, start, end, type, text) whose first character is a family name of
data/surnames.txt; the new name is written wherever the old one was, in the
text and in the gold (persons, holds, participants, authors). Files whose
gold gives a person alternatives are left out, and so are files that are
not UTF-8. The same SEED and set name give the same copy; SEED 0 renames
no one, and scores the same files with their own names, the figure to
compare the renamed copies with. Scored with
../shared/eval/score.py like the set itself; `make eval-names` runs it on
the development sets.
"""
import json
import os
import random
import re
import sys

HAN = re.compile(r"[\u4e00-\u9fff]{2,3}")


def surnames(path):
    with open(path, encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip() and not w.startswith("#")}


def pool(paths, families):
    names = set()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for row in f:
                x = row.rstrip("\n").split("\t")
                if (len(x) >= 5 and x[3] in ("PER", "NAME")
                        and HAN.fullmatch(x[4]) and x[4][0] in families):
                    names.add(x[4])
    by_len = {2: [], 3: []}
    for n in sorted(names):
        by_len[len(n)].append(n)
    return by_len


def swap(set_dir, out_dir, names, rng, seed):
    gold_dir = os.path.join(set_dir, "gold")
    os.makedirs(os.path.join(out_dir, "gold"), exist_ok=True)
    kept = 0
    for g in sorted(os.listdir(gold_dir)):
        if not g.endswith(".json"):
            continue
        with open(os.path.join(gold_dir, g), encoding="utf-8") as f:
            gold_text = f.read()
        gold = json.loads(gold_text)
        if any("|" in p for p in gold["persons"]):
            continue
        try:
            with open(os.path.join(set_dir, gold["file"]),
                      encoding="utf-8") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError):
            continue
        new = {}
        flat = re.sub(r"\r?\n", "", text)
        for p in gold["persons"] if seed else []:
            if len(p) not in names or not HAN.fullmatch(p) or p not in flat:
                continue
            for _ in range(100):
                n = rng.choice(names[len(p)])
                if n not in text and n not in new.values():
                    new[p] = n
                    break
        for old in sorted(new, key=len, reverse=True):
            # a name a page's line break cuts (张\n三) is renamed too
            cut = "\r?\n?".join(map(re.escape, old))
            text = re.sub(cut, new[old], text)
            gold_text = gold_text.replace(old, new[old])
        with open(os.path.join(out_dir, gold["file"]), "w",
                  encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(out_dir, "gold", g), "w",
                  encoding="utf-8") as f:
            f.write(gold_text)
        kept += 1
    return kept


def main():
    args = sys.argv[1:]
    seed = 1
    if len(args) >= 2 and args[0] == "--seed":
        seed = int(args[1])
        args = args[2:]
    if len(args) < 3:
        sys.exit(__doc__.split("\n\n")[1])
    set_dir, out_dir, ner = args[0], args[1], args[2:]
    here = os.path.dirname(os.path.abspath(__file__))
    families = surnames(os.path.join(here, "..", "data", "surnames.txt"))
    names = pool(ner, families)
    rng = random.Random("%d:%s" % (seed, os.path.basename(set_dir.rstrip("/"))))
    kept = swap(set_dir, out_dir, names, rng, seed)
    print(f"{set_dir}: {kept} files renamed into {out_dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
