#!/bin/sh
# tests/shell/evt_bodies_made.sh -- bodies that make an explanation, a
# report or a speech (…分别作了起草说明; 甲区和市交通运输局作了交流发言;
# 市审计局负责同志作了补充说明) take part in the meeting being reported;
# one that 作出书面说明 does not.
fail() { echo "FAIL: $*"; exit 1; }
N='<https://w3id.org/newsgraph/ns#'
S='<http://schema.org/'

cat >m.txt <<'TXT'
会议

5月12日上午,市长周海主持召开市人民政府第八次常务会议。会议审议通过了《城市排水管理办法》,市住房和城乡建设局、市司法局分别作了起草说明。
会上,市财政局局长吴建通报了一季度财政收支情况,市统计局和市税务局作了交流发言。鼓楼区和市水务局作了表态发言。市审计局负责同志作了补充说明。市卫生健康委员会作出书面说明。
TXT
"$NG" extract --date 2025-05-13 m.txt >m.nq || fail "extract exits non-zero"
for b in 市住房和城乡建设局 市司法局 市统计局 市税务局 市水务局 市审计局; do
  grep -q "${N}speaker> <[^>]*/org/[^>]*$b>" m.nq || fail "$b does not speak"
  grep -q "${S}attendee> <[^>]*/org/[^>]*$b>" m.nq || fail "$b takes no part"
done
grep -q "${N}speaker> <[^>]*/org/[^>]*市卫生健康委员会>" m.nq &&
  fail "a body that 作出 a statement speaks"
exit 0
