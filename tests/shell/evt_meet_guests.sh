#!/bin/sh
# tests/shell/evt_meet_guests.sh -- a delegation met (会见了来我市考察的
# 某市党政代表团) takes part in the meeting, across the relative clause that
# says who they are; a body in a guest's title (甲集团董事长X一行) does not.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >d.txt <<'TXT'
会见

5月30日，市委书记韩立明会见了来我市考察的湖州市党政代表团。湖州市委书记易文涛率团来访。市长郭振东参加会见。
TXT
"$NG" extract --date 2024-06-22 d.txt >d.nq || fail "extract exits non-zero"
grep -q "${S}attendee> <[^>]*/org/[^>]*湖州市党政代表团>" d.nq || fail "the delegation met does not take part"

cat >g.txt <<'TXT'
会见

6月10日，市长郭振东在市行政中心会见了宏达集团董事长曹立新一行。
TXT
"$NG" extract --date 2024-06-22 g.txt >g.nq || fail "extract exits non-zero"
grep -q "${S}attendee> <[^>]*/org/[^>]*宏达集团>" g.nq && fail "the guest's company takes part by his title"
grep "${S}attendee>" g.nq | grep -q '曹立新' || fail "the guest does not take part"
exit 0
