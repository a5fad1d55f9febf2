#!/bin/sh
# tests/shell/events_escort.sh -- a visit whose hosts are named between the
# visitor and the verb (X在Y、Z的陪同下,到…调研): one inspection led by X,
# Y and Z accompany it, and the label leaves the hosts out; the hosts are
# not given to an earlier event of the article.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'
N='<https://w3id.org/newsgraph/ns#'
T='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'

cat >visit.txt <<'TXT'
副省长到示例市调研

5月5日,示例市召开安全生产工作会议,市长孙立新主持会议。

5月6日,副省长林振华一行在市委书记钱思远、市长孙立新的陪同下,到示例市调研文化旅游工作。
TXT
"$NG" extract --date 2024-05-07 visit.txt >v.nq || fail "extract of a visit exits non-zero"
[ "$(grep -c "$T ${S}Event>" v.nq)" -eq 2 ] || fail "a meeting and a visit are not two events"
grep "${N}eventType> ${N}Inspection>" v.nq >insp.nq || fail "在…陪同下…调研 gives no inspection"
ev=$(sed 's/ .*//' insp.nq)
grep "^$ev ${N}lead>" v.nq | grep -q '林振华' || fail "the visitor before 在…陪同下 does not lead"
grep "^$ev ${N}accompany>" v.nq | grep -q '钱思远' || fail "the first host does not accompany"
grep "^$ev ${N}accompany>" v.nq | grep -q '孙立新' || fail "the second host does not accompany"
grep "^$ev ${S}startDate> \"2024-05-06\"" v.nq >/dev/null || fail "the visit is not of 5月6日"
grep "^$ev <http://www.w3.org/2000/01/rdf-schema#label>" v.nq | grep -q '陪同' &&
  fail "the label keeps the hosts"
grep "${N}accompany>" v.nq | grep -v "^$ev " | grep -q . &&
  fail "the hosts accompany another event too"
exit 0
