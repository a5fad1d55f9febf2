#!/bin/sh
# tests/shell/masthead_org.sh -- a newspaper page that opens with the
# paper's name alone on its line (江北日报): the name is no headline and
# splits no article, and the paper is an organization (a news outlet, as
# a source line's would be); both articles keep their own headlines.
fail() { echo "FAIL: $*"; exit 1; }
T='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'
O='<http://www.w3.org/ns/org#Organization>'
H='<http://schema.org/headline>'

cat >page.txt <<'TXT'
江北日报
2026年3月5日 星期四 第03版

县委召开常委会会议
本报讯(记者 王明)3月4日,县委召开常委会会议。县委书记李华主持会议。

县政府召开常务会议
本报讯(记者 赵亮)3月4日,县政府召开常务会议。县长孙强主持会议。
TXT
"$NG" extract page.txt >p.nq || fail "extract exits non-zero"
grep -q "/org/江北日报> $T $O" p.nq || fail "the paper is no organization"
[ "$(grep -c " $H " p.nq)" = 2 ] || fail "not two headlines: $(grep " $H " p.nq)"
grep -q "$H \"江北日报\"" p.nq && fail "the paper's name is a headline"
grep -q "$H \"县委召开常委会会议\"" p.nq || fail "the first headline is lost"
grep -q "$H \"县政府召开常务会议\"" p.nq || fail "the second headline is lost"
exit 0
