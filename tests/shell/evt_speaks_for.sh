#!/bin/sh
# tests/shell/evt_speaks_for.sh -- a person who speaks as a kind of
# representative (项目业主代表、甲公司总经理X作表态发言; X代表投资方
# 发言) brings in the body he holds his post in.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >r.txt <<'TXT'
开工

9月2日上午,县第三季度重点项目集中开工仪式在县工业园区举行。县长李平出席并致辞。项目业主代表、安徽华信电子有限公司总经理周涛作表态发言。江苏明泰化工有限公司董事长吴军代表投资方发言。
TXT
"$NG" extract --date 2025-09-03 r.txt >r.nq || fail "extract exits non-zero"
for b in 安徽华信电子有限公司 江苏明泰化工有限公司; do
  grep -q "${S}attendee> <[^>]*/org/[^>]*$b>" r.nq || fail "$b takes no part"
done
exit 0
