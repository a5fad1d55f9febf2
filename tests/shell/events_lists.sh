#!/bin/sh
# tests/shell/events_lists.sh -- who takes part when several act in turn:
# officials named clause by clause before 先后发言 or 分别作表态发言 all
# speak; areas listed before 汇报 or 作交流发言 take part as bodies, as do
# areas listed with a body; and the guests received in a city give the
# reception that city as its location.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'
N='<https://w3id.org/newsgraph/ns#'

cat >turns.txt <<'TXT'
全县招商引资工作会议召开

5月6日,全县招商引资工作会议召开。九鼎科技公司董事长王文斌,宏达建材公司总经理李海峰先后发言。南召县、方城县汇报了工作情况,城关镇、南湖乡、县教育局作表态发言。
TXT
"$NG" extract --date 2024-05-07 turns.txt >t.nq || fail "extract exits non-zero"
for who in 王文斌 李海峰; do
  grep -q "${N}speaker> <[^>]*/person/$who>" t.nq || fail "$who does not speak (先后发言)"
done
for area in 南召县 方城县 城关镇 南湖乡; do
  grep -q "${S}attendee> <[^>]*/org/$area>" t.nq || fail "$area takes no part"
done

cat >meet.txt <<'TXT'
省长会见客人

5月6日,省长林振华在洛阳会见了远航集团董事长孙立新一行。
TXT
"$NG" extract --date 2024-05-07 meet.txt >m.nq || fail "extract of a reception exits non-zero"
grep -q "${S}location> <[^>]*/place/洛阳>" m.nq || fail "在洛阳会见 gives no location"
exit 0
