#!/bin/sh
# tests/shell/evt_area_list_reports.sh -- 听取甲县、乙乡乡村振兴工作汇报:
# the last area of a list of areas that report reports too, its topic run
# into its name; an area inside the topic (关于甲镇、乙镇…) does not.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >a.txt <<'TXT'
测试

7月3日下午,自治州副州长吕振华在伊宁县委常委会议室主持召开座谈会,听取伊宁县、喀拉亚尕奇乡乡村振兴工作汇报。
TXT
"$NG" extract --date 2025-07-04 a.txt >a.nq || fail "extract exits non-zero"
for b in 伊宁县 喀拉亚尕奇乡; do
  grep -q "${S}attendee> <[^>]*/$b>" a.nq || fail "$b (reports) does not take part"
done
exit 0
