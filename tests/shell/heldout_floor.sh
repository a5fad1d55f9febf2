#!/bin/sh
# tests/shell/heldout_floor.sh -- extract each held-out set listed in
# tests/heldout-floors.txt, score it against its gold and fail when its
# overall F1 falls below its floor: rules written from these sets stay.
fail() { echo "FAIL: $*"; exit 1; }
case "$SHARED" in
/*) shared=$SHARED ;;
*) shared=$TOP/$SHARED ;;
esac
[ -f "$shared/eval/score.py" ] || { echo "skip: no $shared/eval/score.py"; exit 0; }
bad=0
while read -r set floor; do
  case $set in '#'* | '') continue ;; esac
  dir=$TOP/tests/$set
  [ -d "$dir/gold" ] || fail "$set: no $dir/gold"
  "$NG" extract "$dir" >"$set.nq" 2>"$set.err" || fail "$set: $(cat "$set.err")"
  python3 "$shared/eval/score.py" "$set.nq" "$dir/gold" --json >"$set.json" ||
    fail "$set: score.py"
  python3 - "$set" "$floor" "$set.json" <<'PY' || bad=1
import json, sys
name, floor = sys.argv[1], float(sys.argv[2])
f1 = json.load(open(sys.argv[3], encoding="utf-8"))["overall_f1"]
print(f"{name}: overall F1 {f1:.3f} (floor {floor:.3f})")
sys.exit(f1 < floor)
PY
done <"$TOP/tests/heldout-floors.txt"
exit $bad
