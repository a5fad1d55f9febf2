#!/bin/sh
# tests/shell/evt_cosigners.sh -- at a signing ceremony, the bodies that
# sign on either side of 与 (甲公司、乙公司等企业的代表与县人民政府
# 现场签约) take part; and a verb of the name before 暨 stays in the name
# (…产业园揭牌暨项目签约仪式).
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'
L='<http://www.w3.org/2000/01/rdf-schema#label>'

cat >s.txt <<'TXT'
签约

8月12日上午,县新材料产业园揭牌暨重点项目签约仪式在园区服务中心举行。县长李平出席仪式并致辞。随后,江苏明泰化工有限公司、安徽华信电子有限公司等8家企业的代表与县人民政府现场签约。
TXT
"$NG" extract --date 2025-08-13 s.txt >s.nq || fail "extract exits non-zero"
for b in 江苏明泰化工有限公司 安徽华信电子有限公司 县人民政府; do
  grep -q "${S}attendee> <[^>]*/org/[^>]*$b>" s.nq || fail "$b does not sign"
done
grep -q "$L \"县新材料产业园揭牌暨重点项目签约仪式\"" s.nq ||
  fail "the name is cut at 揭牌暨"
exit 0
