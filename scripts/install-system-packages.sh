#!/usr/bin/env bash
# Installs the C libraries and tools the package builds against (Debian/Ubuntu).
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends libyaml-dev libcurl4-openssl-dev libssl-dev pkg-config >/dev/null
