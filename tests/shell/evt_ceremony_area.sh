#!/bin/sh
# tests/shell/evt_ceremony_area.sh -- the area a ceremony is named after
# (甲县…集中开工仪式) does not hold it; a body named first does, and so does
# the area of a signing ceremony (甲市…项目签约仪式), a side of it.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >a.txt <<'TXT'
测试

10月15日上午,沭阳县2025年秋季重大项目集中开工仪式在沭阳经济技术开发区举行。县委书记严卫国宣布项目开工。
12月9日,潍坊市长三角地区重点合作项目签约仪式在上海举行。市长邢建新出席并致辞。
TXT
"$NG" extract --date 2025-12-10 a.txt >a.nq || fail "extract exits non-zero"
grep -q "开工仪式> ${S}organizer>" a.nq && fail "沭阳县 holds its 开工仪式"
grep -q "签约仪式> ${S}organizer> <[^>]*潍坊市>" a.nq || fail "潍坊市 does not hold its 签约仪式"
exit 0
