#!/bin/sh
# tests/shell/evt_led_bodies.sh -- X带领甲局、乙局、丙局负责同志到…调研:
# every body of the list whose officers go along takes part, not only the
# first.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >l.txt <<'TXT'
调研

5月20日,副县长周明带领县农业农村局、县水利局、县林业局负责同志到南湖镇调研春耕生产工作。
TXT
"$NG" extract --date 2025-05-21 l.txt >l.nq || fail "extract exits non-zero"
for b in 县农业农村局 县水利局 县林业局; do
  grep -q "${S}attendee> <[^>]*/org/[^>]*$b>" l.nq || fail "$b takes no part"
done
exit 0
