#!/bin/sh
# tests/shell/evt_signing.sh -- a dated signing between two bodies
# (甲与乙签署…协议) is a ceremony even when no 签约仪式 is named: both bodies
# take part and who attends after it attends that signing; a later
# 出席签约仪式 is the same ceremony. A signing ceremony named after 我市与
# (我市与甲集团…签约仪式) is not held by the company: it takes part.
# Persons who sign at a ceremony reported (分别代表双方签署协议), or an
# undated signing, give no event of their own.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'
T='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'

cat >sign.txt <<'TXT'
签约

6月10日，县人民政府与远航科技有限公司签署合作协议。副县长汤丽华出席。
TXT
"$NG" extract --date 2024-06-20 sign.txt >s.nq || fail "extract exits non-zero"
[ "$(grep -c "$T ${S}Event>" s.nq)" -eq 1 ] || fail "the signing is not one event"
ev=$(grep "$T ${S}Event>" s.nq | sed 's/ .*//')
grep -q "^$ev ${S}attendee> <[^>]*/org/[^>]*县人民政府>" s.nq || fail "the county government does not take part"
grep -q "^$ev ${S}attendee> <[^>]*/org/[^>]*远航科技有限公司>" s.nq || fail "the company does not take part"
grep -q "^$ev ${S}attendee> <[^>]*/person/汤丽华>" s.nq || fail "who attends is not at the signing"
grep "^$ev ${S}startDate>" s.nq | grep -q '2024-06-10' || fail "the signing is not dated"

cat >again.txt <<'TXT'
签约

6月12日，县人民政府与宏达集团在县行政中心签订战略合作协议。县长邵文博出席签约仪式并讲话。
近年来，县人民政府与多家企业签署合作协议。
TXT
"$NG" extract --date 2024-06-20 again.txt >a.nq || fail "extract exits non-zero"
[ "$(grep -c "$T ${S}Event>" a.nq)" -eq 1 ] || fail "signing and 签约仪式 are not one event"

cat >ours.txt <<'TXT'
签约

5月27日，我市与华辰科技集团战略合作协议签约仪式在市民中心举行。市委书记满泽宇出席并致辞。
TXT
"$NG" extract --date 2024-06-20 ours.txt >o.nq || fail "extract exits non-zero"
grep -q "${S}organizer> <[^>]*/org/[^>]*华辰科技集团>" o.nq && fail "the company holds the signing"
grep -q "${S}attendee> <[^>]*/org/[^>]*华辰科技集团>" o.nq || fail "the company does not take part"

cat >persons.txt <<'TXT'
签约

6月13日，县与宏达集团战略合作协议签约仪式在县行政中心举行。
6月13日，副县长汤丽华与宏达集团副总裁曹立新分别代表双方签署协议。
TXT
"$NG" extract --date 2024-06-20 persons.txt >p.nq || fail "extract exits non-zero"
[ "$(grep -c "$T ${S}Event>" p.nq)" -eq 1 ] || fail "persons who sign at the ceremony make another event"
exit 0
