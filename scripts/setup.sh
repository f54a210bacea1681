#!/usr/bin/env bash
# Everything Quarry needs on a fresh Debian machine: Debian's chromium (Playwright cannot download
# browsers here), openssl for the local test sites' certificate, and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/lib/chromium/chromium ] || [ -n "${QUARRY_CHROMIUM:-}" ] || need+=(chromium)
command -v openssl >/dev/null || need+=(openssl)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} from Debian's packages"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi

npm ci --no-audit --no-fund
