#!/bin/sh
# tests/shell/evt_around_visit.sh -- 仪式前,X一行参观了…车间: a visit
# around the ceremony under way by one who takes part in it, on no day of
# its own, is no event of its own; one on a day of its own still is.
fail() { echo "FAIL: $*"; exit 1; }

cat >a.txt <<'TXT'
测试

10月15日上午,沭阳县重大项目集中开工仪式在经济技术开发区举行。县委书记严卫国宣布项目开工,县长皮建明致辞。
仪式前,严卫国一行参观了江苏华骏精密机械有限公司生产车间。
10月16日,皮建明到扎下镇调研乡村振兴工作。
TXT
"$NG" extract --date 2025-10-17 a.txt >a.nq || fail "extract exits non-zero"
n=$(grep -o '^<[^>]*/event/[^>]*>' a.nq | sort -u | wc -l)
[ "$n" -eq 2 ] || fail "$n events, want 2 (仪式前…参观 is the ceremony's)"
grep -q '/event/2025-10-16_' a.nq || fail "the visit of 10-16 is no event"
exit 0
