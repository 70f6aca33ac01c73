# The app, as a production install: built with every dependency, then pruned to the runtime ones, so the image
# runs the esbuild-compiled server (dist/server) and serves the Vite-built client (dist/client) with plain node.
# It needs a Neo4j 5 at NEO4J_URI (docker-compose.yml runs one beside it) and the source documents at
# SOURCES_DIR (optional: without them the graph loads and the API shows locators instead of quotes).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    SOURCES_DIR=/sources
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/server/src/boot/start.mjs ./server/src/boot/start.mjs
COPY --from=build /app/graph-seed/documents ./graph-seed/documents
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node runs as PID 1 and handles SIGTERM (docker stop) itself: it drains requests, then exits.
CMD ["node", "server/src/boot/start.mjs"]
