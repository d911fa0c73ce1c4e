#!/usr/bin/env bash
# Prepares this kind of machine (no Docker engine) to build and run the images: podman, buildah,
# runc and debootstrap from Debian; podman set to runc and to the low limits these sandboxes allow.
set -euo pipefail
need=()
for tool in podman buildah runc debootstrap kubectl; do command -v "$tool" >/dev/null || need+=("$tool"); done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
conf=/etc/containers/containers.conf
if ! grep -q 'runtime = "runc"' "$conf" 2>/dev/null; then
  mkdir -p /etc/containers
  cat >>"$conf" <<'CONF'
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]

[engine]
runtime = "runc"
CONF
fi
