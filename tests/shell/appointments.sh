#!/bin/sh
# tests/shell/appointments.sh -- a people's congress appointment list: the
# names after 任命: and 免去: hold the posts they are given or leave, court
# and procuratorate posts (审判员, 检察员) included; one who resigns
# (X辞去…职务) held the post too.
fail() { echo "FAIL: $*"; exit 1; }
H='<http://www.w3.org/ns/org#holds>'

cat >list.txt <<'TXT'
洛阳市人大常委会任免名单

任命:
王立民为洛阳市教育局局长;
赵文杰为洛阳市人民法院审判员;

免去:
李明远的洛阳市教育局副局长职务;
钱立的洛阳市人民检察院检察员职务。

接受:
孙海辞去洛阳市人民政府副市长职务的请求。
TXT
"$NG" extract --date 2024-05-31 list.txt >l.nq || fail "extract exits non-zero"
grep -q "/person/王立民> $H <[^>]*洛阳市教育局局长>" l.nq || fail "任命 gives no post"
grep -q "/person/赵文杰> $H <[^>]*洛阳市人民法院审判员>" l.nq || fail "审判员 is no post"
grep -q "/person/李明远> $H <[^>]*洛阳市教育局副局长>" l.nq || fail "免去:X的…职务 gives no post"
grep -q "/person/钱立> $H <[^>]*洛阳市人民检察院检察员>" l.nq || fail "检察员 is no post"
grep -q "/person/孙海> $H <[^>]*洛阳市人民政府副市长>" l.nq || fail "辞去…职务 gives no post"
exit 0
