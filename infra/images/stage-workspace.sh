#!/usr/bin/env bash
# Run inside the builder image: stages ONE deployable into $2 with only its own production
# dependencies (a workspace-focused `npm ci --omit=dev`), the built output of it and of the
# @dx packages it links, and a /app/main.js that starts it.
#   stage-workspace.sh services/tasks /prod     a subgraph       (node main.js)
#   stage-workspace.sh gateway /prod            the gateway
#   stage-workspace.sh apps/tasks /prod         a desk or the shell: the static server + the built site
set -euo pipefail
workspace=$1 out=$2
src=$(pwd)
mkdir -p "$out"
case "$workspace" in
  apps/*) runtime=packages/static-server ;;
  *) runtime=$workspace ;;
esac
# every workspace's package.json: `npm ci` checks the lock against all of them
cp package.json package-lock.json "$out/"
find packages services apps gateway infra -name package.json -not -path '*/node_modules/*' -not -path '*/dist/*' |
  while read -r manifest; do mkdir -p "$out/$(dirname "$manifest")"; cp "$manifest" "$out/$manifest"; done
(cd "$out" && npm ci --omit=dev --workspace="$runtime" --include-workspace-root=false --ignore-scripts --no-audit --no-fund --loglevel=error)
# native addons were compiled once in the builder (scripts are off above): reuse those binaries
for addon in better-sqlite3 argon2; do
  if [ -d "$out/node_modules/$addon" ] && [ -d "node_modules/$addon/build" ]; then cp -a "node_modules/$addon/build" "$out/node_modules/$addon/"; fi
done
# the built output of the deployable and of every workspace package it links
copy_built() { mkdir -p "$out/$1"; cp -a "$1/dist" "$out/$1/"; }
copy_built "$runtime"
for link in "$out"/node_modules/@dx/*; do
  [ -L "$link" ] || continue
  target=$(cd "$out/node_modules/@dx" && readlink "$(basename "$link")")
  dir=${target#../../}
  [ -d "$src/$dir/dist" ] && copy_built "$dir"
done
# workspace folders that hold only a package.json (not linked by this deployable) are not shipped
for dir in "$out"/packages/* "$out"/services/* "$out"/apps/* "$out"/infra/*; do
  [ -d "$dir" ] && [ ! -d "$dir/dist" ] && rm -rf "$dir"
done
case "$workspace" in
  apps/*)
    cp -a "$workspace/dist" "$out/site"
    echo "require('./packages/static-server/dist/cli.js');" >"$out/main.js" ;;
  gateway)
    cp gateway/supergraph.graphql "$out/gateway/"
    echo "require('./gateway/dist/main.js');" >"$out/main.js" ;;
  *)
    echo "require('./$workspace/dist/main.js');" >"$out/main.js" ;;
esac
rm -f "$out/package-lock.json"
