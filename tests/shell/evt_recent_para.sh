#!/bin/sh
# tests/shell/evt_recent_para.sh -- a paragraph opening with 近日 (日前)
# after the first report is a report of its own: who chairs there does not
# chair the event reported before.
fail() { echo "FAIL: $*"; exit 1; }

cat >a.txt <<'TXT'
测试

6月30日下午,县委理论学习中心组举行集体学习。县委书记宓浩明主持并讲话。
近日,县委党校常务副校长项建明深入壶镇镇溪口岭村,为村党员群众宣讲党的创新理论。宣讲会由村党支部书记丁秀云主持。
TXT
"$NG" extract --date 2025-07-02 a.txt >a.nq || fail "extract exits non-zero"
grep -q "2025-06-30_[^>]*> <[^>]*> <[^>]*/person/丁秀云>" a.nq &&
  fail "丁秀云 (近日…) takes part in the event of 06-30"
exit 0
