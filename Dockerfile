# The backend for WeChat Cloud Hosting (微信云托管): `node dist/cloud/start.js` as a non-root user.
# Configure the service with MONGODB_URI, the secrets README "Running the backend" lists, STORAGE=s3 (or
# local with PUBLIC_BASE_URL) and the container port 8080.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
# One bundle per entry plus its V8 code cache (written by this same Node, so the runtime image accepts it).
RUN npm run build:cloud
# The bundle leaves out only the AWS SDK (used with STORAGE=s3): install just that, at the locked versions.
RUN mkdir /runtime-deps && cd /runtime-deps && npm init -y >/dev/null \
 && npm install --no-audit --no-fund --omit=dev \
      "@aws-sdk/client-s3@$(node -p "require('/app/package.json').dependencies['@aws-sdk/client-s3']")" \
      "@aws-sdk/s3-request-presigner@$(node -p "require('/app/package.json').dependencies['@aws-sdk/s3-request-presigner']")"

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=8080 HOST=0.0.0.0
WORKDIR /app
COPY --from=build --chown=node:node /runtime-deps/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist/cloud ./dist/cloud
USER node
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + process.env.PORT + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist/cloud/start.js"]
