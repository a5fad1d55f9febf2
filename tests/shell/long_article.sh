#!/bin/sh
# tests/shell/long_article.sh -- an article of thousands of sentences in
# one paragraph (a dump without line breaks) is read in windows: persons
# from its start, middle and end are all found, each fact's `why` shows
# the sentence it came from, and an event at the end keeps its lead. The
# same for a text with no stops at all, read in windows of bytes.
fail() { echo "FAIL: $*"; exit 1; }

awk 'BEGIN {
  split("王 李 张 刘 陈 杨 黄 周 吴 徐", S, " ")
  split("明 华 志 强 建 国 文 军 海 平", G, " ")
  print "县里召开全年工作汇总会\n"
  printf "县委书记钱志远主持召开县委常委会会议。"
  for (i = 0; i < 4500; i++)
    printf "第%d项任务由乡长%s%s%s负责落实。", i + 1, S[i % 10 + 1],
      G[int(i / 10) % 10 + 1], G[int(i / 100) % 10 + 1]
  printf "副县长孙立衡到城关镇调研农业生产。\n"
}' >long.txt || fail "awk"

"$NG" build -q -d t.db long.txt 2>err || fail "build: $(cat err)"

# The first and the last sentence, three windows apart.
"$NG" query -d t.db "why 钱志远" >first || fail "why 钱志远"
grep -q '县委书记钱志远主持召开县委常委会会议。' first ||
  fail "the first person's sentence: $(cat first)"
"$NG" query -d t.db "why 孙立衡" >last || fail "why 孙立衡"
grep -q '副县长孙立衡到城关镇调研农业生产。' last ||
  fail "the last person's sentence: $(cat last)"
grep -q '乡长' last && fail "the last person shows another's sentence: $(cat last)"

# A person from the middle (task 2501: 王, 明, 国) with his own sentence.
"$NG" query -d t.db "why 王明国" >mid || fail "why 王明国"
grep -q '第2501项任务由乡长王明国负责落实。' mid ||
  fail "a middle person's sentence: $(cat mid)"

"$NG" query -d t.db "person 孙立衡" >p || fail "person 孙立衡"
grep -q '副县长' p || fail "the last person's post: $(cat p)"
grep -q '城关镇调研农业生产.*lead' p || fail "the last event's lead: $(cat p)"

# Every one of the 1000 names the loop makes is a person.
n=$("$NG" query -d t.db "sparql SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <http://schema.org/Person> }" | tr -cd '0-9\n' | grep -v '^$' | tail -1)
[ "$n" = 1002 ] || fail "persons: $n, not 1002"

# 400 KB without a stop: sentences are cut at commas, windows by bytes.
awk 'BEGIN {
  print "全县工作情况汇编\n"
  printf "县委书记钱志远主持召开县委常委会会议，"
  for (i = 0; i < 8000; i++)
    printf "各乡镇要抓好各项工作落实，"
  printf "副县长孙立衡到城关镇调研农业生产\n"
}' >stops.txt || fail "awk"
"$NG" build -q -d s.db stops.txt 2>err || fail "build: $(cat err)"
"$NG" query -d s.db "why 孙立衡" >last || fail "why 孙立衡"
grep -q '副县长孙立衡到城关镇调研农业生产' last ||
  fail "no stops: the last person's sentence: $(cat last)"
grep -q '钱志远' last && fail "no stops: the last person shows the first's sentence: $(cat last)"
exit 0
