#!/bin/sh
# tests/shell/evt_ceremony_roles.sh -- the ways a person speaks or takes part
# at a ceremony or a class: 致欢迎词, 致贺词, 致答谢词, 作项目推介,
# 作开班动员, 为学员授课 make a speaker; 为项目奠基 an attendee; who answers
# the press at a press conference (回答记者提问) speaks there.
fail() { echo "FAIL: $*"; exit 1; }
N='<https://w3id.org/newsgraph/ns#'
S='<http://schema.org/'

cat >groundbreaking.txt <<'TXT'
项目集中开工

6月8日，全市重点项目集中开工仪式在高新区举行。市长郭振东出席并致欢迎词，副市长孟庆林主持。
市投资促进局局长范春雷作项目推介。宏达集团董事长曹立新与郭振东共同为项目奠基。
省工商联副主席潘志勇致贺词。宏达集团总经理苗建新致答谢词。
TXT
"$NG" extract --date 2024-06-10 groundbreaking.txt >g.nq || fail "extract exits non-zero"
for who in 郭振东 范春雷 潘志勇 苗建新; do
  grep "${N}speaker>" g.nq | grep -q "$who" || fail "$who does not speak at the ceremony"
done
grep "${S}attendee>" g.nq | grep -q '曹立新' || fail "who breaks ground (为项目奠基) does not attend"

cat >class.txt <<'TXT'
培训班开班

6月3日，全市年轻干部能力提升培训班开班仪式在市委党校举行。市委常委、组织部部长严丽君出席并作开班动员。市委党校常务副校长龚志明为学员授课。市委组织部副部长钟雪梅主持开班仪式。
TXT
"$NG" extract --date 2024-06-10 class.txt >c.nq || fail "extract exits non-zero"
for who in 严丽君 龚志明; do
  grep "${N}speaker>" c.nq | grep -q "$who" || fail "$who does not speak at the class"
done

cat >press.txt <<'TXT'
新闻发布会

6月25日，市政府新闻办召开新闻发布会，介绍全市优化营商环境工作情况。市发展改革委主任裴建国发布有关情况并回答记者提问。
TXT
"$NG" extract --date 2024-06-29 press.txt >p.nq || fail "extract exits non-zero"
grep "${N}speaker>" p.nq | grep -q '裴建国' || fail "who answers the press does not speak"
exit 0
