#!/bin/sh
# tests/shell/build_tally.sh -- the tally build and load print counts in
# plain English: "1 file stored", "1 article", "2 files stored".
fail() { echo "FAIL: $*"; exit 1; }
printf '县里召开会议\n11月20日,县里召开安全生产会议。县长柯文远主持会议。\n' > one.txt
"$NG" build -d a.db one.txt 2>err || fail "build of one file"
grep -q '^1 file stored, 0 unchanged, 0 failed; 1 article, ' err ||
  fail "one file: $(cat err)"
printf '镇里召开会议\n11月21日,镇里召开防汛会议。镇长乔雨桐主持会议。\n' > two.txt
"$NG" build -d b.db one.txt two.txt 2>err || fail "build of two files"
grep -q '^2 files stored, 0 unchanged, 0 failed; 2 articles, ' err ||
  fail "two files: $(cat err)"
exit 0
