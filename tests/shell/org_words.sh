#!/bin/sh
# tests/shell/org_words.sh -- the words around a body's name: 特邀 before
# it is no part of it (特邀|省委党校), and the department stems of ethnic
# and religious affairs bureaus (民族宗教事务局, 宗教事务局) make bodies;
# a Party committee's theory study group is a body of its own
# (县委理论学习中心组) and holds its study sessions.
fail() { echo "FAIL: $*"; exit 1; }
T='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'
O='<http://www.w3.org/ns/org#Organization>'

cat >study.txt <<'TXT'
县委理论学习中心组举行集体学习

5月28日,县委理论学习中心组举行集体学习。本次学习特邀省委党校教授林丽华作专题辅导报告。县委宣传部、县民族宗教事务局作交流发言。县宗教事务局负责同志参加学习。
TXT
"$NG" extract --date 2024-05-29 study.txt >s.nq || fail "extract exits non-zero"
grep -q "/org/[^>]*特邀" s.nq && fail "特邀 is read into a body's name"
grep -q "/org/省委党校> $T $O" s.nq || fail "省委党校 is lost"
grep -q "/org/[^>]*县民族宗教事务局> $T $O" s.nq || fail "县民族宗教事务局 is no body"
grep -q "/org/[^>]*县宗教事务局> $T $O" s.nq || fail "县宗教事务局 is no body"
grep -q "/org/[^>]*县委理论学习中心组> $T $O" s.nq || fail "县委理论学习中心组 is no body"
exit 0
