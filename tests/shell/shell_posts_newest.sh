#!/bin/sh
# tests/shell/shell_posts_newest.sh -- `person` lists a person's posts
# newest first, as `events` lists the events: the post of the later
# article comes first though it was stored second and its title sorts
# after the other's. In tsv the posts and the events are split by an
# empty line. Names are invented.
fail() { echo "FAIL: $*"; exit 1; }
printf '县委召开常委会会议\n发布时间:2021-03-14\n本报讯 3月12日，县委副书记苗知远主持召开县委常委会会议。\n' >a.txt
printf '县长调研春耕\n发布时间:2023-04-10\n本报讯 4月9日，县长苗知远到乡镇调研春耕生产。\n' >b.txt
"$NG" build -q -d t.db a.txt b.txt || fail "build"
"$NG" query -d t.db --mode tsv 'person 苗知远' >out || fail "person"
sed -n 2,3p out | cut -f1-3 >posts
printf '县长\t2023-04-10\t2023-04-10\n县委副书记\t2021-03-14\t2021-03-14\n' | cmp -s - posts ||
  fail "posts are not newest first: $(cat out)"
[ "$(sed -n 4p out)" = "" ] || fail "no empty line after the posts: $(cat out)"
sed -n 5p out | grep -q '^date	event' || fail "the events table does not follow: $(cat out)"
exit 0
