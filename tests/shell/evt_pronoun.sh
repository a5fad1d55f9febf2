#!/bin/sh
# tests/shell/evt_pronoun.sh -- 他 stands for the person who opens the
# sentence before (副市长X充分肯定了…。他指出), even when that sentence has no
# role verb of its own, not for whoever spoke before it.
fail() { echo "FAIL: $*"; exit 1; }
N='<https://w3id.org/newsgraph/ns#'

cat >p.txt <<'TXT'
调研

5月14日，副市长韩卫东到汝阳县调研农业产业化工作。县委书记钟振东陪同调研。
在石岭镇，镇党委书记蒋小婷介绍了柑橘产业发展情况。
副市长韩卫东充分肯定了汝阳县农业产业化工作取得的成效。他指出，要立足资源禀赋。
TXT
"$NG" extract --date 2025-05-16 p.txt >p.nq || fail "extract exits non-zero"
grep -q "${N}speaker> <[^>]*/person/韩卫东>" p.nq || fail "他指出 is not the vice mayor's"
exit 0
