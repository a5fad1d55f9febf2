#!/bin/sh
# tests/shell/evt_carried_out.sh -- an inspection carried out on a topic
# (X带队对全市食品安全工作进行督导检查, X对…开展了调研) is a visit X leads:
# 对 marks the topic there, not a subject; 群众对X的调研表示欢迎 is none.
fail() { echo "FAIL: $*"; exit 1; }
N='<https://w3id.org/newsgraph/ns#'

cat >c.txt <<'TXT'
检查

6月8日,副市长赵刚带队对全市食品安全工作进行督导检查。6月9日,副县长钱伟对东山镇防汛工作开展了调研。6月10日,群众对县长孙平的调研表示欢迎。
TXT
"$NG" extract --date 2025-06-11 c.txt >c.nq || fail "extract exits non-zero"
grep -q "${N}lead> <[^>]*/person/赵刚>" c.nq || fail "进行督导检查 is no visit"
grep -q "${N}lead> <[^>]*/person/钱伟>" c.nq || fail "开展了调研 is no visit"
grep -q "${N}lead> <[^>]*/person/孙平>" c.nq && fail "群众对X的调研 is a visit"
exit 0
