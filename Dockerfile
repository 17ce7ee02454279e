# The API alone; Neo4j comes from NEO4J_URI (see docker-compose.yml and docs/deploy.md).
# Node 24: an LTS line supported until April 2028 (the code needs 20 or newer; 20 reached its end
# of life in April 2026).
# The explorer's page (docs/explorer.md), built with the dev dependencies in a stage of its own.
FROM node:24-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY codegen.ts schema.graphql ./
COPY web ./web
RUN npm run build:web

FROM node:24-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
# npm's prepare step runs web/prepare.mjs, which skips the build without the dev dependencies.
COPY web/prepare.mjs ./web/prepare.mjs
RUN npm ci --omit=dev && npm cache clean --force
COPY tsconfig.json ./
COPY src ./src
COPY cypher ./cypher
COPY seed ./seed
COPY persisted-documents ./persisted-documents
COPY --from=web /app/web/dist ./web/dist
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
USER node
# Liveness; a load balancer should use /ready instead (docs/deploy.md).
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The server itself as PID 1 (not npm, not the tsx CLI): SIGTERM reaches it and it drains.
CMD ["node", "--import", "tsx", "src/main.ts"]
