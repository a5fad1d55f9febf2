#!/bin/sh
# tests/shell/venues.sh -- the halls where meetings are held (…行政中心,
# …人民会堂, …报告厅) are places, and the meeting held there has them as
# its location.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >venue.txt <<'TXT'
全县经济工作会议召开

6月1日,全县经济工作会议在洛宁县行政中心召开。县委书记林振华出席会议并讲话。

6月2日,专题报告会在县委党校报告厅举行,县长孙立新出席。

6月3日,县第十八届人民代表大会第三次会议在县人民会堂开幕,县委书记林振华出席。
TXT
"$NG" extract --date 2024-06-04 venue.txt >v.nq || fail "extract exits non-zero"
for p in 洛宁县行政中心 县委党校报告厅 县人民会堂; do
  grep -q "${S}location> <[^>]*/place/$p>" v.nq || fail "$p is not the location of the event held there"
done
exit 0
