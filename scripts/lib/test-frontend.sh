#!/usr/bin/env bash
# Frontend check, run by scripts/test with the results folder as $1:
#  - frontend-types: openapi-typescript turns sdk/openapi/openapi.json into TypeScript types and
#    tools/frontend-check/flow.ts (register, login, me) compiles against them with tsc --noEmit;
#  - openapi-lint:   redocly lint finds no errors in the document (rules: tools/frontend-check/redocly.yaml).
# Node and npm come from apt when missing; the npm tools install from the committed package-lock.json.
set -uo pipefail
results=${1:?usage: test-frontend.sh RESULTS_DIR}
cd "$(dirname "$0")/../.."
dir=tools/frontend-check
out="$results/extra-frontend.txt"
log="$results/frontend-check.log"
: >"$out"
: >"$log"

log() { printf '[test-frontend] %s\n' "$*" >&2; }
record() { echo "$1 $2" >>"$out"; log "$1 $2"; }

ensure_node() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 && return 0
  log "installing nodejs and npm with apt"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >>"$log" 2>&1
  command -v node >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nodejs >>"$log" 2>&1
  command -v npm >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq npm >>"$log" 2>&1
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1
}

ensure_tools() {
  local bin=$dir/node_modules/.bin
  [ -x "$bin/openapi-typescript" ] && [ -x "$bin/tsc" ] && [ -x "$bin/redocly" ] \
    && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ] && return 0
  log "installing openapi-typescript, typescript and @redocly/cli into $dir"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) >>"$log" 2>&1
}

if ! ensure_node || ! ensure_tools; then
  log "could not install node tools; see $log"
  record frontend-types failed
  record openapi-lint failed
  exit 1
fi

status=0
mkdir -p "$dir/generated"
if (cd "$dir" && ./node_modules/.bin/openapi-typescript ../../sdk/openapi/openapi.json -o generated/api.d.ts \
    && ./node_modules/.bin/tsc --noEmit -p tsconfig.json) >>"$log" 2>&1; then
  record frontend-types passed
else
  record frontend-types failed; status=1
  tail -n 30 "$log" >&2
fi

# @redocly/cli 2.x needs Node >= 20.19 (Debian 12's own nodejs is 18): say so rather than fail.
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
  log "openapi-lint skipped: Node $(node --version) is older than 20.19"
  record openapi-lint skipped
  exit $status
fi
# Exit code 1 means errors; warnings alone keep it 0.
if (cd "$dir" && REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
    ./node_modules/.bin/redocly lint ../../sdk/openapi/openapi.json --config redocly.yaml --format=stylish) >>"$log" 2>&1; then
  record openapi-lint passed
else
  record openapi-lint failed; status=1
  tail -n 30 "$log" >&2
fi
exit $status
