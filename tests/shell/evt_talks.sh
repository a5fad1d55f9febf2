#!/bin/sh
# tests/shell/evt_talks.sh -- 工作动员会 is a meeting although 作动员 (a
# speech word) starts inside it; talks (甲与乙举行工作会谈) have no chair;
# 我县与乙集团签订合作协议 is a signing with the writer's own area as its
# other side, and who 代表双方签约 attends it. A name that runs on past a
# shorter one (专题学习会, not 专题学习; 专题协商会) keeps it all, while
# 会商会议 stays one name.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'
N='<https://w3id.org/newsgraph/ns#'
L='<http://www.w3.org/2000/01/rdf-schema#label>'

cat >a.txt <<'TXT'
动员会

6月5日，巡视东湖县工作动员会召开。省委第三巡视组组长贺振东作动员讲话。
TXT
"$NG" extract --date 2024-06-30 a.txt >a.nq || fail "extract exits non-zero"
grep -q "$L \"巡视东湖县工作动员会\"" a.nq || fail "工作动员会 is no meeting"
grep -q "${N}speaker> <[^>]*/person/贺振东>" a.nq || fail "who gives the speech does not speak"

cat >b.txt <<'TXT'
会谈

6月5日，市长郭振东与来访的宏达集团董事长曹立新举行工作会谈。
TXT
"$NG" extract --date 2024-06-30 b.txt >b.nq || fail "extract exits non-zero"
grep -q "$L \"[^\"]*会谈\"" b.nq || fail "the talks are not named so"
grep -q "$L \"工作会\"" b.nq && fail "工作会谈 is read as 工作会"
grep -q "${N}chair>" b.nq && fail "a side of the talks chairs them"
grep -q "${S}attendee> <[^>]*/person/曹立新>" b.nq || fail "the guest is not at the talks"

cat >c.txt <<'TXT'
签约

6月5日，我县与宏达集团签订合作协议。县长吕国华与宏达集团董事长曹立新代表双方签约。
TXT
"$NG" extract --date 2024-06-30 c.txt >c.nq || fail "extract exits non-zero"
grep -q "${N}eventType> ${N}Ceremony>" c.nq || fail "我县与…签订 is no signing"
grep -q "${S}attendee> <[^>]*/org/[^>]*宏达集团>" c.nq || fail "the company does not take part"
grep -q "${S}attendee> <[^>]*/person/吕国华>" c.nq || fail "who signs does not attend"

cat >d.txt <<'TXT'
学习

6月6日，南湖区委理论学习中心组举行专题学习会，区委书记苏建平主持并作总结讲话。
6月7日，市政协召开“优化营商环境”专题协商会。市政协主席计明德主持会议。
6月8日，全区召开防汛会商会议。
TXT
"$NG" extract --date 2024-06-30 d.txt >d.nq || fail "extract exits non-zero"
grep -q "$L \"[^\"]*专题学习会\"" d.nq || fail "专题学习会 is cut"
grep -q "$L \"[^\"]*专题协商会\"" d.nq || fail "专题协商会 is no meeting"
grep -q "$L \"[^\"]*防汛会商会议\"" d.nq || fail "防汛会商会议 is cut"
exit 0
