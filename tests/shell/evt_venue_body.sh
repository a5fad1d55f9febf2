#!/bin/sh
# tests/shell/evt_venue_body.sh -- a venue after 在 that holds a body's
# name with an event word in it (在市人大常委会机关第一会议室闭幕) does not
# stop the verb after it from reporting the meeting named before.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >a.txt <<'TXT'
测试

8月29日上午,市十九届人大常委会第二十三次会议在市人大常委会机关第一会议室闭幕。市人大常委会主任钱庆林主持会议并讲话。
TXT
"$NG" extract --date 2025-08-30 a.txt >a.nq || fail "extract exits non-zero"
grep -q '/event/[^>]*第二十三次会议>' a.nq || fail "第二十三次会议 is no event"
grep -q "第二十三次会议> ${S}organizer> <[^>]*/org/[^>]*人大常委会>" a.nq ||
  fail "the standing committee does not hold its session"
exit 0
