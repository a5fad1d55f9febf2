#!/bin/sh
# tests/shell/cli_help_options.sh -- each subcommand's --help lists its
# options, long forms included, with what they do (it printed the usage
# line alone, so -q, --batch or --network were explained nowhere but the
# README); stats and query take --mode, and an unknown mode is a usage
# error that names it.
fail() { echo "FAIL: $*"; exit 1; }
check() { # COMMAND OPTION...
  c=$1
  shift
  "$NG" "$c" --help >out 2>&1 || fail "$c --help exits non-zero"
  for o in "$@"; do
    grep -q -- "^  .*$o" out || fail "$c --help does not explain $o: $(cat out)"
  done
}
check build '-d, --db DB' '-q, --quiet' '-j, --jobs N' '--batch N' '--force' \
  '--base IRI' '--date YYYY-MM-DD' '--encoding NAME'
check extract '-j, --jobs N' '--base IRI' '--date YYYY-MM-DD' '--encoding NAME'
check export '-d, --db DB' '-f, --format F' '-o, --output FILE' \
  '--graph ARTICLE' '--about NAME' '--network N' '--ontology'
check load '-d, --db DB' '-q, --quiet' '--syntax NAME' '--graph IRI'
check shell '-d, --db DB' '-m, --mode M'
check query '-d, --db DB' '-m, --mode M'
check stats '-d, --db DB' '-m, --mode M'
# A usage error shows the usage line only, on stderr.
"$NG" export --bogus >out 2>err; [ $? -eq 2 ] || fail "unknown option is not exit 2"
[ ! -s out ] || fail "a usage error wrote to stdout"
grep -q -- '--network N' err && fail "a usage error lists every option"

"$NG" build -q -d g.db "$TOP/sample" || fail "build of the sample"
"$NG" stats -d g.db --mode json >out || fail "stats --mode json"
grep -q '^\[{"quads":[0-9]*,"terms":' out || fail "stats --mode json: $(cat out)"
"$NG" stats -d g.db --mode xml 2>err; [ $? -eq 2 ] || fail "stats --mode xml is not exit 2"
grep -q 'unknown mode "xml"' err || fail "stats --mode xml: $(cat err)"
"$NG" query -d g.db --mode xml stats 2>err; [ $? -eq 2 ] || fail "query --mode xml is not exit 2"
grep -q 'unknown mode "xml"' err || fail "query --mode xml: $(cat err)"
# The shell takes --mode too (it said "cannot start the shell" to a bad
# one) and its database without -d, as sqlite3 does.
echo stats | "$NG" shell --mode csv g.db >out || fail "shell --mode csv DB"
grep -q '^quads,terms,' out || fail "shell --mode csv DB: $(cat out)"
"$NG" shell -d g.db --mode xml </dev/null 2>err; [ $? -eq 2 ] || fail "shell --mode xml is not exit 2"
grep -q 'unknown mode "xml"' err || fail "shell --mode xml: $(cat err)"
"$NG" shell -d g.db other.db </dev/null 2>err; [ $? -eq 2 ] || fail "shell -d DB DB is not exit 2"
[ ! -e other.db ] || fail "shell -d DB DB made a database"
# An option after the commands is a usage error that says where options
# go (it ran "--mode" and "json" as two unknown commands); - is stdin.
"$NG" query -d g.db stats --mode json >out 2>err; [ $? -eq 2 ] || fail "an option after the commands is not exit 2"
grep -q 'options go before them' err || fail "option after the commands: $(cat err)"
[ ! -s out ] || fail "an option after the commands ran commands"
echo stats | "$NG" query -d g.db --mode tsv - >out || fail "query - (stdin)"
grep -q '^quads	terms' out || fail "query - read no commands from stdin: $(cat out)"
exit 0
