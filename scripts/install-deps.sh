#!/usr/bin/env bash
# Installs the Debian 12 packages dipdiff needs to build, test and benchmark,
# and only those that are missing: a second run does nothing and needs no network.
set -euo pipefail

packages=(
  # toolchain
  g++ make cmake ninja-build pkg-config git
  # clang for the libFuzzer targets and the sanitizer runtime
  clang libclang-rt-14-dev
  # libraries (see docs/ARCHITECTURE.md for which layer may use which)
  libicu-dev libstemmer-dev libboost-date-time-dev nlohmann-json3-dev
  libcli11-dev libdtl-dev libgraphviz-dev graphviz
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  # used by the report schema tests (tests/support/schema_validate.hpp)
  python3 python3-jsonschema
  # peers and measuring tools for bench/ (run by hand)
  dwdiff time
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
