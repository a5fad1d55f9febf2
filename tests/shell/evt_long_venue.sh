#!/bin/sh
# tests/shell/evt_long_venue.sh -- an event named before a long venue
# (…开工仪式在县经济开发区新能源电池材料项目现场举行) is held there all the
# same: one dated ceremony that the roles of the next sentences join.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'
N='<https://w3id.org/newsgraph/ns#'
L='<http://www.w3.org/2000/01/rdf-schema#label>'

cat >v.txt <<'TXT'
项目集中开工

9月22日上午，东湖县第三季度重点项目集中开工仪式在县经济开发区新能源电池材料项目现场举行。县委副书记、县长廖文娟致辞，县委常委、常务副县长邹明彬主持仪式。
TXT
"$NG" extract --date 2025-09-23 v.txt >v.nq || fail "extract exits non-zero"
ev=$(grep "$L \"[^\"]*第三季度重点项目集中开工仪式\"" v.nq | sed 's/ .*//')
[ -n "$ev" ] || fail "the ceremony before a long venue is not named"
grep -q "^$ev ${S}startDate> \"2025-09-22\"" v.nq || fail "the ceremony is not dated"
grep -q "^$ev ${N}chair> <[^>]*/person/邹明彬>" v.nq || fail "who chairs is not at the ceremony"
grep -q "^$ev ${N}speaker> <[^>]*/person/廖文娟>" v.nq || fail "who gives the address is not at the ceremony"
exit 0
