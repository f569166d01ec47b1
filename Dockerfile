# The PlanGraph app (GraphQL server). Neo4j comes from docker-compose.yml,
# so this image needs no Java: NEO4J_URI must point at a Neo4j.

# The explorer page (/explorer) is built with the dev tools (Vite, codegen),
# which the app image leaves out: only its output is copied over.
FROM node:20-bookworm-slim AS explorer
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:explorer

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# tsx runs the TypeScript sources directly; dev tools (vitest, tsc) stay out.
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
COPY --from=explorer /app/dist/explorer dist/explorer
USER node
ENV PORT=4000
EXPOSE 4000
# What `npm start` runs, minus npm and sh in between, which do not pass
# `docker stop`'s SIGTERM on: this way the server and driver close cleanly.
CMD ["node", "--import", "tsx", "src/cli/index.ts", "serve"]
