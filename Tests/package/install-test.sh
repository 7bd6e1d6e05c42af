#!/usr/bin/env bash
# Issue #29: the Debian package, installed the way a user would.
#   bash Tests/package/install-test.sh
# Builds dist/toc_<version>_<arch>.deb (scripts/package), checks it with
# lintian (no errors, no warnings), installs it with apt-get, runs
# /usr/bin/toc check and render on theories/, reads its man page and its
# completions, starts toc serve and fetches a page, checks that the service
# is installed disabled with its config (systemd-analyze verify), runs the
# service's command as its user and finds the page's token readable by that
# user alone, and purges the package again.
# Needs root (CI runs as root); elsewhere it says so and does nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "$(id -u)" -ne 0 ]; then
  echo "Tests/package/install-test.sh: skipped, installing a package needs root"
  exit 0
fi
fail() { echo "package test: $*" >&2; exit 1; }

bash scripts/package
deb=$(ls -t dist/toc_*.deb | head -1)
lintian --fail-on error,warning "$deb" 2>&1 | grep -v 'root privileges' || true
lintian --fail-on error,warning "$deb" >/dev/null 2>&1 || fail "lintian found errors or warnings in $deb"

was_installed=0
dpkg-query -W -f='${Status}' toc 2>/dev/null | grep -q "install ok installed" && was_installed=1
[ "$was_installed" = 0 ] || fail "a toc package is installed already; remove it first"
work=$(mktemp -d)
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq toc >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null || fail "apt-get install ./$deb failed"
[ -x /usr/bin/toc ] || fail "/usr/bin/toc is not there"
version=$(/usr/bin/toc --version)
[ "$deb" = "dist/toc_${version}_$(dpkg --print-architecture).deb" ] || fail "toc --version says $version, the package $deb"

# Check and render theories/ as a user would, from a copy.
cp -r theories "$work/theories"
cd "$work"
status=0
/usr/bin/toc check theories >check.txt 2>&1 || status=$?
[ "$status" -le 1 ] || fail "toc check theories ended with $status: $(cat check.txt)"
grep -q "checked 7 files" check.txt || fail "toc check did not check the 7 theories: $(tail -3 check.txt)"
/usr/bin/toc render theories -o out >render.txt 2>&1 || true
[ "$(find out -name "*.svg" | wc -l)" -ge 7 ] || fail "toc render drew $(find out -name "*.svg" | wc -l) SVG files: $(tail -3 render.txt)"
/usr/bin/toc render theories/helhedsplan-bispehaven.ft -o bispehaven.png >/dev/null 2>&1
head -c 8 bispehaven.png | od -An -c | grep -q "P   N   G" || fail "the PNG is not a PNG"
LANG=da_DK.UTF-8 /usr/bin/toc report theories -o rapport.docx >/dev/null 2>&1 || true
[ -s rapport.docx ] || fail "toc report -o rapport.docx wrote nothing"

# The man pages, in English and Danish, and the completions.
man -w toc-check >/dev/null 2>&1 || [ -f /usr/share/man/man1/toc-check.1.gz ] || fail "no man page for toc check"
zcat /usr/share/man/man1/toc-report.1.gz | grep -q "docx" || fail "toc-report(1) does not mention docx"
zcat /usr/share/man/da/man1/toc-check.1.gz | grep -q "BESKRIVELSE" || fail "the Danish man page is not Danish"
grep -q "_toc" /usr/share/bash-completion/completions/toc || fail "no bash completion"
[ -s /usr/share/zsh/vendor-completions/_toc ] && [ -s /usr/share/fish/vendor_completions.d/toc.fish ] || fail "no zsh or fish completion"

# The service is there, with its config, and not enabled.
[ -f /usr/lib/systemd/system/toc-serve.service ] || fail "no toc-serve.service"
grep -q "^TOC_FOLDER=" /etc/toc/serve.conf || fail "no /etc/toc/serve.conf"
[ ! -e /etc/systemd/system/multi-user.target.wants/toc-serve.service ] || fail "toc-serve.service is enabled"
getent passwd toc >/dev/null || fail "no toc user for the service"
if command -v systemd-analyze >/dev/null; then
  problems=$(systemd-analyze verify --man=no /usr/lib/systemd/system/toc-serve.service 2>&1 || true)
  [ -z "$problems" ] || fail "systemd-analyze verify toc-serve.service: $problems"
fi
# The service's command, as systemd would run it (this machine may have no
# systemd): as the toc user, its state directory made 0700, the folder and
# port from /etc/toc/serve.conf. The page's token lands where only toc reads it.
state=/var/lib/toc
install -d -m 0700 -o toc -g toc "$state"
set -a; . /etc/toc/serve.conf; set +a
service_port=$((20000 + RANDOM % 20000))
runuser -u toc -- env XDG_STATE_HOME="$state" /usr/bin/toc serve "$TOC_FOLDER" --port "$service_port" --host "$TOC_ADDRESS" \
  >"$work/service.txt" 2>&1 &
server=$!
for _ in $(seq 1 100); do
  grep -q "token=" "$work/service.txt" 2>/dev/null && break
  sleep 0.1
done
curl -fsS -o /dev/null "http://127.0.0.1:$service_port/" || fail "the service's command did not answer: $(cat "$work/service.txt")"
kill "$server"; wait "$server" 2>/dev/null || true; server=""
token=$(find "$state" -type f | head -1)
[ -n "$token" ] || fail "the service kept no token under $state"
[ "$(stat -c '%U %a' "$token")" = "toc 600" ] || fail "the token file is $(stat -c '%U %a' "$token"), not toc 600"
[ "$(stat -c '%a' "$(dirname "$token")")" = "700" ] || fail "the token's folder is not 0700"

# toc serve answers a page.
port=$((20000 + RANDOM % 20000))
/usr/bin/toc serve theories --port "$port" >serve.txt 2>&1 &
server=$!
for _ in $(seq 1 100); do
  grep -q "http://127.0.0.1:$port" serve.txt 2>/dev/null && break
  sleep 0.1
done
page=$(curl -fsS "http://127.0.0.1:$port/" || true)
echo "$page" | grep -q "helhedsplan-bispehaven" || fail "toc serve did not list the theories: $(head -c 300 serve.txt)"
kill "$server"; wait "$server" 2>/dev/null || true; server=""
cd - >/dev/null

DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq toc >/dev/null || fail "apt-get purge toc failed"
[ ! -e /usr/bin/toc ] || fail "/usr/bin/toc is still there after removing the package"
[ ! -e /var/lib/toc ] || fail "purging left the service's state (the token) in /var/lib/toc"
echo "package test: $deb installs, checks, renders, serves and goes again"
