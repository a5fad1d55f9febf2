#!/bin/sh
# tests/shell/surnames.sh -- the less common surnames of the Hundred Family
# Surnames (濮, 宓, 洪, 占, 暨 and compound 濮阳) open a name in a post list
# as the common ones do; the name then holds its posts and takes its part.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >rare.txt <<'TXT'
全县经济工作会议召开

5月6日,全县经济工作会议召开。县委常委、县纪委书记、县监委主任濮志远出席会议并讲话,副县长宓文华、洪海涛、占国平、暨明辉、濮阳春生参加会议。
TXT
"$NG" extract --date 2024-05-07 rare.txt >r.nq || fail "extract exits non-zero"
for who in 濮志远 宓文华 洪海涛 占国平 暨明辉 濮阳春生; do
  grep -q "${S}attendee> <[^>]*/person/$who>" r.nq || fail "$who is not found as an attendee"
done
grep -q "<[^>]*/person/濮志远> <http://www.w3.org/ns/org#holds> <[^>]*县纪委书记>" r.nq ||
  fail "濮志远 does not hold 县纪委书记"
grep -q "${S}attendee> <[^>]*/org/" r.nq && fail "the bodies of the posts attend in the person's stead"
exit 0
