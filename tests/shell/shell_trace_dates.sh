#!/bin/sh
# tests/shell/shell_trace_dates.sh -- trace's FROM and TO: dates of a year
# (an event dated --MM-DD takes its article's year, one with neither is in
# no range of years) or --MM[-DD] for a time of any year, which the dates
# the answers show (--04-09) could not be used for before. Names invented.
fail() { echo "FAIL: $*"; exit 1; }
printf '县应急管理局召开防汛工作会议\n发布时间:2022-03-06\n本报讯 3月5日，临安区应急管理局召开防汛工作会议，局长韦承泽主持会议。\n' >a.txt
printf '区应急管理局开展安全检查\n本报讯 4月9日，临安区应急管理局召开安全生产工作会议，局长韦承泽出席。\n' >b.txt
"$NG" build -q -d t.db a.txt b.txt || fail "build"
span() { "$NG" query -d t.db --mode tsv "trace 临安区应急管理局 $1" | cut -f1 | tail -n +2 | tr '\n' ' '; }
[ "$(span '')" = "--04-09 2022-03-05 " ] || fail "trace: $(span '')"
[ "$(span 2022)" = "2022-03-05 " ] || fail "trace 2022: $(span 2022)"
[ "$(span '2000 2022-12')" = "2022-03-05 " ] || fail "trace 2000 2022-12: $(span '2000 2022-12')"
[ "$(span --04)" = "--04-09 " ] || fail "trace --04: $(span --04)"
[ "$(span '--03 --03')" = "2022-03-05 " ] || fail "trace --03 --03: $(span '--03 --03')"
[ "$(span '--03-06 --04')" = "--04-09 " ] || fail "trace --03-06 --04: $(span '--03-06 --04')"
"$NG" query -d t.db 'trace 临安区应急管理局 2022 --04' 2>err
[ $? -eq 1 ] && grep -q 'both' err || fail "mixed bounds: $(cat err)"
"$NG" query -d t.db 'trace 临安区应急管理局 --4' 2>err
[ $? -eq 1 ] && grep -q 'expected a date' err || fail "--4: $(cat err)"
exit 0
