#!/bin/sh
# tests/shell/evt_on_behalf.sh -- a body a person reports for (代表县政协
# 常委会作工作报告, no 向大会) takes part in the meeting and speaks there; a
# body a person makes a promise for (代表县政府作出承诺) does not.
fail() { echo "FAIL: $*"; exit 1; }
N='<https://w3id.org/newsgraph/ns#'

cat >b.txt <<'TXT'
会议

1月10日,县政协十届三次会议开幕。县政协副主席王兰代表县政协常委会作工作报告。副县长陈平代表县人民政府作出承诺。
TXT
"$NG" extract --date 2025-01-11 b.txt >b.nq || fail "extract exits non-zero"
grep -q "${N}speaker> <[^>]*/org/[^>]*县政协常委会>" b.nq ||
  fail "the body reported for does not speak"
grep -q "${N}speaker> <[^>]*/org/[^>]*县人民政府>" b.nq &&
  fail "a body a promise is made for speaks"
exit 0
