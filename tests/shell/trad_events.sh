#!/bin/sh
# tests/shell/trad_events.sh -- events of Hong Kong and Taiwan news in
# traditional characters: a passing-out parade (結業會操) is a ceremony with
# the one who reviews it (主持) as its chair; departments that report to a
# county's meeting (由X、Y及Z進行業務報告) take part in it.
fail() { echo "FAIL: $*"; exit 1; }
T='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'
C='<https://w3id.org/newsgraph/ns#chair>'
A='<http://schema.org/attendee>'

cat >p.txt <<'TXT'
處長主持結業會操

警務處處長薛志誠今日在警察學院主持結業會操,檢閱見習督察及學警。
TXT
"$NG" extract --date 2025-11-19 p.txt >p.nq || fail "extract exits non-zero"
grep -q "/event/[^>]*> $T <http://schema.org/Event>" p.nq || fail "結業會操 is no event"
grep -q "$C <[^>]*/person/薛志诚>" p.nq || fail "who holds the parade is no chair"

cat >c.txt <<'TXT'
縣政府召開縣務會議

嘉義縣政府二十一日召開縣務會議,由縣長翁秀珠主持。會中由建設處、文化觀光局及教育處進行業務報告。
TXT
"$NG" extract --date 2025-11-22 c.txt >c.nq || fail "extract exits non-zero"
for o in 建设处 文化观光局 教育处; do
  grep -q "$A <[^>]*/org/[^>]*$o>" c.nq || fail "$o reports to the meeting and takes no part"
done
exit 0
