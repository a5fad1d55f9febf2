#!/bin/sh
# tests/shell/evt_name_future.sh -- a future word after the verb that holds
# the event is part of its name (召开运动会筹备工作座谈会): the meeting took
# place; before the verb (将召开…) it is still to come.
fail() { echo "FAIL: $*"; exit 1; }
N='<https://w3id.org/newsgraph/ns#'
L='<http://www.w3.org/2000/01/rdf-schema#label>'

cat >f.txt <<'TXT'
会议

5月3日,县长王强主持召开全县运动会筹备工作座谈会。5月4日,县政府将召开全县防汛工作会议。
TXT
"$NG" extract --date 2025-05-05 f.txt >f.nq || fail "extract exits non-zero"
grep -q "$L \"全县运动会筹备工作座谈会\"" f.nq || fail "the 筹备 meeting is no event"
grep -q "${N}chair> <[^>]*/person/王强>" f.nq || fail "its chair is lost"
grep -q "防汛工作会议" f.nq && fail "a meeting still to come is an event"
exit 0
