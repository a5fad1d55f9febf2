#!/usr/bin/env python3
"""scripts/ner_score.py -- span F1 of the entity recognizers on public NER data.

usage: ner_score.py NAME GOLD.tsv PREDICTED.tsv

GOLD.tsv is a ../shared/data/ner gold file (line, start, end, type, text);
PREDICTED.tsv is what scripts/ner_spans.c prints (line, kind, text). A
prediction is right when the same line has a gold span of the same kind and
the same text (each gold span matched once). Gold types are read as PER
(PER, NAME), ORG (ORG, GOV), LOC (LOC, GPE) and TITLE; other types are not
scored, nor are kinds the gold file never uses.
"""
import collections
import sys

KIND = {"PER": "PER", "NAME": "PER", "ORG": "ORG", "GOV": "ORG", "LOC": "LOC", "GPE": "LOC",
        "TITLE": "TITLE"}


def main():
    name, gold_path, pred_path = sys.argv[1:4]
    gold, pred = collections.Counter(), collections.Counter()
    for n, row in enumerate(open(gold_path, encoding="utf-8")):
        f = row.rstrip("\n").split("\t")
        if n == 0 and f[0] == "line_no":
            continue
        if len(f) >= 5 and f[3] in KIND:
            gold[(f[0], KIND[f[3]], f[4])] += 1
    kinds = {k for _, k, _ in gold}
    for row in open(pred_path, encoding="utf-8"):
        f = row.rstrip("\n").split("\t")
        if len(f) == 3 and f[1] in kinds:
            pred[(f[0], f[1], f[2])] += 1
    print(f"{name}: {'kind':6} {'precision':>9} {'recall':>7} {'f1':>6}  {'gold':>6}")
    for kind in sorted(kinds):
        g = sum(v for k, v in gold.items() if k[1] == kind)
        p = sum(v for k, v in pred.items() if k[1] == kind)
        tp = sum(min(v, gold[k]) for k, v in pred.items() if k[1] == kind)
        pr = tp / p if p else 0.0
        rc = tp / g if g else 0.0
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        print(f"{name}: {kind:6} {pr:9.3f} {rc:7.3f} {f1:6.3f}  {g:6d}")


if __name__ == "__main__":
    main()
