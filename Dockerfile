# One image build for both services: `docker compose build` builds the `api` and `web` targets.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY apps/cli/package.json apps/cli/
COPY libs/domain/package.json libs/domain/
COPY libs/keepalived/package.json libs/keepalived/
COPY libs/ipvs/package.json libs/ipvs/
COPY migrations/package.json migrations/
RUN npm ci --no-audit --no-fund
COPY . .
RUN NX_DAEMON=false NX_NO_CLOUD=true npx nx run-many -t build --output-style=static

FROM node:20-bookworm-slim AS api
RUN apt-get update && apt-get install -y --no-install-recommends openssh-client ca-certificates curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production API_HOST=0.0.0.0 API_PORT=3001
COPY --from=build /app /app
EXPOSE 3001
USER node
CMD ["node", "apps/api/dist/main.js"]

FROM node:20-bookworm-slim AS web
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* 
WORKDIR /app
# Inside the container the dashboard listens on every interface; docker-compose publishes it on the host's loopback by default.
ENV NODE_ENV=production WEB_PORT=3000 WEB_HOST=0.0.0.0
COPY --from=build /app /app
EXPOSE 3000
USER node
CMD ["node", "apps/web/server.mjs"]
