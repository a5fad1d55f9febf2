#!/bin/sh
# tests/shell/evt_signing_parties.sh -- after 甲与乙签署…协议, who signs for
# the sides (X与Y代表双方签约) attends the signing, and 参加会见和签约
# gives both the meeting and the signing.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >a.txt <<'TXT'
测试

本报讯 昨日,省政府与华源控股集团有限公司在武汉签署战略合作协议。签约前,省长顾明远会见了华源控股集团有限公司董事长骆建平一行。
顾明远表示,欢迎华源集团在新能源装备领域加大在鄂投资布局。
副省长冼丽芳与骆建平代表双方签约。省政府秘书长包宏亮参加会见和签约。
TXT
"$NG" extract --date 2025-03-06 a.txt >a.nq || fail "extract exits non-zero"
for p in 冼丽芳 骆建平 包宏亮; do
  grep -q "签署战略合作协议> ${S}attendee> <[^>]*/person/$p>" a.nq ||
    fail "$p does not attend the signing"
done
grep -q "会见[^>]*> ${S}attendee> <[^>]*/person/包宏亮>" a.nq ||
  fail "包宏亮 does not attend the meeting"
grep -q "会见[^>]*> ${S}attendee> <[^>]*/person/冼丽芳>" a.nq &&
  fail "冼丽芳 (signs) attends the meeting"
exit 0
