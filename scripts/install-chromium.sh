#!/bin/sh
# Installs Debian's Chromium for the end-to-end tests (scripts/e2e.mjs) when it is missing. playwright-core
# drives it through executablePath; never `npx playwright install` (it downloads from a non-npm host).
set -eu
for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    "$candidate" --version 2>/dev/null || true
    exit 0
  fi
done
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else echo "install-chromium: run as root (apt-get install -y chromium)" >&2; exit 1; fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
