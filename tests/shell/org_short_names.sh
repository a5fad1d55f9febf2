#!/bin/sh
# tests/shell/org_short_names.sh -- a department that one article names in
# full (县发展和改革委员会) and another by its short name (县发改委) is one
# body: `trace` by either name shows the activities of both articles,
# `person` shows its head's post once, and the export labels it in full with
# the short names as written among its altLabels. A short name that stands
# for different full names from place to place (文旅局) is left as written.
# Names are invented.
fail() { echo "FAIL: $*"; exit 1; }
printf '宁都县召开项目推进会\n\n本报讯 5月6日，宁都县召开重大项目推进会。县发展和改革委员会主任韦承泽通报项目进展，县委书记柯文远主持会议并讲话。\n' >a.txt
printf '宁都县发改委开展安全检查\n\n本报讯 6月3日，宁都县发改委组织开展安全生产检查。县发改委主任韦承泽带队，县文旅局负责同志参加。\n' >b.txt
"$NG" build -q -d t.db a.txt b.txt || fail "build"
for name in 县发改委 宁都县发展和改革委员会; do
  "$NG" query -d t.db --mode tsv "trace $name" >out || fail "trace $name"
  grep -q '^--05-06	' out && grep -q '^--06-03	' out ||
    fail "trace $name misses an article: $(cat out)"
done
"$NG" query -d t.db --mode tsv 'person 韦承泽' >out || fail "person"
[ "$(grep -c '^宁都县发展和改革委员会主任	' out)" -eq 1 ] ||
  fail "the post is not one row: $(cat out)"
grep -q '发改委主任' out && fail "a second post under the short name: $(cat out)"
"$NG" export -d t.db -f nquads -o t.nq || fail "export"
ALT='<http://www.w3.org/2004/02/skos/core#altLabel>'
for alt in 宁都县发改委 县发改委 县发展和改革委员会; do
  grep -q "/org/宁都县发展和改革委员会> $ALT \"$alt\"@zh" t.nq ||
    fail "no altLabel $alt"
done
grep -q '#label> "[^"]*县文旅局"@zh' t.nq && ! grep -q '文化和旅游局' t.nq ||
  fail "文旅局 is not left as written"
# a line of the list without its full name is named with its file and line
cp -r "${NEWSGRAPH_DATA:-$TOP/data}" lex || fail "cannot copy the lexicons"
printf '发改委\n' >>lex/org_short.tsv
n=$(wc -l <lex/org_short.tsv)
NEWSGRAPH_DATA=$PWD/lex "$NG" extract a.txt >/dev/null 2>err && fail "a broken list is read"
grep -q "org_short.tsv:$n: expected a short name, a tab and the full name" err ||
  fail "the message does not name the line: $(cat err)"
exit 0
