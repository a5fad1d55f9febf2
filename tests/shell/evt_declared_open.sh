#!/bin/sh
# tests/shell/evt_declared_open.sh -- who declares the event open (宣布活动
# 启动, 宣布运动会开幕) speaks at it, though 宣布 runs into an event noun.
fail() { echo "FAIL: $*"; exit 1; }
N='<https://w3id.org/newsgraph/ns#'

cat >o.txt <<'TXT'
启动

7月1日,全县志愿服务活动启动仪式在县文化广场举行。县委常委、宣传部部长吴敏宣布活动启动。县长李强致辞。
TXT
"$NG" extract --date 2025-07-02 o.txt >o.nq || fail "extract exits non-zero"
grep -q "${N}speaker> <[^>]*/person/吴敏>" o.nq || fail "who declares it open does not speak"
exit 0
