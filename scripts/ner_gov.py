#!/usr/bin/env python3
"""scripts/ner_gov.py -- span F1 of the entity recognizers on the sentences
of a ../shared/data/ner set that read like government and party news.

usage: ner_gov.py [-v|--verbose] DOCS.txt GOLD.tsv PREDICTED.tsv

A sentence is in the subset when it holds one of the GOV words below (posts
such as 书记/市长/主任/部长/委员, bodies such as 政府/党委/人大/政协, and the
verbs of official news such as 会见/视察/指出/强调/出席/主持). The figures
(PER, ORG, LOC; the same matching as scripts/ner_score.py: same line, kind
and text) are then taken on those sentences only. With -v, the gold spans
that were missed and the predictions that were wrong follow, one a line:
MISS|FALSE TAB LINE TAB KIND TAB TEXT TAB SENTENCE.
"""
import collections
import re
import sys

KIND = {"PER": "PER", "NAME": "PER", "ORG": "ORG", "GOV": "ORG", "LOC": "LOC", "GPE": "LOC"}

GOV = re.compile(
    "书记|市长|省长|县长|区长|镇长|乡长|主任|部长|厅长|局长|委员|主席|总理|"
    "总统|首相|秘书长|司令|政委|大使|同志|领导|干部|"
    "政府|党委|市委|省委|县委|区委|人大|政协|中央|国务院|"
    "会见|会谈|视察|考察|调研|指出|强调|表示|出席|主持|参加|陪同|讲话|"
    "会议|座谈|代表团|访问")


def main():
    args = sys.argv[1:]
    verbose = bool(args) and args[0] in ("-v", "--verbose")
    if verbose:
        args = args[1:]
    docs_path, gold_path, pred_path = args
    lines = open(docs_path, encoding="utf-8").read().split("\n")
    keep = {str(i + 1) for i, s in enumerate(lines) if GOV.search(s)}
    gold, pred = collections.Counter(), collections.Counter()
    for n, row in enumerate(open(gold_path, encoding="utf-8")):
        f = row.rstrip("\n").split("\t")
        if n == 0 and f[0] == "line_no":
            continue
        if len(f) >= 5 and f[3] in KIND and f[0] in keep:
            gold[(f[0], KIND[f[3]], f[4])] += 1
    kinds = {k for _, k, _ in gold}
    for row in open(pred_path, encoding="utf-8"):
        f = row.rstrip("\n").split("\t")
        if len(f) >= 3 and f[1] in kinds and f[0] in keep:
            pred[(f[0], f[1], f[2])] += 1
    print(f"gov subset: {len(keep)} of {len(lines) - (lines[-1] == '')} sentences")
    print(f"gov: {'kind':6} {'precision':>9} {'recall':>7} {'f1':>6}  {'gold':>6}")
    for kind in sorted(kinds):
        g = sum(v for k, v in gold.items() if k[1] == kind)
        p = sum(v for k, v in pred.items() if k[1] == kind)
        tp = sum(min(v, gold[k]) for k, v in pred.items() if k[1] == kind)
        pr = tp / p if p else 0.0
        rc = tp / g if g else 0.0
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        print(f"gov: {kind:6} {pr:9.3f} {rc:7.3f} {f1:6.3f}  {g:6d}")
    if verbose:
        for k, v in sorted(gold.items(), key=lambda x: (int(x[0][0]), x[0][1])):
            if pred[k] < v:
                print(f"MISS\t{k[0]}\t{k[1]}\t{k[2]}\t{lines[int(k[0]) - 1]}")
        for k, v in sorted(pred.items(), key=lambda x: (int(x[0][0]), x[0][1])):
            if gold[k] < v:
                print(f"FALSE\t{k[0]}\t{k[1]}\t{k[2]}\t{lines[int(k[0]) - 1]}")


if __name__ == "__main__":
    main()
