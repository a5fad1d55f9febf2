#!/bin/sh
# tests/shell/evt_area_speaks_from.sh -- areas that speak at a meeting take
# part in it as bodies also when where they speak from (在分会场) or the
# topic (分别就…工作) stands between the list and 作…发言.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >a.txt <<'TXT'
测试

3月5日,全省春季农业生产视频调度会召开。副省长韩立新出席会议并讲话。宜宾市、泸州市在分会场作交流发言。
会上,玉兴社区、芳林社区分别就网格员队伍建设等工作作交流发言。
TXT
"$NG" extract --date 2025-03-06 a.txt >a.nq || fail "extract exits non-zero"
for b in 宜宾市 泸州市 玉兴社区 芳林社区; do
  grep -q "${S}attendee> <[^>]*/org/$b>" a.nq || fail "$b (speaks) does not take part"
done
exit 0
