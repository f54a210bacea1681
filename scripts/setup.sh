#!/usr/bin/env bash
# Everything Quarry needs on a fresh Debian machine: Debian's chromium (Playwright cannot download browsers
# here), firefox-esr for the Firefox suite, fonts for every script the API returns names in (Chinese,
# Japanese, Arabic, Cyrillic: without them screenshots show boxes), openssl for the local test sites'
# certificate, and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

# The manifest's gecko strict_min_version: bookworm main has 140 ESR, bookworm-security a newer one.
FIREFOX_MIN=142

firefox_major() {
  local bin="${QUARRY_FIREFOX:-/usr/bin/firefox-esr}"
  [ -x "$bin" ] || { echo 0; return; }
  "$bin" --version 2>/dev/null | grep -oE '[0-9]+' | head -1 || echo 0
}

need=()
[ -x /usr/lib/chromium/chromium ] || [ -n "${QUARRY_CHROMIUM:-}" ] || need+=(chromium)
command -v openssl >/dev/null || need+=(openssl)
# Without their recommends: firefox-esr would bring a desktop's worth of packages, the fonts every other script.
lean=()
[ "$(firefox_major)" -ge "$FIREFOX_MIN" ] || lean+=(firefox-esr)
for lang in zh ja ar ru; do
  if ! command -v fc-list >/dev/null || [ -z "$(fc-list ":lang=$lang" family)" ]; then
    lean+=(fonts-noto-cjk fonts-noto-core)
    break
  fi
done
if [ $((${#need[@]} + ${#lean[@]})) -gt 0 ]; then
  echo "Installing ${need[*]} ${lean[*]} from Debian's packages"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  [ ${#need[@]} -eq 0 ] || $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
  [ ${#lean[@]} -eq 0 ] || $sudo_cmd apt-get install -y -qq --no-install-recommends "${lean[@]}" >/dev/null
fi
if [ "$(firefox_major)" -lt "$FIREFOX_MIN" ]; then
  echo "firefox-esr $(firefox_major) is older than the manifest's strict_min_version $FIREFOX_MIN:" >&2
  echo "add Debian's security suite (bookworm-security) to the apt sources, or set QUARRY_FIREFOX." >&2
  exit 1
fi

npm ci --no-audit --no-fund
