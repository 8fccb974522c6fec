/** `npm start`: serves the repository root on 127.0.0.1 (no watch, no browser) and prints the demo URL. */
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT || 8000);
await startDevServer({
  config: { rootDir: '.', hostname: '127.0.0.1', port, watch: false, open: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`carepath demo: http://127.0.0.1:${port}/demo/`);
