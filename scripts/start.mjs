// npm start: builds the library, rebuilds on change, and serves the demo at a fixed address.
import { existsSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { loadConfigFile } from 'rollup/loadConfigFile';
import { watch } from 'rollup';
import { prerenderedDemo } from './prerendered-demo.mjs';

const port = Number(process.env.PORT ?? 8123);

const { options, warnings } = await loadConfigFile('rollup.config.mjs');
warnings.flush();
const watcher = watch(options);
await new Promise((resolve, reject) =>
  watcher.on('event', (event) => {
    if (event.code === 'ERROR') console.error(event.error.message);
    if (event.result) event.result.close();
    if (event.code === 'END') resolve();
    if (event.code === 'FATAL') reject(event.error);
  }),
);

await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: 'localhost',
    watch: true,
    // The demo's prerendered twin, made on each visit from demo/index.html.
    middleware: [
      async (context, next) => {
        if (context.path !== '/demo/prerendered.html') return next();
        context.type = 'html';
        context.body = await prerenderedDemo();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`\nDemo:         http://localhost:${port}/demo/`);
console.log(`Prerendered:  http://localhost:${port}/demo/prerendered.html`);
if (existsSync('demo/configurator.html')) console.log(`Configurator: http://localhost:${port}/demo/configurator.html`);
console.log('Rebuilding on every change in src/; press Ctrl+C to stop.');
