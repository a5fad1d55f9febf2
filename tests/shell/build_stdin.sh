#!/bin/sh
# tests/shell/build_stdin.sh -- `-` reads a news text from standard input,
# as a pipe from a fetcher or a converter gives it: extract writes its
# N-Quads, build stores it under a name made from its content, the same
# text piped again is unchanged, another one is a new source.
fail() { echo "FAIL: $*"; exit 1; }
text='甲县召开防汛工作会议
6月1日,甲县召开防汛工作会议。县委书记吴志远主持会议。
'
printf '%s' "$text" | "$NG" extract - >out.nq || fail "extract -"
grep -q 'article/stdin-[0-9a-f]\{8\}/1> <http://schema.org/headline> "甲县召开防汛工作会议"@zh' out.nq ||
  fail "the piped article: $(head -3 out.nq)"
printf '%s' "$text" | "$NG" build -d t.db - >o1 2>&1 || fail "build -: $(cat o1)"
grep -q '^1 file stored' o1 || fail "first build: $(cat o1)"
printf '%s' "$text" | "$NG" build -d t.db - >o2 2>&1 || fail "build - again"
grep -q '1 unchanged' o2 || fail "the same text again is unchanged: $(cat o2)"
printf '乙镇召开会议\n6月2日,乙镇召开安全生产会议。镇长冯立军主持会议。\n' |
  "$NG" build -d t.db - >o3 2>&1 || fail "another text"
grep -q '^1 file stored' o3 || fail "another text is a new source: $(cat o3)"
"$NG" query -d t.db --mode tsv 'events 吴志远' | grep -q 'chair	.*stdin-' ||
  fail "the first text is still there"
"$NG" query -d t.db --mode tsv 'events 冯立军' | grep -q 'chair' ||
  fail "the second text"
: | "$NG" build -d t.db - >o4 2>&1 && fail "an empty pipe is an error"
grep -q 'empty file' o4 || fail "an empty pipe names the problem: $(cat o4)"
exit 0
