#!/usr/bin/env bash
# The search page's browser test (#15), end to end:
#
#   tests/browser/run.sh SERVER_EXE INDEX_EXE OUT_DIR
#
# installs puppeteer-core into OUT_DIR (npm ci from the committed lock file, so
# the source tree gets no node_modules), indexes corpus/ plus a hostile article
# into OUT_DIR/db, starts SERVER_EXE --db OUT_DIR/db --listen 127.0.0.1:0, runs
# search_page.test.mjs against it in headless Chromium, stops the server and
# exits with the test's status. The screenshot is OUT_DIR/search-page.png.
#
# SERVER_EXE may be tests/browser/dev_server.py, the stand-in for lede-serve: it
# is run with python3 and the lede-search beside INDEX_EXE's build
# (BUILD/searcher/lede-search for BUILD/indexer/lede-index), or $LEDE_SEARCH.
set -euo pipefail

if (($# != 3)); then
  echo "usage: $0 SERVER_EXE INDEX_EXE OUT_DIR" >&2
  exit 2
fi
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
server_exe=$(realpath "$1")
index_exe=$(realpath "$2")
mkdir -p "$3"
out=$(realpath "$3")

for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (Node.js 20 and npm)" >&2; exit 1; }
done
[[ -x ${CHROMIUM:-/usr/bin/chromium} ]] || { echo "run.sh: no Chromium: apt-get install chromium (scripts/install-deps)" >&2; exit 1; }

# 1. puppeteer-core, exactly as locked; it downloads no browser.
cp "$here/package.json" "$here/package-lock.json" "$here/search_page.test.mjs" "$out/"
if ! cmp -s "$here/package-lock.json" "$out/node_modules/.package-lock.json.installed" 2>/dev/null; then
  (cd "$out" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$here/package-lock.json" "$out/node_modules/.package-lock.json.installed"
fi

# 2. The database: the corpus plus one hostile article, whose title, source,
#    url and body are markup that must stay text on the page.
cat >"$out/hostile.jsonl" <<'EOF'
{"id": "hostile-001", "title": "Zorblax <script>window.__pwned=1</script> headline", "date": "2024-05-01", "lang": "en", "source": "<img src=x onerror=\"window.__pwned=1\">", "url": "javascript:window.__pwned=1", "body": "The zorblax report <script>window.__pwned=1</script> says 12 people were killed. <img src=x onerror=\"window.__pwned=1\"> Quotes \"double\" & 'single' & <b>bold</b> stay text."}
EOF
rm -rf "$out/db"
"$index_exe" --db "$out/db" --quiet --progress never "$repo/corpus/" "$out/hostile.jsonl"

# 3. The server, on a port of its choosing; its first line names it.
server=("$server_exe")
if [[ $server_exe == *.py ]]; then
  search_exe=${LEDE_SEARCH:-$(dirname "$(dirname "$index_exe")")/searcher/lede-search}
  server=(python3 "$server_exe" --search-exe "$search_exe")
fi
server_log="$out/server.log"
server_out="$out/server.out"
: >"$server_out"
"${server[@]}" --db "$out/db" --listen 127.0.0.1:0 >"$server_out" 2>"$server_log" &
server_pid=$!
stop_server() {
  if kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 50); do
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$server_pid" 2>/dev/null || true
  fi
  wait "$server_pid" 2>/dev/null || true
}
trap stop_server EXIT

first_line=""
for _ in $(seq 300); do
  if (($(wc -l <"$server_out") >= 1)); then
    IFS= read -r first_line <"$server_out"
    break
  fi
  kill -0 "$server_pid" 2>/dev/null || break # it died: its stderr says why
  sleep 0.1
done
if [[ -z $first_line ]]; then
  echo "run.sh: the server printed no 'listening on' line within 30 s; its stderr:" >&2
  cat "$server_log" >&2
  exit 1
fi
if [[ ! $first_line =~ ^listening\ on\ (http://[^[:space:]]+:[0-9]+)$ ]]; then
  echo "run.sh: unexpected first line from the server: $first_line" >&2
  cat "$server_log" >&2
  exit 1
fi
url=${BASH_REMATCH[1]}
echo "run.sh: server at $url (pid $server_pid)"

# 4. The test, as a person would use the page.
status=0
(cd "$out" && node search_page.test.mjs "$url" "$out/search-page.png") || status=$?
stop_server
trap - EXIT
if ((status == 0)); then
  echo "run.sh: browser test passed; screenshots $out/search-page.png and $out/search-page-narrow.png"
else
  echo "run.sh: browser test FAILED (status $status); server log $server_log, failure screenshots in $out" >&2
fi
exit "$status"
