#!/bin/sh
# tests/shell/evt_lecture.sh -- X深入甲村,为村党员群众宣讲…: an activity X
# speaks at (no visit X leads); who chairs the 宣讲会 chairs it; a member of
# a 宣讲团 names no activity.
fail() { echo "FAIL: $*"; exit 1; }

cat >a.txt <<'TXT'
测试

7月1日,县委宣讲团成员、县委党校常务副校长项建明深入壶镇镇溪口岭村,为村党员群众宣讲党的创新理论。宣讲会由村党支部书记丁秀云主持。
TXT
"$NG" extract --date 2025-07-02 a.txt >a.nq || fail "extract exits non-zero"
n=$(grep -o '^<[^>]*/event/[^>]*>' a.nq | sort -u | wc -l)
[ "$n" -eq 1 ] || fail "$n events, want 1"
grep -q "speaker> <[^>]*/person/项建明>" a.nq || fail "项建明 does not speak"
grep -q "lead> <[^>]*/person/项建明>" a.nq && fail "项建明 leads a visit"
grep -q "chair> <[^>]*/person/丁秀云>" a.nq || fail "丁秀云 does not chair"
exit 0
