#!/usr/bin/env bash
# The base image every dx-suite image starts FROM on this machine: a minimal Debian bookworm made
# with debootstrap from the configured mirror (elsewhere, pass BASE=debian:bookworm-slim instead).
# Prints the image name. Cached: rebuilt only when missing.
set -euo pipefail
image=${BASE_IMAGE:-localhost/dx-debian-base:bookworm}
if podman image exists "$image"; then echo "$image"; exit 0; fi
mirror=$(grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1 | awk '{print $2}')
mirror=${mirror:-http://deb.debian.org/debian}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
debootstrap --variant=minbase bookworm "$work/rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
rm -rf "$work/rootfs/var/cache/apt/archives/"*.deb "$work/rootfs/var/lib/apt/lists/"*
tar -C "$work/rootfs" -c . | podman import \
  --change "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" - "$image" >/dev/null
echo "$image"
