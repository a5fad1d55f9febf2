#!/bin/sh
# tests/shell/evt_experts.sh -- the experts of bodies (邀请省委党校、市委党校专家
# 授课) take part as persons; the bodies do not, as for 代表 and 委员.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >x.txt <<'TXT'
培训

6月9日,县委组织部举办的全县农村实用人才培训班在县委党校开班。县委常委、组织部部长孙敏出席开班仪式并讲话。本次培训为期3天,邀请省委党校、市委党校专家和优秀村党组织书记授课,采取专题辅导、现场教学等方式进行。
TXT
"$NG" extract --date 2025-06-10 x.txt >x.nq || fail "extract exits non-zero"
grep -q "${S}organizer> <[^>]*/org/[^>]*县委组织部>" x.nq ||
  fail "the training has lost its organizer"
for b in 省委党校 市委党校; do
  grep -q "${S}attendee> <[^>]*/org/[^>]*$b>" x.nq && fail "$b takes part"
done
exit 0
