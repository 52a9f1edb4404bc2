#!/usr/bin/env bash
# Package consumers check, run by scripts/test with the results folder as $1 (after the solution was built
# in Release and with the test MariaDB/Redis exported): packs the C# SDK under a unique prerelease version
# into a local folder feed, starts the API, and runs sdk/csharp/samples/PackageConsumer (register, login,
# start session, next, answer) built against that package for net8.0 and net10.0.
# Writes "sdk-net8-consumer passed|failed" and "sdk-net10-consumer passed|failed".
# Only the .NET 10 runtime is installed here: the net8.0 app runs on it with DOTNET_ROLL_FORWARD=Major.
set -uo pipefail
results=${1:?usage: test-sdk-consumers.sh RESULTS_DIR}
cd "$(dirname "$0")/../.."
source scripts/lib/services.sh
set +e  # services.sh turns on errexit; this script records failures instead
out="$results/extra-sdk-consumers.txt"
work="$results/sdk-consumers"
log="$work/consumers.log"
rm -rf "$work"; mkdir -p "$work/feed"
: >"$out"

say() { printf '[test-sdk-consumers] %s\n' "$*" >&2; }
record() { echo "$1 $2" >>"$out"; say "$1 $2"; }
fail_all() { say "$1; see $log"; record sdk-net8-consumer failed; record sdk-net10-consumer failed; exit 1; }

version="0.1.0-ci.$(date +%s)"
dotnet pack sdk/csharp/AdaptiveLearning.Client -c Release --no-build -nologo -v q -o "$work/feed" -p:Version="$version" >>"$log" 2>&1 \
  || fail_all "dotnet pack failed"

# Both apps build while the API starts.
build() { # build TFM-DIR
  dotnet build "sdk/csharp/samples/PackageConsumer/$1" -c Release -nologo -v q -o "$work/$1" \
    -p:AdaptiveLearningClientVersion="$version" -p:RestoreAdditionalProjectSources="$(cd "$work/feed" && pwd)" >>"$log.$1" 2>&1
}
build net8 & b8=$!
build net10 & b10=$!

port=$(free_port 5180)
admin_email=consumer-admin@example.test admin_password=consumer-admin-password
ConnectionStrings__Learning="${ConnectionStrings__Learning:?run from scripts/test}" \
Jwt__SigningKey="${Jwt__SigningKey:-sdk-consumers-signing-key-0123456789abcdef}" \
Admin__Email=$admin_email Admin__Password=$admin_password ASPNETCORE_ENVIRONMENT=Development \
Logging__LogLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$port" \
  dotnet src/Api/bin/Release/net10.0/AdaptiveLearning.Api.dll >"$work/api.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null; wait $api 2>/dev/null' EXIT

ready() { if command -v curl >/dev/null; then curl -fsS "http://127.0.0.1:$port/health/live" >/dev/null; else port_in_use "$port"; fi; }
wait_for 45 "the API on port $port" ready || { tail -n 20 "$work/api.log" >>"$log"; fail_all "the API did not start"; }

status=0
for app in net8 net10; do
  pid=$b8; [ $app = net10 ] && pid=$b10
  name="sdk-$app-consumer"
  if wait "$pid" && DOTNET_ROLL_FORWARD=Major timeout 60 dotnet "$work/$app/Consumer.Net${app#net}.dll" \
       "http://127.0.0.1:$port" "$admin_email" "$admin_password" >>"$log" 2>&1; then
    record "$name" passed
  else
    record "$name" failed; status=1
    tail -n 20 "$log.$app" "$log" >&2
  fi
done
exit $status
