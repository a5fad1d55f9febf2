#!/bin/sh
# tests/shell/eval_floor.sh -- build the dev corpus, export N-Quads, score
# them and fail when a facet falls below its floor in tests/eval-floors.txt.
case "$SHARED" in
/*) shared=$SHARED ;;
*) shared=$TOP/$SHARED ;;
esac
if [ ! -d "$shared/corpus/dev/gold" ]; then
  echo "skip: no $shared/corpus/dev"
  exit 0
fi
"$NG" build -q -d eval.db "$shared/corpus/dev" >build.out 2>&1
"$NG" export -d eval.db -f nquads -o eval.nq || { cat build.out; exit 1; }
python3 "$shared/eval/score.py" eval.nq "$shared/corpus/dev/gold" --json \
  >score.json || exit 1
python3 - "$TOP/tests/eval-floors.txt" score.json <<'PY'
import json, sys
floors = {}
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.strip()
    if line and not line.startswith("#"):
        facet, floor = line.split()
        floors[facet] = float(floor)
facets = json.load(open(sys.argv[2], encoding="utf-8"))["facets"]
bad = 0
for facet, floor in floors.items():
    f1 = facets[facet]["f1"]
    if f1 < floor:
        print(f"{facet}: F1 {f1:.3f} is below its floor {floor:.3f}")
        bad = 1
    else:
        print(f"{facet}: F1 {f1:.3f} (floor {floor:.3f})")
sys.exit(bad)
PY
