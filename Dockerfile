# The PlanGraph app (GraphQL server). Neo4j comes from docker-compose.yml,
# so this image needs no Java: NEO4J_URI must point at a Neo4j.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# tsx runs the TypeScript sources directly; dev tools (vitest, tsc) stay out.
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
USER node
ENV PORT=4000
EXPOSE 4000
# What `npm start` runs, minus npm and sh in between, which do not pass
# `docker stop`'s SIGTERM on: this way the server and driver close cleanly.
CMD ["node", "--import", "tsx", "src/cli/index.ts", "serve"]
