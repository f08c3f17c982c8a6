# syntax=docker/dockerfile:1
# The API image. Build stage compiles TypeScript; the runtime stage holds only production
# dependencies, the compiled code, the GraphQL schema and the seed, and runs unprivileged.
# Defaults to the Neo4j engine (see docker-compose.yml and docs/neo4j.md).

FROM node:20.20.2-bookworm-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS build
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM base AS prod-deps
RUN npm ci --omit=dev && npm cache clean --force

FROM node:20.20.2-bookworm-slim AS runtime
ENV NODE_ENV=production \
    GRAPH_ENGINE=neo4j \
    HOST=0.0.0.0 \
    PORT=4000 \
    SEED_ON_START=false \
    GRAPH_DIR=/app/data
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY schema ./schema
COPY seed ./seed
# Only the embedded engine writes locally; the node user owns that directory and nothing else.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]
