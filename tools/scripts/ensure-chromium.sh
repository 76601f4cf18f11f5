#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium before the browser tests run.
# Browsers come from Debian's packages only: Playwright's own downloads are not reachable here.
set -euo pipefail

chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ -x "$chromium" ]; then
  exit 0
fi

echo "ensure-chromium: $chromium is missing; installing Debian's chromium package" >&2
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: apt-get not found; install Chromium and set CHROMIUM_PATH" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "ensure-chromium: not root and no sudo; install Chromium and set CHROMIUM_PATH" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq chromium >/dev/null
if [ ! -x "$chromium" ]; then
  echo "ensure-chromium: chromium installed but $chromium is still missing" >&2
  exit 1
fi
echo "ensure-chromium: installed $("$chromium" --version 2>/dev/null || echo chromium)" >&2
