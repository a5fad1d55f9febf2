#!/bin/sh
# tests/shell/event_words.sh -- kinds of event the party and government
# press reports besides meetings and visits: a study session of a
# theory-study group, a talk with officials called in (约谈) and a leader
# receiving petitioners (接访); each is an event with its date and roles.
# Speech at a meeting said as 作工作部署 or 作专题辅导 makes a speaker.
# The guests a leader receives (会见) take part; one with 一行 leads.
# Contests and galas are events too; who watches a show attends it.
# Declaring an activity open (宣布活动启动) names no second event.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'
N='<https://w3id.org/newsgraph/ns#'
T='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'

cat >study.txt <<'TXT'
县委理论学习中心组举行集体学习

6月18日,示例县委理论学习中心组举行集体学习。县委书记林振华主持并讲话,县委副书记孙立新参加学习。省委党校教授钱思远作专题辅导。
TXT
"$NG" extract --date 2024-06-19 study.txt >s.nq || fail "extract of a study session exits non-zero"
[ "$(grep -c "$T ${S}Event>" s.nq)" -eq 1 ] || fail "a study session (集体学习) is not one event"
grep -q "${S}startDate> \"2024-06-18\"" s.nq || fail "the study session has no date"
grep "${N}chair>" s.nq | grep -q '林振华' || fail "主持 a study session gives no chair"
grep "${S}attendee>" s.nq | grep -q '孙立新' || fail "参加学习 gives no attendee"
grep "${N}speaker>" s.nq | grep -q '钱思远' || fail "作专题辅导 gives no speaker"

cat >plan.txt <<'TXT'
全县招商引资工作会议召开

5月6日,全县招商引资工作会议召开。县委书记林振华出席并讲话,县长孙立新作工作部署。
TXT
"$NG" extract --date 2024-05-07 plan.txt >p.nq || fail "extract of a meeting exits non-zero"
grep "${N}speaker>" p.nq | grep -q '孙立新' || fail "作工作部署 gives no speaker"

cat >talk.txt <<'TXT'
县委书记约谈乡镇党委书记

3月20日,县委书记林振华约谈了5个乡镇的党委书记。

10月9日,县长孙立新到县信访局接访群众。
TXT
"$NG" extract --date 2024-10-10 talk.txt >t.nq || fail "extract of a talk and a reception exits non-zero"
[ "$(grep -c "$T ${S}Event>" t.nq)" -eq 2 ] || fail "约谈 and 接访 are not two events"
grep -q "${S}startDate> \"2024-03-20\"" t.nq || fail "约谈 has no date"
grep -q "${S}startDate> \"2024-10-09\"" t.nq || fail "接访 has no date"
grep "${S}attendee>" t.nq | grep -q '林振华' || fail "约谈 gives its subject no part"
grep "${N}lead>" t.nq | grep -q '孙立新' || fail "接访 gives its subject no lead"

cat >meet.txt <<'TXT'
市长会见远航集团客人

5月6日,市长林振华会见了来访的远航集团董事长孙立新一行、总经理钱思远。
TXT
"$NG" extract --date 2024-05-07 meet.txt >m.nq || fail "extract of a reception exits non-zero"
[ "$(grep -c "$T ${S}Event>" m.nq)" -eq 1 ] || fail "会见 is not one event"
for who in 林振华 孙立新 钱思远; do
  grep -q "${S}attendee> <[^>]*/person/$who>" m.nq || fail "$who takes no part in the reception"
done
grep -q "${N}lead> <[^>]*/person/孙立新>" m.nq || fail "the guest with 一行 does not lead his party"
grep -q "${N}lead> <[^>]*/person/钱思远>" m.nq && fail "a guest without 一行 leads"

cat >show.txt <<'TXT'
职工技能大赛举行

5月6日,示例市总工会举办职工技能大赛。

5月7日,示例市委宣传部举办文艺晚会,市委书记林振华观看演出。
TXT
"$NG" extract --date 2024-05-08 show.txt >c.nq || fail "extract of a contest and a gala exits non-zero"
[ "$(grep -c "$T ${S}Event>" c.nq)" -eq 2 ] || fail "a contest (大赛) and a gala (晚会) are not two events"
grep -q "${S}attendee> <[^>]*/person/林振华>" c.nq || fail "观看演出 gives no attendee"

cat >open.txt <<'TXT'
安全生产月启动

6月1日,示例县安全生产月启动仪式在人民广场举行。副县长孙立新出席并宣布活动启动。
TXT
"$NG" extract --date 2024-06-02 open.txt >o.nq || fail "extract of a launch exits non-zero"
[ "$(grep -c "$T ${S}Event>" o.nq)" -eq 1 ] || fail "宣布活动启动 names a second event"
grep -q "${S}attendee> <[^>]*/person/孙立新>" o.nq || fail "出席并宣布 gives no attendee"
exit 0
