#!/bin/sh
# tests/shell/evt_hosts.sh -- who holds an event: every body of 由甲主办、乙承办
# 的…; the body before the venue in 甲局在市图书馆举办…; and not the builder of
# a project in 由甲公司承建的…项目举行开工仪式.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >both.txt <<'TXT'
阅读

6月2日，由市文化广电旅游局主办、市图书馆承办的全民阅读推广活动在市图书馆举行。副市长孟庆林出席并讲话。
TXT
"$NG" extract --date 2024-06-20 both.txt >b.nq || fail "extract exits non-zero"
grep "${S}organizer>" b.nq | grep -q '市文化广电旅游局' || fail "the body that 主办 does not hold it"
grep "${S}organizer>" b.nq | grep -q '市图书馆' || fail "the body that 承办 does not hold it"

cat >venue.txt <<'TXT'
阅读

6月2日，市文化广电旅游局在市图书馆举办全民阅读推广活动。副市长孟庆林出席并讲话。
TXT
"$NG" extract --date 2024-06-20 venue.txt >v.nq || fail "extract exits non-zero"
grep "${S}organizer>" v.nq | grep -q '市文化广电旅游局' || fail "the body before the venue does not hold it"
grep "${S}location>" v.nq | grep -q . || fail "the venue is not where it took place"

cat >built.txt <<'TXT'
开工

6月5日，由华建集团承建的滨河新区综合开发项目举行开工仪式。副市长孟庆林出席。
TXT
"$NG" extract --date 2024-06-20 built.txt >c.nq || fail "extract exits non-zero"
grep "${S}organizer>" c.nq | grep -q '华建集团' && fail "the builder holds the ceremony"
exit 0
