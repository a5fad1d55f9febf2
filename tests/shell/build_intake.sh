#!/bin/sh
# tests/shell/build_intake.sh -- `newsgraph build` on the shapes news files
# come in: a newspaper page of two articles in UTF-8, the same page in
# GB18030 and UTF-16, a binary file, an empty file, a path that cannot be
# read; a bad file is reported by name, the rest stored, exit status 1;
# building a file again does not duplicate its quads; the dev corpus gives
# one schema:NewsArticle per article with headline, source file, part, date
# and authors.
fail() { echo "FAIL: $*"; exit 1; }
SH=$SHARED
case $SH in /*) ;; *) SH=$TOP/$SH ;; esac
S='http://schema.org/'
NS='https://w3id.org/newsgraph/ns#'

mkdir in
cat >in/page.txt <<'EOF'
示范日报 2021年7月22日 星期四 第03版 要闻

示范区召开重点项目建设推进会 全力推动高质量发展

本报讯 3月5日,示范区召开重点项目建设推进会,研究部署下一阶段重点项目建



设工作。会议由示范区管委会主任周明远主持,副主任陈立新出席会议。

记者 吴明 通讯员 赵新 文/图

新城街道 举行社区服务中心揭牌仪式

本报讯(记者 钱立)近日,新城街道举行社区服务中心揭牌仪式。街道党工委书记孙华出席仪式。

编辑:林海

上一版  下一版
EOF
iconv -f UTF-8 -t GB18030 in/page.txt >in/page_gb.txt || fail "iconv GB18030"
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE in/page.txt; } >in/page_u16.txt ||
  fail "iconv UTF-16LE"
printf 'PK\003\004\000\000binary' >in/binary.txt
: >in/empty.txt

# One build of the folder: the bad files are named, the rest stored.
"$NG" build -q -d t.db in >out 2>err
rc=$?
[ $rc -eq 1 ] || fail "a batch with bad files exits $rc, not 1: $(cat err)"
grep -q 'binary.txt: not a text file' err || fail "binary file: $(cat err)"
grep -q 'empty.txt: empty file' err || fail "empty file: $(cat err)"
[ "$(wc -l <err)" -eq 2 ] || fail "more errors than the two bad files: $(cat err)"

"$NG" export -d t.db -f nquads -o t.nq || fail "export"
n=$(grep -c "<${S}NewsArticle>" t.nq)
[ "$n" -eq 6 ] || fail "3 good files should give 6 articles, not $n"
for f in page.txt page_gb.txt page_u16.txt; do
  grep -q "article/$f/2> <${S}headline> \"新城街道 举行社区服务中心揭牌仪式\"@zh" t.nq ||
    fail "$f: second headline"
  grep -q "article/$f/1> <${S}headline> \"示范区召开重点项目建设推进会 全力推动高质量发展\"@zh" t.nq ||
    fail "$f: first headline"
  grep -q "article/$f/1> <${S}datePublished> \"2021-07-22\"" t.nq ||
    fail "$f: the page header's date"
  grep "article/$f/1> <${S}author> " t.nq | grep -q 'person/' ||
    fail "$f: no author"
  grep -q "article/$f/1> <${NS}correspondent> " t.nq || fail "$f: no correspondent"
  grep -q "article/$f/2> <${S}editor> " t.nq || fail "$f: no editor"
done
# The three encodings give the same quads, graph names aside.
for f in page_gb.txt page_u16.txt; do
  a=$(grep "article/page.txt/" t.nq | sed 's#page\.txt#F#g' | sort | md5sum)
  b=$(grep "article/$f/" t.nq | sed "s#$f#F#g" | sort | md5sum)
  [ "$a" = "$b" ] || fail "$f gives other quads than page.txt"
done

# Building again (unchanged, then forced) does not duplicate anything.
before=$(wc -l <t.nq)
"$NG" build -q -d t.db in/page.txt 2>err || fail "rebuild: $(cat err)"
"$NG" build -q --force -d t.db in/page.txt in/page_gb.txt 2>err ||
  fail "forced rebuild: $(cat err)"
"$NG" export -d t.db -f nquads -o t2.nq || fail "export 2"
[ "$(wc -l <t2.nq)" -eq "$before" ] || fail "rebuild changed $before quads to $(wc -l <t2.nq)"
[ "$(sort t.nq | md5sum)" = "$(sort t2.nq | md5sum)" ] || fail "rebuild changed the quads"

# A path that cannot be read, even by root; a forced encoding; an unknown
# one.
"$NG" build -q -d t.db in/page.txt/x 2>err
[ $? -eq 1 ] || fail "unreadable path is not exit 1"
grep -q 'in/page.txt/x' err || fail "unreadable path not named: $(cat err)"
if [ "$(id -u)" != 0 ]; then
  cp in/page.txt locked.txt && chmod 000 locked.txt
  "$NG" build -q -d t.db locked.txt 2>err
  [ $? -eq 1 ] || fail "unreadable file is not exit 1"
  grep -q 'locked.txt: permission denied' err || fail "unreadable file: $(cat err)"
  chmod 600 locked.txt
fi
"$NG" build -q --force -d g.db --encoding GB18030 in/page_gb.txt 2>err ||
  fail "--encoding GB18030: $(cat err)"
"$NG" build -q -d g.db --encoding no-such in/page.txt 2>err
[ $? -eq 1 ] || fail "unknown encoding is not exit 1"
grep -q 'page.txt: unknown encoding "no-such"' err || fail "unknown encoding: $(cat err)"

# One line of half a megabyte (the unit test reads one of 10 MB).
{ printf '长文标题\n'; yes '各部门负责人参加会议,' | head -n 16000 | tr -d '\n'; printf '会议结束。\n'; } >long.txt
"$NG" build -q -d long.db long.txt 2>err || fail "a long line: $(cat err)"
"$NG" stats -d long.db >out || fail "stats of the long line"
grep -q '^articles *1$' out || fail "the long line is not one article: $(cat out)"

# A file whose article is a headline alone (no sentence to read), in a
# mixed encoding, with the date given: the article is given with its date
# (`make fuzz` replays the same bytes, fuzz/corpus/intake/no-sentences).
printf '\347\312\276\300\244\272\344\276\213\345\216\277\345\217\254\345\274\200' >head_only.txt
"$NG" extract --date 2021-07-21 head_only.txt >head.nq 2>err ||
  fail "a headline alone: $(cat err)"
grep -q "<${S}datePublished> \"2021-07-21\"" head.nq ||
  fail "a headline alone: no article with its date"

# The dev corpus: one NewsArticle per article (the page has four), each
# with its source file and part; headlines, dates and authors where the
# text gives them.
[ -d "$SH/corpus/dev" ] || { echo "note: no $SH/corpus/dev, skipped"; exit 0; }
"$NG" build -q -d dev.db "$SH/corpus/dev" 2>err || fail "dev corpus: $(cat err)"
"$NG" export -d dev.db -f nquads -o dev.nq || fail "dev export"
files=$(ls "$SH"/corpus/dev/*.txt | wc -l)
arts=$(grep -c "<${S}NewsArticle>" dev.nq)
[ "$arts" -eq $((files + 3)) ] || fail "$files files give $arts articles, not $((files + 3))"
[ "$(grep -c "<${NS}sourceFile>" dev.nq)" -eq "$arts" ] || fail "articles without sourceFile"
[ "$(grep -c "<${NS}part>" dev.nq)" -eq "$arts" ] || fail "articles without part"
for p in 1 2 3 4; do
  grep -q "article/000_e713b7ff9e0ddada.txt/$p> <${S}headline> " dev.nq ||
    fail "sample page article $p has no headline"
done
grep -q "<${S}headline> \"郑东新区 召开防汛会商会议\"@zh" dev.nq || fail "page headline 4"
h=$(grep -c "<${S}headline>" dev.nq)
[ "$h" -ge 30 ] || fail "only $h headlines"
grep -q "article/d001.txt/1> <${S}datePublished> \"2025-07-11\"" dev.nq ||
  fail "d001: no date from 发布时间"
d=$(grep -c "<${S}datePublished>" dev.nq)
[ "$d" -ge 18 ] || fail "only $d dates"
a=$(grep -c "<${S}author>" dev.nq)
[ "$a" -ge 30 ] || fail "only $a author triples"
exit 0
