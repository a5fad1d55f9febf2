#!/bin/sh
# tests/shell/evt_festivals.sh -- training classes and festivals are events
# (…培训班在市委党校开班, 第三届…文化旅游节开幕) with the bodies that hold them;
# their opening (出席开班仪式, 主持开幕式) and 本届文化节 are the same event;
# 文化节目 is no festival.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'
N='<https://w3id.org/newsgraph/ns#'
T='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'
L='<http://www.w3.org/2000/01/rdf-schema#label>'

cat >class.txt <<'TXT'
培训班开班

6月3日，由市委组织部、市农业农村局联合主办的全市乡村振兴人才培训班在市委党校开班。市委常委、组织部部长严丽君出席开班仪式并讲话。开班仪式由市农业农村局局长尹国栋主持。
TXT
"$NG" extract --date 2024-06-20 class.txt >c.nq || fail "extract exits non-zero"
[ "$(grep -c "$T ${S}Event>" c.nq)" -eq 1 ] || fail "the class and its opening are not one event"
grep "$L \"全市乡村振兴人才培训班\"" c.nq >/dev/null || fail "the class is not named"
grep "${S}organizer>" c.nq | grep -q '市委组织部' || fail "the first body does not hold the class"
grep "${S}organizer>" c.nq | grep -q '市农业农村局' || fail "the second body does not hold the class"
grep "${N}speaker>" c.nq | grep -q '严丽君' || fail "who speaks at the opening does not speak"
grep "${N}chair>" c.nq | grep -q '尹国栋' || fail "who chairs the opening does not chair"

cat >fest.txt <<'TXT'
文化节开幕

6月15日，第三届南湖文化旅游节在南湖公园开幕。本届文化节由南湖区人民政府主办，区文化和旅游局承办。区长方国庆出席开幕式并致辞。
晚上，文化节目展演在南湖公园举行。
TXT
"$NG" extract --date 2024-06-20 fest.txt >f.nq || fail "extract exits non-zero"
grep "$L \"第三届南湖文化旅游节\"" f.nq >/dev/null || fail "the festival is not an event"
[ "$(grep -c "$L \"[^\"]*文化节[^\"]*\"" f.nq)" -eq 0 ] || fail "本届文化节 or 文化节目 is an event of its own"
grep "${S}organizer>" f.nq | grep -q '南湖区人民政府' || fail "the district government does not hold the festival"
grep "${N}speaker>" f.nq | grep -q '方国庆' || fail "the district head does not speak at the opening"
exit 0
