#!/usr/bin/env bash
# Installs what claimex needs to build and test, from Debian packages.
# Idempotent and silent when everything is already there.
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config
  libre2-dev libicu-dev libboost-dev libboost-filesystem-dev
  nlohmann-json3-dev libcli11-dev libsqlite3-dev libgtest-dev libjemalloc-dev libsimdjson-dev
  libbenchmark-dev clang libclang-rt-14-dev
  python3 libstemmer-dev
  python3-distributed
  libpq-dev postgresql
  # The report's browser test, and fonts for the CJK and Arabic it shows
  # (DejaVu covers Arabic and Hebrew; WenQuanYi Micro Hei, 5 MB, CJK).
  chromium fonts-dejavu-core fonts-wqy-microhei
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "claimex needs these Debian packages: ${missing[*]}" >&2
  echo "run as root: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# The postgresql package would create and start a system-wide server; the
# tests and bench/store.sh start their own, and nothing else should run.
if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
  mkdir -p /etc/postgresql-common
  echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.conf
fi
apt-get update -qq
# Keep that file when the package brings its own.
apt-get install -y -qq --no-install-recommends -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
  "${missing[@]}" >/dev/null
