# The API alone; Neo4j comes from NEO4J_URI (see docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY tsconfig.json ./
COPY src ./src
COPY cypher ./cypher
COPY seed ./seed
ENV NODE_ENV=production
EXPOSE 4000
# tsx itself (not npx) so SIGTERM reaches the server and it drains before exit.
CMD ["node_modules/.bin/tsx", "src/main.ts"]
