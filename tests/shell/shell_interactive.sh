#!/bin/sh
# tests/shell/shell_interactive.sh -- the real interactive shell in a
# terminal (tmux): Tab completes a Chinese name from a pinyin prefix, Ctrl-C
# drops the line being typed without leaving the shell, and history
# survives into a second session.
fail() {
  echo "FAIL: $*"
  [ -n "$pane" ] && { echo "--- screen:"; cat "$pane"; }
  tmux -L "$sock" kill-server 2>/dev/null
  exit 1
}
command -v tmux >/dev/null || { echo "skip: tmux is not installed"; exit 0; }
page="$SHARED/corpus/dev/000_e713b7ff9e0ddada.txt"
case $SHARED in /*) ;; *) page="$TOP/$page" ;; esac
[ -f "$page" ] || { echo "skip: no $page"; exit 0; }

"$NG" build -q -d g.db "$page" || fail "build of the sample page"
sock="ngtest$$"
pane=$PWD/pane
export LANG=C.UTF-8 TERM=xterm-256color
hist=$PWD/history

start() {
  tmux -L "$sock" -f /dev/null -u new-session -d -x 160 -y 50 \
    "env NEWSGRAPH_HISTORY='$hist' '$NG' shell -d '$PWD/g.db'; sleep 30" ||
    fail "tmux did not start"
}

# Waits (up to 20 s, polling) until the screen shows TEXT.
wait_for() {
  i=0
  while [ $i -lt 200 ]; do
    tmux -L "$sock" capture-pane -p >"$pane" 2>/dev/null
    grep -qF -- "$1" "$pane" && return 0
    sleep 0.1
    i=$((i + 1))
  done
  fail "the screen never showed: $1"
}

start
wait_for "newsgraph>"
# A pinyin prefix completes to the Chinese name.
tmux -L "$sock" send-keys 'events niurui' Tab
wait_for "newsgraph> events 牛瑞华"
tmux -L "$sock" send-keys Enter
wait_for "郑东新区党工委扩大会议"
# A name that fits several entities: a numbered list, then a pick.
tmux -L "$sock" send-keys 'events 马' Enter
wait_for "(Enter cancels):"
n=$(sed -n 's/^ *\([0-9]*\)\. 马安庄 .*/\1/p' "$pane" | head -1)
[ -n "$n" ] || fail "马安庄 is not in the numbered list"
tmux -L "$sock" send-keys "$n" Enter
wait_for "揭牌仪式"
# Ctrl-C drops a half-typed line and the shell carries on.
tmux -L "$sock" send-keys 'garbage' C-c
tmux -L "$sock" send-keys 'stats' Enter
wait_for "sentences"
grep -q 'garbage' "$pane" && grep -q 'unknown command "garbage' "$pane" &&
  fail "Ctrl-C did not drop the line"
# Ctrl-C stops a running query (a SPARQL cross product of every triple
# three times over) and the shell carries on.
tmux -L "$sock" send-keys 'sparql SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }' Enter
wait_for "?g ?h ?i }"
# Ctrl-C until the query reports it (a first one may come before the query
# starts on a slow machine).
tries=0
while :; do
  sleep 0.5
  tmux -L "$sock" send-keys C-c
  i=0
  while [ $i -lt 20 ]; do
    tmux -L "$sock" capture-pane -p >"$pane"
    grep -qF "Error: interrupted" "$pane" && break 2
    sleep 0.1
    i=$((i + 1))
  done
  tries=$((tries + 1))
  [ $tries -lt 10 ] || fail "Ctrl-C did not stop the query"
done
tmux -L "$sock" send-keys 'attendees 防汛会商会议' Enter
wait_for "刘焱中"
tmux -L "$sock" send-keys '.quit' Enter
i=0
while [ $i -lt 100 ] && ! grep -q '^\.quit$' "$hist" 2>/dev/null; do
  sleep 0.1
  i=$((i + 1))
done
grep -qx 'events 牛瑞华' "$hist" || fail "history file lacks the command"
tmux -L "$sock" kill-server 2>/dev/null
sock="ngtest$$b" # a server of its own: the first may still be exiting

# A second session: Up six times (.quit, attendees, sparql, stats, events
# 马) brings the completed command back.
start
wait_for "newsgraph>"
tmux -L "$sock" send-keys Up Up Up Up Up Up
wait_for "newsgraph> events 牛瑞华"
tmux -L "$sock" send-keys Enter
wait_for "郑东新区党工委扩大会议"
# help completes command names, and says more of one.
tmux -L "$sock" send-keys 'help tr' Tab
wait_for "newsgraph> help trace"
tmux -L "$sock" send-keys Enter
wait_for "FROM and TO are dates"
# why's PREDICATE completes as a predicate, export's --about as a name.
tmux -L "$sock" send-keys 'why niurui' Tab 'ch' Tab
wait_for "newsgraph> why 牛瑞华 chair"
tmux -L "$sock" send-keys C-u 'export turtle x.ttl --ab' Tab 'niurui' Tab
wait_for "newsgraph> export turtle x.ttl --about 牛瑞华"
# export's --graph completes the source files of the store.
tmux -L "$sock" send-keys C-u 'export nquads x.nq --graph 000_' Tab
wait_for "newsgraph> export nquads x.nq --graph 000_e713b7ff9e0ddada.txt"
tmux -L "$sock" send-keys C-u
tmux -L "$sock" send-keys '.quit' Enter
tmux -L "$sock" kill-server 2>/dev/null
exit 0
