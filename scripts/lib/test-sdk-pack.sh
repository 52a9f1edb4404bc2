#!/usr/bin/env bash
# Packs the C# SDK (scripts/test has already built the solution in Release) and checks the
# package holds the net8.0 and net10.0 assemblies with their XML docs, the README, the license
# expression, and that a .snupkg symbols package with both PDBs sits beside it.
# Writes "sdk-pack passed|failed".
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

has_target() { # the assembly and its XML docs in the package, its PDB in the symbols package
  grep -qx "lib/$1/AdaptiveLearning.Client.dll" <<<"$contents" \
    && grep -qx "lib/$1/AdaptiveLearning.Client.xml" <<<"$contents" \
    && grep -qx "lib/$1/AdaptiveLearning.Client.pdb" <<<"$symbols"
}

if dotnet pack sdk/csharp/AdaptiveLearning.Client -c Release --no-build -nologo -v q -o "$packages" >"$results/sdk-pack.log" 2>&1 \
   && nupkg=$(ls "$packages"/AdaptiveLearning.Client.*.nupkg 2>/dev/null | grep -v '\.snupkg$' | head -1) && [ -n "$nupkg" ] \
   && snupkg=${nupkg%.nupkg}.snupkg && [ -f "$snupkg" ] \
   && contents=$(unzip -Z1 "$nupkg") && symbols=$(unzip -Z1 "$snupkg") \
   && grep -qx 'README.md' <<<"$contents" \
   && grep -q '<license type="expression">MIT</license>' <(unzip -p "$nupkg" AdaptiveLearning.Client.nuspec) \
   && has_target net8.0 && has_target net10.0; then
  echo "sdk-pack passed" >>"$out"
  echo "[test-sdk-pack] $(basename "$nupkg") has net8.0 and net10.0 assemblies, XML docs, README, MIT license; $(basename "$snupkg") has both PDBs" >&2
else
  echo "sdk-pack failed" >>"$out"
  echo "[test-sdk-pack] dotnet pack failed or the package lacks an assembly, XML docs, README, license or symbols; see $results/sdk-pack.log" >&2
  exit 1
fi
