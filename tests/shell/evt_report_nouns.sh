#!/bin/sh
# tests/shell/evt_report_nouns.sh -- 调研报告, 考察报告, 检查报告 and
# 调研成果 are nouns: no visit of their own.
fail() { echo "FAIL: $*"; exit 1; }

cat >a.txt <<'TXT'
测试

5月8日,市政协组织部分委员赴榕江县开展专题调研,形成调研报告。
5月9日,副市长韩振东到雷山县督导防汛工作,审阅了县里的检查报告。
TXT
"$NG" extract --date 2025-05-10 a.txt >a.nq || fail "extract exits non-zero"
grep -q '/event/[^>]*报告>' a.nq && fail "an event is named after a report (…形成调研报告)"
n=$(grep -o '^<[^>]*/event/[^>]*>' a.nq | sort -u | wc -l)
[ "$n" -eq 2 ] || fail "$n events, want 2"
exit 0
