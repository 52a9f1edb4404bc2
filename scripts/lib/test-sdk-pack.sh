#!/usr/bin/env bash
# Packs the C# SDK (scripts/test has already built the solution in Release) and checks the
# package holds the assembly, its XML docs and the README. Writes "sdk-pack passed|failed".
set -uo pipefail
results=${1:?usage: test-sdk-pack.sh RESULTS_DIR}
cd "$(dirname "$0")/../.."
out="$results/extra-sdk-pack.txt"
packages="$results/packages"
rm -rf "$packages"
if ! command -v unzip >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq unzip; } >/dev/null 2>&1
fi

if dotnet pack sdk/csharp/AdaptiveLearning.Client -c Release --no-build -nologo -v q -o "$packages" >"$results/sdk-pack.log" 2>&1 \
   && nupkg=$(ls "$packages"/AdaptiveLearning.Client.*.nupkg 2>/dev/null | head -1) && [ -n "$nupkg" ] \
   && contents=$(unzip -Z1 "$nupkg") \
   && grep -qx 'README.md' <<<"$contents" \
   && grep -qx 'lib/net10.0/AdaptiveLearning.Client.dll' <<<"$contents" \
   && grep -qx 'lib/net10.0/AdaptiveLearning.Client.xml' <<<"$contents"; then
  echo "sdk-pack passed" >>"$out"
  echo "[test-sdk-pack] $(basename "$nupkg") has the assembly, XML docs and README" >&2
else
  echo "sdk-pack failed" >>"$out"
  echo "[test-sdk-pack] dotnet pack failed or the package lacks the assembly, XML docs or README; see $results/sdk-pack.log" >&2
  exit 1
fi
