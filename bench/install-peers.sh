#!/bin/sh
# bench/install-peers.sh -- install the tools newsgraph is compared with.
# npm peers (@node-rs/jieba, oxigraph) go into bench/cache/node_modules;
# Debian peers (redland-utils with its SQLite storage, raptor2-utils) go into
# the system through apt-get. Whatever is already there is kept, so the
# bench runs offline once the cache is filled. A peer that cannot be
# installed is reported and left out; the bench says so in its table.
here=$(cd "$(dirname "$0")" && pwd)
cache=$here/cache
mkdir -p "$cache"
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo

have_node_pkg() {
  [ -f "$cache/node_modules/$1/package.json" ]
}

if command -v npm >/dev/null 2>&1; then
  need=
  have_node_pkg @node-rs/jieba || need="$need @node-rs/jieba@2"
  have_node_pkg oxigraph || need="$need oxigraph@0.4"
  if [ -n "$need" ]; then
    echo "bench: installing npm peers:$need"
    [ -f "$cache/package.json" ] ||
      printf '{"name":"newsgraph-bench-peers","private":true}\n' >"$cache/package.json"
    (cd "$cache" && npm install --no-audit --no-fund --silent $need) ||
      echo "bench: npm peers could not be installed (offline?)"
  fi
else
  echo "bench: npm not found: jieba and Oxigraph are left out" \
       "(apt-get install nodejs npm)"
fi

missing=
command -v rdfproc >/dev/null 2>&1 || missing="$missing redland-utils"
ls /usr/lib/*/redland/librdf_storage_sqlite.so >/dev/null 2>&1 ||
  missing="$missing librdf-storage-sqlite"
command -v rapper >/dev/null 2>&1 || missing="$missing raptor2-utils"
command -v /usr/bin/time >/dev/null 2>&1 || missing="$missing time"
if [ -n "$missing" ]; then
  echo "bench: installing Debian peers:$missing"
  { $SUDO apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing; } \
    >"$cache/apt.log" 2>&1 ||
    echo "bench: could not install$missing (see bench/cache/apt.log)"
fi
exit 0
