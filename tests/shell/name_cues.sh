#!/bin/sh
# tests/shell/name_cues.sh -- words that follow a name in news reports
# (应邀, 告诉记者, 坦言, 率领) mark the characters before them as a name
# when a job word such as 教授 or 专家 stands before it, so the person is
# found and takes his part in the event; a title before a name is read
# before a place it would run into (副局长|武立新, not the county 长武);
# a name that ends in 为 before a word that follows names is whole
# (副县长詹立为出席), while 为 before a post still gives it (任命李明为…).
fail() { echo "FAIL: $*"; exit 1; }
N='<https://w3id.org/newsgraph/ns#'

cat >study.txt <<'TXT'
县委理论学习中心组举行集体学习

6月1日,县委理论学习中心组举行集体学习,省委党校教授王丽华应邀作专题辅导报告。县委书记林振华主持。

参加调研的专家赵文杰告诉记者,项目进展顺利。
TXT
"$NG" extract --date 2024-06-02 study.txt >s.nq || fail "extract exits non-zero"
grep -q "${N}speaker> <[^>]*/person/王丽华>" s.nq || fail "教授X应邀作…报告 gives no speaker"
grep -q "<[^>]*/person/赵文杰> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" s.nq ||
  fail "专家X告诉记者 gives no person"

cat >title.txt <<'TXT'
市领导调研农业产业化工作

6月1日,副市长林振华到县调研,市农业农村局副局长武立新参加调研。
TXT
"$NG" extract --date 2024-06-02 title.txt >t.nq || fail "extract exits non-zero"
grep -q "<[^>]*/person/武立新> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" t.nq ||
  fail "副局长武立新 gives no person"
grep -q "/place/长武>" t.nq && fail "长武 is read across the title"

cat >wei.txt <<'TXT'
县政府召开常务会议

6月1日,县长林振华主持召开县政府常务会议,副县长詹立为出席会议。会议决定任命李明为县水利局局长。
TXT
"$NG" extract --date 2024-06-02 wei.txt >w.nq || fail "extract exits non-zero"
grep -q "<[^>]*/person/詹立为> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" w.nq ||
  fail "詹立为 is cut before 为"
grep -q "/person/李明> <http://www.w3.org/ns/org#holds> <[^>]*县水利局局长>" w.nq ||
  fail "任命X为… gives no post"
exit 0
