#!/bin/sh
# tests/shell/cli_basics.sh -- the command line: help, usage errors, exit
# statuses, and the one-line refusals of databases newsgraph cannot use.
fail() { echo "FAIL: $*"; exit 1; }

"$NG" --help >out || fail "--help exits non-zero"
grep -q '^  build' out || fail "--help lists no build command"
for c in build export shell query stats; do
  "$NG" $c --help >out 2>&1 || fail "$c --help exits non-zero"
  grep -q "^Usage: newsgraph $c" out || fail "$c --help prints no usage"
done

"$NG" >/dev/null 2>&1; [ $? -eq 2 ] || fail "no command is not a usage error"
"$NG" frobnicate 2>err; [ $? -eq 2 ] || fail "unknown command is not exit 2"
grep -q 'unknown command "frobnicate"' err || fail "unknown command message"
"$NG" build 2>err; [ $? -eq 2 ] || fail "build without PATH is not exit 2"
"$NG" build --date 2021-13-45 x 2>err; [ $? -eq 2 ] || fail "bad --date accepted"
"$NG" export -f nonsense 2>err; [ $? -eq 2 ] || fail "unknown format is not exit 2"

# A missing database: one line naming the file, exit 1.
"$NG" stats -d missing.db 2>err; [ $? -eq 1 ] || fail "missing db is not exit 1"
[ "$(wc -l <err)" -eq 1 ] || fail "missing db message is not one line"
grep -q 'missing.db' err || fail "missing db message does not name the file"
[ ! -e missing.db ] || fail "stats created a database"

# Not SQLite at all.
echo "just some text, not a database" >text.db
"$NG" stats -d text.db 2>err; [ $? -eq 1 ] || fail "text file as db is not exit 1"
grep -q 'text.db' err || fail "text db message does not name the file"

# A build, then a database of a newer schema.
"$NG" build -q -d g.db "$TOP/sample" || fail "build of the sample failed"
"$NG" stats -d g.db >out || fail "stats failed"
grep -q '^articles *1$' out || fail "the sample is not one article: $(cat out)"
cp g.db newer.db
sqlite3 newer.db 'PRAGMA user_version=99' 2>/dev/null ||
  python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("PRAGMA user_version=99"); c.commit()' newer.db
"$NG" stats -d newer.db 2>err; [ $? -eq 1 ] || fail "newer schema is not exit 1"
grep -q 'newer.db.*newer' err || fail "newer schema message: $(cat err)"
"$NG" build -q -d newer.db "$TOP/sample" 2>err; [ $? -eq 1 ] || fail "build into newer schema"

# Building the same file twice does not duplicate anything.
before=$("$NG" stats -d g.db | grep '^quads')
"$NG" build -q -d g.db "$TOP/sample" || fail "second build failed"
"$NG" build -q --force -d g.db "$TOP/sample" || fail "forced build failed"
after=$("$NG" stats -d g.db | grep '^quads')
[ "$before" = "$after" ] || fail "rebuild changed counts: $before / $after"
exit 0
