#!/bin/sh
# tests/shell/evt_unveil.sh -- 甲与乙共同为“…”揭牌 on a day of its own,
# in a sentence that names no event: a ceremony its persons attend; after
# 出席…仪式 the unveiling is that ceremony's.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >a.txt <<'TXT'
测试

4月8日,市委书记李国栋与中国科学院院士王建华共同为“科创孵化中心”揭牌。
4月9日,市长周立新出席市数据局成立揭牌仪式并为市数据局揭牌。
TXT
"$NG" extract --date 2025-04-11 a.txt >a.nq || fail "extract exits non-zero"
for p in 李国栋 王建华; do
  grep -q "/event/2025-04-08_[^>]*揭牌> ${S}attendee> <[^>]*/person/$p>" a.nq ||
    fail "$p does not attend the unveiling"
done
n=$(grep -o '^<[^>]*/event/2025-04-09[^>]*>' a.nq | sort -u | wc -l)
[ "$n" -eq 1 ] || fail "$n events on 04-09, want 1"
exit 0
