#!/bin/sh
# tests/shell/evt_related_doings.sh -- bodies that take part in 相关活动
# (有关活动, 上述活动) are at the article's own event too (the meeting it
# reports first), not only at the visit named just before.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'
N='<https://w3id.org/newsgraph/ns#'

cat >r.txt <<'TXT'
会见

6月12日下午,县委书记王涛在县委常委会议室会见了江苏明泰化工有限公司董事长吴军一行。副县长周波参加会见。
会见前,吴军一行在周波的陪同下,实地考察了县经济开发区。县商务局负责同志参加相关活动。
TXT
"$NG" extract --date 2025-06-13 r.txt >r.nq || fail "extract exits non-zero"
mt=$(grep "${N}eventType> ${N}Meeting>" r.nq | sed 's/ .*//')
[ -n "$mt" ] || fail "the 会见 is no meeting"
grep "^$mt ${S}attendee>" r.nq | grep -q "县商务局" || fail "the body is not at the 会见"
exit 0
