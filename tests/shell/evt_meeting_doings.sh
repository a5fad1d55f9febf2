#!/bin/sh
# tests/shell/evt_meeting_doings.sh -- in X主持召开…会议,传达学习… and
# …,安排部署… the meeting conveys and plans: X chairs it and does not speak
# by that; 他强调 after it still makes him a speaker.
fail() { echo "FAIL: $*"; exit 1; }
N='<https://w3id.org/newsgraph/ns#'

cat >m.txt <<'TXT'
会议

5月20日，县委书记程志远主持召开常委会会议，传达学习省委全会精神。
TXT
"$NG" extract --date 2024-06-20 m.txt >m.nq || fail "extract exits non-zero"
grep "${N}chair>" m.nq | grep -q '程志远' || fail "who chairs does not chair"
grep "${N}speaker>" m.nq | grep -q '程志远' && fail "传达学习 after the meeting's name makes its chair speak"

cat >n.txt <<'TXT'
会议

5月21日，县长吕国华主持召开防汛工作会议，安排部署防汛工作。他强调，要压实责任。
TXT
"$NG" extract --date 2024-06-20 n.txt >n.nq || fail "extract exits non-zero"
grep "${N}speaker>" n.nq | grep -q '吕国华' || fail "他强调 does not make the chair speak"
exit 0
