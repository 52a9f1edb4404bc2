#!/usr/bin/env bash
# TypeScript SDK check, run by scripts/test with the results folder as $1. Writes
# "typescript-sdk-<check> passed|failed|skipped" lines to $1/extra-typescript-sdk.txt:
#  - build:          npm ci (committed package-lock.json), openapi-typescript types from
#                    sdk/openapi/openapi.json, tsc to sdk/typescript/dist;
#  - unit:           node --test with a fake fetch (refresh, errors, paging, jobs, unknown enums, retries);
#  - pack:           npm pack holds dist/*.js, dist/*.d.ts, package.json, README.md and LICENSE;
#  - consumer-types: a strict TypeScript consumer compiles against the tarball installed in a temp folder;
#  - author-flow, learner-flow, training-wait: sdk/typescript/test-e2e/flow.mjs, run from that temp
#                    folder, against an API this script starts on a fresh database of the MariaDB
#                    server in ConnectionStrings__Learning (and the Redis of ConnectionStrings__Redis).
set -uo pipefail
results=${1:?usage: test-typescript-sdk.sh RESULTS_DIR}
cd "$(dirname "$0")/../.."
root=$PWD
sdk=sdk/typescript
out="$results/extra-typescript-sdk.txt"
log_file="$results/typescript-sdk.log"
: >"$out"
: >"$log_file"
checks=(build unit pack consumer-types author-flow learner-flow training-wait)

log() { printf '[test-typescript-sdk] %s\n' "$*" >&2; }
record() { echo "typescript-sdk-$1 $2" >>"$out"; log "typescript-sdk-$1 $2"; }
recorded() { grep -q "^typescript-sdk-$1 " "$out"; }
finish_rest() { # finish_rest VERDICT: every check without a line yet gets VERDICT
  local c; for c in "${checks[@]}"; do recorded "$c" || record "$c" "$1"; done
}

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1 \
   || ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)'; then
  log "skipped: the TypeScript SDK needs Node >= 20 and npm (found $(node --version 2>/dev/null || echo none))"
  echo "# skipped: Node >= 20 with npm is required (found $(node --version 2>/dev/null || echo none))" >>"$out"
  finish_rest skipped
  exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/typescript-sdk.XXXXXX")
api_pid=""
database=""
cleanup() {
  if [ -n "$api_pid" ]; then
    kill -TERM -- "-$api_pid" 2>/dev/null || kill -TERM "$api_pid" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$api_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$api_pid" 2>/dev/null || true
  fi
  [ -n "$database" ] && mysql_cli -e "DROP DATABASE IF EXISTS \`$database\`" >>"$log_file" 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

# build
if (cd "$sdk" && { [ "node_modules/.package-lock.json" -nt package-lock.json ] || npm ci --no-audit --no-fund --loglevel=error; } \
    && npm run --silent build) >>"$log_file" 2>&1; then
  record build passed
else
  record build failed; tail -n 30 "$log_file" >&2
  finish_rest failed
  exit 1
fi

# unit
if (cd "$sdk" && node --test test/*.test.mjs) >>"$log_file" 2>&1; then record unit passed
else record unit failed; tail -n 40 "$log_file" >&2; fi

# pack
tarball=""
if (cd "$sdk" && npm pack --ignore-scripts --silent --pack-destination "$work") >"$work/pack.out" 2>>"$log_file" \
   && tarball="$work/$(tail -n 1 "$work/pack.out")" && [ -f "$tarball" ] \
   && contents=$(tar -tzf "$tarball") \
   && grep -qx 'package/dist/index.js' <<<"$contents" && grep -qx 'package/dist/index.d.ts' <<<"$contents" \
   && grep -qx 'package/dist/generated/api.d.ts' <<<"$contents" \
   && grep -qx 'package/package.json' <<<"$contents" && grep -qx 'package/README.md' <<<"$contents" \
   && grep -qx 'package/LICENSE' <<<"$contents" \
   && ! grep -q '^package/src/\|^package/test\|^package/node_modules/' <<<"$contents"; then
  record pack passed
  log "$(basename "$tarball"): $(grep -c '^package/dist/.*\.js$' <<<"$contents") .js and $(grep -c '^package/dist/.*\.d\.ts$' <<<"$contents") .d.ts files"
else
  record pack failed; finish_rest failed; exit 1
fi

# consumer-types: install the tarball as an app would, compile a strict consumer against it
app="$work/app"
mkdir -p "$app"
printf '{ "name": "sdk-consumer", "private": true, "type": "module" }\n' >"$app/package.json"
cp "$sdk/test-e2e/flow.mjs" "$sdk/test-e2e/consumer.ts" "$sdk/test-e2e/tsconfig.json" "$app/"
if (cd "$app" && npm install --no-audit --no-fund --prefer-offline --loglevel=error "$tarball") >>"$log_file" 2>&1; then
  if (cd "$app" && "$root/$sdk/node_modules/.bin/tsc" -p tsconfig.json) >>"$log_file" 2>&1; then record consumer-types passed
  else record consumer-types failed; tail -n 20 "$log_file" >&2; fi
else
  log "npm install of the tarball failed; see $log_file"
  finish_rest failed; exit 1
fi

# The live flows need the servers scripts/test started and a built API.
if [ -z "${ConnectionStrings__Learning:-}" ] || [ -z "${ConnectionStrings__Redis:-}" ]; then
  log "ConnectionStrings__Learning / ConnectionStrings__Redis are not set: run through scripts/test"
  echo "# live flows skipped: no ConnectionStrings__Learning / ConnectionStrings__Redis" >>"$out"
  finish_rest skipped
  exit 0
fi

conn_value() { # conn_value KEY... : the first of these keys in ConnectionStrings__Learning
  local part key want
  IFS=';' read -ra parts <<<"$ConnectionStrings__Learning"
  for want in "$@"; do
    for part in "${parts[@]}"; do
      key=$(tr '[:upper:]' '[:lower:]' <<<"${part%%=*}" | tr -d ' ')
      [ "$key" = "$want" ] && { echo "${part#*=}"; return; }
    done
  done
}
db_host=$(conn_value server host datasource); db_host=${db_host:-127.0.0.1}
db_port=$(conn_value port); db_port=${db_port:-3306}
db_user=$(conn_value userid uid user username); db_user=${db_user:-root}
db_password=$(conn_value password pwd)
mysql_cli() { MYSQL_PWD="$db_password" mariadb --protocol=tcp -h"$db_host" -P"$db_port" -u"$db_user" "$@"; }

database="learning_tssdk_$$_$RANDOM"
port=5190
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
base_url="http://127.0.0.1:$port"
admin_email="sdk-admin@example.com"
admin_password="ts-sdk-$RANDOM-$RANDOM"
if ! mysql_cli -e "CREATE DATABASE \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" >>"$log_file" 2>&1; then
  log "could not create database $database; see $log_file"; database=""
  finish_rest failed; exit 1
fi
learning="$(sed -E 's/(^|;)[Dd]atabase=[^;]*//' <<<"$ConnectionStrings__Learning");Database=$database"

log "starting the API on $base_url (database $database)"
setsid env \
  ConnectionStrings__Learning="$learning" \
  Jwt__SigningKey="typescript-sdk-test-signing-key-0123456789abcdef" \
  ASPNETCORE_ENVIRONMENT=Development \
  Admin__Email="$admin_email" Admin__Password="$admin_password" \
  RateLimits__AuthPerMinute=1000 \
  Cache__KeyPrefix="tssdk-$database" \
  dotnet run --project src/Api -c Release --no-build --urls "$base_url" >"$results/typescript-sdk-api.log" 2>&1 &
api_pid=$!

ready=false
for _ in $(seq 600); do
  kill -0 "$api_pid" 2>/dev/null || break
  curl -fsS -o /dev/null "$base_url/health/ready" 2>/dev/null && { ready=true; break; }
  sleep 0.1
done
if ! $ready; then
  log "the API did not become ready; see $results/typescript-sdk-api.log"
  tail -n 20 "$results/typescript-sdk-api.log" >&2
  finish_rest failed; exit 1
fi

(cd "$app" && ADAPTIVE_BASE_URL="$base_url" ADAPTIVE_ADMIN_EMAIL="$admin_email" ADAPTIVE_ADMIN_PASSWORD="$admin_password" \
  ADAPTIVE_DEMO_BANK="$root/samples/demo-bank" timeout 120 node flow.mjs) >"$work/flow.out" 2>>"$log_file"
while read -r _ name verdict; do
  record "${name#typescript-sdk-}" "$verdict"
done < <(grep '^RESULT typescript-sdk-' "$work/flow.out")
grep -v '^RESULT ' "$work/flow.out" >>"$log_file"
finish_rest failed

! grep -q ' failed$' "$out"
