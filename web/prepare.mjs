// `npm install` (npm's prepare step) builds the explorer: codegen, then Vite into web/dist/.
// Skipped, with a line saying so, where the dev dependencies are absent (`npm ci --omit=dev`,
// the Docker image, which builds it in a stage of its own).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../node_modules/vite/package.json', import.meta.url))) {
  console.log('explorer not built: the dev dependencies (Vite, GraphQL Code Generator) are absent');
} else {
  execSync('npm run build:web', { stdio: 'inherit' });
}
