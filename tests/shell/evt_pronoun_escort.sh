#!/bin/sh
# tests/shell/evt_pronoun_escort.sh -- 他 after a sentence in which an
# official only accompanies (县委书记X陪同调研。他指出) stands for who leads
# the visit, not for the one who accompanies.
fail() { echo "FAIL: $*"; exit 1; }
N='<https://w3id.org/newsgraph/ns#'

cat >p.txt <<'TXT'
调研

5月14日,副市长李强到东山县调研农业工作。县委书记王明陪同调研。他指出,要立足资源禀赋,做强特色产业。
TXT
"$NG" extract --date 2025-05-15 p.txt >p.nq || fail "extract exits non-zero"
grep -q "${N}speaker> <[^>]*/person/李强>" p.nq || fail "他 is not who leads"
grep -q "${N}speaker> <[^>]*/person/王明>" p.nq && fail "他 is who accompanies"
exit 0
