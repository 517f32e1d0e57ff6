#!/usr/bin/env bash
# Sets up a fresh machine: the system browsers, and fonts for Japanese and for the languages MyNa Guide
# speaks (Chinese, Korean, Thai, Nepali) so screenshots show real text (on Debian or Ubuntu, installed only
# when missing), then the npm packages, then the production build.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
if [ -z "${CHROME_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  missing+=(chromium)
fi
if [ -z "${FIREFOX_PATH:-}" ] && ! command -v firefox-esr >/dev/null 2>&1 && ! command -v firefox >/dev/null 2>&1; then
  missing+=(firefox-esr)
fi
# No pipe into `grep -q` here: under pipefail its early exit fails fc-list, and the fonts would be
# installed again on every run.
if ! { command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list IPAPGothic family)" ]; }; then
  missing+=(fonts-ipafont-gothic)
fi
has_font_for() { command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list ":lang=$1" family)" ]; }
if ! has_font_for th || ! has_font_for ne; then missing+=(fonts-noto-core); fi
if ! has_font_for ko; then missing+=(fonts-nanum); fi
if ! has_font_for zh-cn; then missing+=(fonts-wqy-microhei); fi

if [ "${#missing[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "Installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Please install ${missing[*]} with your system's package manager (see README, Development)." >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund
npm run build
