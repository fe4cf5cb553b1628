#!/usr/bin/env bash
# Real-browser check of live reload: serves a temporary copy of the project under a subpath, opens
# a page in headless Chromium, edits the config, and proves the open page reloaded by itself (a
# JavaScript mark set on the page is gone and the new title is shown). Then a broken template must
# show the error overlay and fixing it must clear it. Needs chromium and python3 (standard library).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${CROSSCHECK:-$root/.build/release/crosscheck}"
chromium="${CHROMIUM:-chromium}"
cdp="python3 $root/Tests/browser/cdp.py"
work="$(mktemp -d /tmp/crosscheck-browser.XXXXXX)"
server_pid=""; browser_pid=""

cleanup() {
  [ -n "$browser_pid" ] && kill "$browser_pid" 2>/dev/null || true
  [ -n "$server_pid" ] && kill -INT "$server_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; echo "--- serve log:" >&2; cat "$work/serve.log" >&2; exit 1; }

[ -x "$bin" ] || { echo "build first: swift build -c release --product crosscheck" >&2; exit 2; }
command -v "$chromium" >/dev/null || { echo "chromium not found (apt-get install chromium)" >&2; exit 2; }

cp -R "$root/seeds" "$root/templates" "$root/crosscheck.yml" "$work/"
cd "$work"
"$bin" serve --port 0 --base-url /report/ 2>"$work/serve.log" &
server_pid=$!

url=""
for _ in $(seq 1 100); do
  url="$(sed -n 's/^Serving \(http[^ ]*\) .*/\1/p' "$work/serve.log")"
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || fail "serve exited"
  sleep 0.1
done
[ -n "$url" ] || fail "serve printed no URL"
echo "serving $url"

devtools_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
"$chromium" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile" \
  --remote-debugging-address=127.0.0.1 --remote-debugging-port="$devtools_port" "${url}fighters.html" \
  >"$work/chromium.log" 2>&1 &
browser_pid=$!

echo "page title: $($cdp "$devtools_port" mark)"
sed -i 's/title: "Crosscheck report"/title: "Edited in the browser check"/' crosscheck.yml
$cdp "$devtools_port" wait-reload "Edited in the browser check" 15 || fail "the page did not reload after a config edit"

$cdp "$devtools_port" mark >/dev/null
cp templates/layout.mustache "$work/layout.good"
printf '\n{{#unclosed}}\n' >> templates/layout.mustache
$cdp "$devtools_port" wait-reload "crosscheck-build-error" 15 || fail "no error overlay after breaking a template"
echo "overlay: $($cdp "$devtools_port" eval "document.getElementById('crosscheck-build-error').innerText.split('\n').slice(0,2).join(' | ')")"

$cdp "$devtools_port" mark >/dev/null
cp "$work/layout.good" templates/layout.mustache
$cdp "$devtools_port" wait-reload "Edited in the browser check" 15 || fail "the page did not reload after fixing the template"
[ "$($cdp "$devtools_port" eval "String(document.getElementById('crosscheck-build-error'))")" = "null" ] \
  || fail "the overlay is still shown after the fix"

grep -q '^Rebuilt in [0-9]* ms: ' "$work/serve.log" || fail "no rebuild line on stderr"
grep -q '^Build failed: .*layout.mustache' "$work/serve.log" || fail "no failure line on stderr"
# Ctrl-C with the page (and its event stream) still open must stop the server promptly and cleanly.
kill -INT "$server_pid"
( sleep 5; kill -KILL "$server_pid" 2>/dev/null ) &
watchdog=$!
status=0; wait "$server_pid" || status=$?
server_pid=""
kill "$watchdog" 2>/dev/null || true
[ "$status" = 0 ] || fail "serve did not exit cleanly within 5 s of SIGINT (status $status)"
echo "--- serve log:"; cat "$work/serve.log"
echo "PASS: the page reloaded by itself, showed the build error and cleared it; Ctrl-C stopped the server."
