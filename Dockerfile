# Tirelire in one container: the standalone Next.js server, migrations applied at start, data in /data.
#   docker build -t tirelire .
#   docker run -p 3000:3000 -v tirelire-data:/data tirelire
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 \
    PORT=3000 HOSTNAME=0.0.0.0 TIRELIRE_DATA_DIR=/data
RUN groupadd --system tirelire && useradd --system --gid tirelire --home-dir /app tirelire \
    && mkdir -p /data && chown tirelire:tirelire /data
# The whole app: the standalone server, plus what migrations and the `tirelire` CLI need at run time.
COPY --from=build --chown=tirelire:tirelire /app /app
USER tirelire
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
ENTRYPOINT ["node", "scripts/entrypoint.mjs"]
