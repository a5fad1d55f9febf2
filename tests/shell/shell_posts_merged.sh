#!/bin/sh
# tests/shell/shell_posts_merged.sh -- an official named by a bare title
# (区委书记) in two source files holds two posts that read alike (a short
# body is kept apart per file): `person` shows one row for them, with the
# earliest and latest dates and both articles, and the list of people a
# name fits names the post once. Names are invented.
fail() { echo "FAIL: $*"; exit 1; }
printf '区委召开常委会会议\n本报讯 3月5日，区委书记韦承泽主持召开区委常委会会议，区委副书记韦明远出席。\n' >a.txt
printf '区领导调研春耕\n本报讯 4月9日，区委书记韦承泽到乡镇调研春耕生产，区委副书记韦明远陪同。\n' >b.txt
"$NG" build -q -d t.db a.txt b.txt || fail "build"
"$NG" query -d t.db --mode tsv 'person 韦承泽' >out || fail "person"
[ "$(grep -c '^区委书记	' out)" -eq 1 ] || fail "the post is not one row: $(cat out)"
grep -q '^区委书记	--03-05	--04-09	2$' out ||
  fail "dates or articles of the merged row: $(cat out)"
"$NG" query -d t.db 'events 韦' 2>err
grep -q '韦承泽 (person) 区委书记 id:person/韦承泽' err ||
  fail "the candidate list repeats the post: $(cat err)"
exit 0
