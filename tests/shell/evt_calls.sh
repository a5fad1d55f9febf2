#!/bin/sh
# tests/shell/evt_calls.sh -- calling on a body (赴北京拜访…, 拜会…) is a
# visit that its subject leads, like 考察 and 走访.
fail() { echo "FAIL: $*"; exit 1; }
N='<https://w3id.org/newsgraph/ns#'

cat >c.txt <<'TXT'
拜访

3月16日,市委书记韩东赴北京拜访国家发展改革委。3月17日,市长林海拜会省商务厅主要负责同志。
TXT
"$NG" extract --date 2025-03-18 c.txt >c.nq || fail "extract exits non-zero"
[ "$(grep -c "${N}eventType> ${N}Inspection>" c.nq)" -eq 2 ] ||
  fail "the calls are not two visits"
grep -q "${N}lead> <[^>]*/person/韩东>" c.nq || fail "who 拜访 does not lead"
grep -q "${N}lead> <[^>]*/person/林海>" c.nq || fail "who 拜会 does not lead"
exit 0
