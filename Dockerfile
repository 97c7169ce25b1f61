# One image for every part of the hub; docker-compose.yml picks the entry point per service.
FROM node:20-bookworm-slim
WORKDIR /hub
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY schema/package.json schema/
COPY policies/package.json policies/
COPY protocol/package.json protocol/
COPY synthetic/package.json synthetic/
COPY subgraphs/kit/package.json subgraphs/kit/
COPY subgraphs/mdt/package.json subgraphs/mdt/
COPY subgraphs/child-welfare/package.json subgraphs/child-welfare/
COPY subgraphs/health/package.json subgraphs/health/
COPY subgraphs/probation/package.json subgraphs/probation/
COPY subgraphs/education/package.json subgraphs/education/
COPY subgraphs/district-attorney/package.json subgraphs/district-attorney/
COPY subgraphs/public-defender/package.json subgraphs/public-defender/
COPY gateway/package.json gateway/
COPY tests/package.json tests/
COPY web/package.json web/
# Dev dependencies too: the services run their TypeScript through tsx.
RUN npm ci --include=dev --ignore-scripts
COPY . .
# The web app the gateway serves at /.
RUN npm run build -w @hub/web
USER node
# e.g. CMD ["node", "--import", "tsx", "subgraphs/mdt/src/index.ts"]
