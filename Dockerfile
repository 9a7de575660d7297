# syntax=docker/dockerfile:1
# API image: `node dist/adapters/main.js` (prestart + server, the default) or `... main.js prestart` (prestart only).
# Stages: deps (all packages) → dev (sources, reload) → playwright (e2e runner); both for compose.override.yml
#         build (tsc + vite) → prod-deps (runtime packages only) → runtime (the final, non-root image).

FROM node:24.22.3-bookworm-slim AS deps
# argon2 compiles from source on install (its prebuilt glibc binary crashes on load): keep install scripts on.
RUN apt-get update \
  && apt-get install -y --no-install-recommends g++ make python3 \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund

FROM deps AS dev
COPY . .
ENV HOST=0.0.0.0 PORT=8000
EXPOSE 8000
CMD ["node_modules/.bin/tsx", "watch", "--clear-screen=false", "adapters/main.ts"]

# End-to-end runner (compose.override.yml `playwright`): Debian's Chromium, the suite starts its own server.
FROM dev AS playwright
RUN apt-get update \
  && apt-get install -y --no-install-recommends chromium \
  && rm -rf /var/lib/apt/lists/*
ENV PLAYWRIGHT_CHROMIUM_EXECUTABLE=/usr/bin/chromium CI=true
CMD ["npx", "playwright", "test", "-c", "web/playwright.config.ts"]

FROM dev AS build
RUN npm run build

FROM deps AS prod-deps
RUN npm prune --omit=dev --no-audit --no-fund

FROM node:24.22.3-bookworm-slim AS runtime
# One worker per CPU the container may use (on PostgreSQL; the embedded database keeps one): see docs/deployment/scaling.md.
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8000 WEB_DIST=/app/web/dist WEB_CONCURRENCY=auto
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
# The embedded database (used only when neither DATABASE_URL nor POSTGRES_SERVER is set) writes here.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8000/api/v1/utils/health-check/').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--import", "./dist/adapters/observability/tracing.js", "dist/adapters/main.js"]
