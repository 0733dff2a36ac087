#!/usr/bin/env bash
# Runs every test: unit tests, integration tests against a real Kafka broker, and the dashboard's
# browser tests in headless Chromium. Needs only a JDK; installs Debian's chromium and chromium-driver
# first when they are missing and this user may install packages (root, or sudo without a password).
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  packages="chromium chromium-driver fonts-wqy-microhei"
  if [ "$(id -u)" = 0 ]; then
    as_root=""
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    as_root="sudo -n"
  else
    echo "test.sh: the browser tests need Debian's chromium and chromium-driver, and this user cannot install them." >&2
    echo "         Install them once with: sudo apt-get install -y $packages" >&2
    exit 1
  fi
  echo "test.sh: installing $packages for the browser tests ..."
  $as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends $packages >/dev/null
fi

exec ./mvnw -B verify "$@"
