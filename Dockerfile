# One image for every part of the hub; docker-compose.yml picks the entry point per service.
# Three stages: the workspaces' manifests alone (the installs below are then rebuilt only when a
# dependency changes, and no COPY line per workspace has to follow the list of subgraphs), the web
# app's build (dev dependencies: Vite), and the image itself, with production dependencies only.
FROM node:20-bookworm-slim AS manifests
WORKDIR /hub
COPY . .
RUN find . -type f ! -name package.json ! -name package-lock.json -delete

FROM node:20-bookworm-slim AS web
WORKDIR /hub
COPY --from=manifests /hub ./
RUN npm ci --include=dev --ignore-scripts
COPY . .
# The web app the gateway serves at /.
RUN npm run build -w @hub/web

FROM node:20-bookworm-slim
WORKDIR /hub
ENV NODE_ENV=production
COPY --from=manifests /hub ./
# Production dependencies only: the services run their TypeScript through tsx, which is why tsx is a
# dependency of the root package. The synthetic world is a dev dependency, and its sources are not
# in the build context (.dockerignore): the image serves real records and cannot seed fake ones.
RUN npm ci --omit=dev --ignore-scripts
COPY . .
COPY --from=web /hub/web/dist web/dist
USER node
# e.g. CMD ["node", "--import", "tsx", "subgraphs/registry/src/index.ts"]
