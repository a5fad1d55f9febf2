#!/bin/sh
# tests/shell/export_errors.sh -- a failed export says why on one line in
# newsgraph's form ("newsgraph: error: FILE: what"), exits 1 and leaves no
# file behind that looks like an answer (an empty x.ttl was left when
# --about named nothing); -o /dev/null is not removed.
fail() { echo "FAIL: $*"; exit 1; }
"$NG" build -q -d g.db "$TOP/sample" || fail "build of the sample"
"$NG" export -d g.db -o nodir/x.ttl 2>err; [ $? -eq 1 ] || fail "unwritable -o is not exit 1"
grep -q '^newsgraph: error: nodir/x.ttl: No such file or directory$' err ||
  fail "unwritable -o: $(cat err)"
"$NG" export -d g.db --about nobodyatall -o x.ttl 2>err; [ $? -eq 1 ] || fail "--about nothing is not exit 1"
grep -q 'nobodyatall' err || fail "--about nothing: $(cat err)"
[ ! -e x.ttl ] || fail "a failed export left x.ttl"
"$NG" export -d g.db --graph nosuchfile.txt -f nquads -o x.nq 2>err; [ $? -eq 1 ] || fail "--graph nothing is not exit 1"
[ ! -e x.nq ] || fail "a failed export left x.nq"
"$NG" export -d g.db --about nobodyatall -o /dev/null 2>err
[ -c /dev/null ] || fail "/dev/null was removed"
"$NG" export -d g.db -o y.ttl || fail "export to y.ttl"
[ -s y.ttl ] || fail "y.ttl is empty"
exit 0
