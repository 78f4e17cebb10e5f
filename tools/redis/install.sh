#!/usr/bin/env bash
# Installs redis-server (Debian's package) when it is missing: the Redis tests start their own servers from it, on
# 127.0.0.1 and free ports, and stop them at the end. .ci/run calls this as root before the tests; the tests call it
# themselves when they run as root and find no redis-server.
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q redis-server >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q redis-server >/dev/null; }
# The package's own service is not needed (and not started without systemd); stop it if it runs.
(service redis-server stop >/dev/null 2>&1 || true)
command -v redis-server
