#!/bin/sh
# tests/shell/build_indexes.sh -- a build into a new database makes the
# quad table's index orders once at its end: they are all there after it,
# also when every file failed, and the graph is the same as one written
# into a store that had them; a database left without one (a build killed
# before its end) still answers and gets it back at the next build.
fail() { echo "FAIL: $*"; exit 1; }
command -v sqlite3 >/dev/null || { echo "skip: no sqlite3 CLI"; exit 0; }
orders() {
  sqlite3 "$1" "SELECT count(*) FROM sqlite_schema WHERE type='index' AND
                name IN ('quad_posg','quad_ospg','quad_gspo')"
}
mkdir A B bad
cp "$TOP/sample/zhenxing-meeting.txt" A/a.txt
sed 's/振兴/新兴/g' "$TOP/sample/zhenxing-meeting.txt" >B/b.txt
printf '\000\001\002binary' >bad/x.txt

"$NG" build -q -d new.db A || fail "build into a new database"
[ "$(orders new.db)" = 3 ] || fail "orders after a build: $(orders new.db)"

# The same graph as A built into a store that already had quads (B first,
# its orders in place from the start), minus B.
"$NG" build -q -d two.db B A || fail "build of B and A"
"$NG" build -q -d one.db B || fail "build of B"
"$NG" build -q -d one.db A || fail "build of A after B"
"$NG" export -d two.db -f nquads | sort >two.nq
"$NG" export -d one.db -f nquads | sort >one.nq
[ -s one.nq ] && cmp -s one.nq two.nq ||
  fail "a build into a new store differs from one into a store with quads"

"$NG" build -q -d failed.db bad 2>err && fail "a binary file was stored"
[ "$(orders failed.db)" = 3 ] || fail "orders after a failed build: $(orders failed.db)"

# A store without one order answers the same, and the next build mends it.
ask() {
  "$NG" query -d new.db --mode tsv 'find ? schema:attendee ?' \
    'find ? rdf:type schema:Event' 'events 县交通运输局' 2>&1
}
ask >before
grep -q 'schema:attendee' before || fail "no attendees to compare: $(cat before)"
sqlite3 new.db 'DROP INDEX quad_posg' || fail "dropping an order"
ask >during
cmp -s before during || fail "answers differ without an order: $(cat during)"
"$NG" build -q -d new.db B || fail "build into the store without an order"
[ "$(orders new.db)" = 3 ] || fail "the build did not mend the store"
exit 0
