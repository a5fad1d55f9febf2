#!/bin/sh
# tests/shell/evt_escort_visit.sh -- X在Y陪同下首先到达…: after a visit and a
# meeting named together (到访甲区,视察…,并出席…会议), Y accompanies the
# visit, not the meeting, and what X says next (X表示) is said on the visit.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >a.txt <<'TXT'
测试

10月16日,发展局局长容佳欣到访北区,视察北部都会区发展项目的工程进度,并出席北区区议会会议。
容佳欣在发展局副局长司徒文辉陪同下,首先到达古洞北新发展区,了解土地平整工程进展。
容佳欣表示,北部都会区是未来发展的新引擎。
TXT
"$NG" extract --date 2025-10-17 a.txt >a.nq || fail "extract exits non-zero"
grep -q "会议> <[^>]*accompany> <[^>]*/person/司徒文辉>" a.nq && fail "司徒文辉 accompanies the meeting"
grep -q "accompany> <[^>]*/person/司徒文辉>" a.nq || fail "司徒文辉 accompanies nothing"
grep -q "调研> <[^>]*speaker> <[^>]*/person/容佳欣>" a.nq || fail "容佳欣 (表示) does not speak on the visit"
exit 0
