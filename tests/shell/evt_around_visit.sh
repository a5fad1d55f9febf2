#!/bin/sh
# tests/shell/evt_around_visit.sh -- 仪式前,X一行参观了…车间: a visit
# around the ceremony under way by one who takes part in it is a visit of
# its own, of the ceremony's day (ANNOTATION.md: visits are events), as one
# on a day of its own is.
fail() { echo "FAIL: $*"; exit 1; }

cat >a.txt <<'TXT'
测试

10月15日上午,甲县重大项目集中开工仪式在经济技术开发区举行。县委书记石立新宣布项目开工,县长柯明远致辞。
仪式前,石立新一行参观了某某精密机械有限公司生产车间。
10月16日,柯明远到东湖镇调研乡村振兴工作。
TXT
"$NG" extract --date 2025-10-17 a.txt >a.nq || fail "extract exits non-zero"
n=$(grep -o '^<[^>]*/event/[^>]*>' a.nq | sort -u | wc -l)
[ "$n" -eq 3 ] || fail "$n events, want 3 (仪式前…参观 is a visit of its own)"
grep -q '/event/2025-10-16_' a.nq || fail "the visit of 10-16 is no event"
[ "$(grep -o '^<[^>]*/event/2025-10-15_[^>]*>' a.nq | sort -u | wc -l)" -eq 2 ] ||
  fail "the tour is not of the ceremony's day"
exit 0
