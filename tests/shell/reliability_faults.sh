#!/bin/sh
# tests/shell/reliability_faults.sh -- databases newsgraph cannot use: a
# read-only one, a truncated one, a file that is not SQLite, another
# program's SQLite database, one of a newer schema. Each command gives one
# line naming the file, exits 1 and leaves the file as it was. (A full disk
# is tests/shell/reliability_diskfull.sh.)
fail() { echo "FAIL: $*"; exit 1; }
command -v sqlite3 >/dev/null || { echo "skip: no sqlite3 CLI"; exit 0; }
immutable=
trap '[ -n "$immutable" ] && chattr -i $immutable 2>/dev/null' EXIT

mkdir in
cp "$TOP/sample/zhenxing-meeting.txt" in/a.txt
printf '示例县召开防汛工作会议\n\n本报讯 县长林振华出席会议。\n' >in/b.txt
"$NG" build -q -d good.db in/a.txt || fail "build of the sample"
"$NG" export -d good.db -f nquads | sort >good.nq
[ -s good.nq ] || fail "empty export"

# CMD... must exit 1 with one line on stderr that names DB; DB unchanged.
refuses() {
  db=$1 what=$2
  shift 2
  sum=$(cksum <"$db")
  "$@" >out 2>err
  rc=$?
  [ "$rc" -eq 1 ] || fail "$what: $* exited $rc: $(cat err)"
  [ "$(wc -l <err)" -eq 1 ] || fail "$what: $* said more than one line: $(cat err)"
  grep -q "^newsgraph: error: .*$db" err || fail "$what: $* does not name $db: $(cat err)"
  [ "$(cksum <"$db")" = "$sum" ] || fail "$what: $* changed $db"
}

# Every command, against DB.
refuses_all() {
  db=$1 what=$2
  refuses "$db" "$what" "$NG" stats -d "$db"
  refuses "$db" "$what" "$NG" export -d "$db" -f nquads -o out.nq
  refuses "$db" "$what" "$NG" query -d "$db" stats
  refuses "$db" "$what" "$NG" build -q -d "$db" in/b.txt
  grep -q "$3" err || fail "$what: the message does not say \"$3\": $(cat err)"
}

# A read-only database: reading works, building is refused up front.
cp good.db ro.db
if [ "$(id -u)" != 0 ]; then
  chmod 444 ro.db
elif chattr +i ro.db 2>/dev/null; then
  immutable=ro.db # root writes through chmod; an immutable file it cannot
else
  echo "note: root without chattr +i here: read-only case skipped"
  rm ro.db
fi
if [ -f ro.db ]; then
  "$NG" stats -d ro.db >out 2>err || fail "stats of a read-only database: $(cat err)"
  grep -q '^quads' out || fail "stats of a read-only database printed $(cat out)"
  "$NG" export -d ro.db -f nquads 2>err | sort >ro.nq
  cmp -s ro.nq good.nq || fail "export of a read-only database: $(cat err)"
  refuses ro.db read-only "$NG" build -q -d ro.db in/b.txt
  grep -q 'read-only' err || fail "read-only: message is $(cat err)"
  [ -n "$immutable" ] && chattr -i ro.db
  immutable=
  "$NG" export -d ro.db -f nquads | sort >ro.nq
  cmp -s ro.nq good.nq || fail "the read-only database lost something"
fi

# Truncated: in the middle, after the first page, inside the header.
size=$(wc -c <good.db)
for cut in $((size / 2)) 4096 50; do
  cp good.db cut.db
  truncate -s "$cut" cut.db 2>/dev/null || head -c "$cut" good.db >cut.db
  refuses_all cut.db "truncated at $cut" 'malformed\|not a database\|not SQLite'
done

# Not SQLite at all, and some other program's SQLite database.
printf '%s\n' "this is a text file, not a database" >text.db
refuses_all text.db "a text file" 'not a database\|not SQLite'
head -c 3000 /dev/urandom >noise.db
refuses_all noise.db "random bytes" 'not a database\|not SQLite'
sqlite3 other.db 'CREATE TABLE t(x); INSERT INTO t VALUES (1);'
refuses_all other.db "another program's database" 'not a newsgraph database'

# A newer schema.
cp good.db newer.db
sqlite3 newer.db 'PRAGMA user_version=99'
refuses_all newer.db "a newer schema" 'newer'

# A folder where the database should be.
mkdir dir.db
"$NG" build -q -d dir.db in/b.txt 2>err
[ $? -eq 1 ] && [ "$(wc -l <err)" -eq 1 ] && grep -q 'dir.db' err ||
  fail "a folder as database: $(cat err)"
exit 0
