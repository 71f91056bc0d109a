// npm run build:site: the demo, its prerendered twin, the configurator and the standalone file as plain
// files in site/, for any static host (every address in them is relative; nothing needs a dev server).
import { createHash } from 'node:crypto';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { prerenderedDemo } from './prerendered-demo.mjs';

const out = 'site';
const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

await rm(out, { recursive: true, force: true });
await cp('demo', `${out}/demo`, { recursive: true });
// Type declarations are for npm consumers; a browser never asks for them.
await cp('dist', `${out}/dist`, { recursive: true, filter: (path) => !path.endsWith('.d.ts') });

await writeFile(`${out}/demo/prerendered.html`, await prerenderedDemo());

const { version, integrity } = JSON.parse(await readFile(`${out}/dist/integrity.json`, 'utf8'));
const standalone = await readFile(`${out}/dist/migration-widgets.js`);
const actual = `sha384-${createHash('sha384').update(standalone).digest('base64')}`;
if (actual !== integrity) throw new Error(`dist/integrity.json (${integrity}) is not the hash of the file (${actual})`);

await writeFile(
  `${out}/index.html`,
  `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>migration-widgets ${escapeText(version)}</title>
    <link rel="icon" href="./demo/favicon.svg" type="image/svg+xml" />
  </head>
  <body>
    <main>
      <h1>migration-widgets ${escapeText(version)}</h1>
      <p>
        Web components presenting the UN Secretary-General’s report <cite>Making Migration Work for All</cite>
        (A/72/643).
      </p>
      <ul>
        <li><a href="./demo/index.html">Demo: every widget on a sample partner page</a></li>
        <li>
          <a href="./demo/prerendered.html">The same page prerendered</a>: every widget in the HTML, readable without
          the script, nothing moving when it arrives
        </li>
        <li><a href="./demo/configurator.html">Configurator: embed code, images and citations</a></li>
        <li>
          <a href="./dist/migration-widgets.js">The standalone file</a>, integrity
          <code>${escapeText(integrity)}</code> (<a href="./dist/integrity.json">integrity.json</a>)
        </li>
      </ul>
    </main>
  </body>
</html>
`,
);
console.log(`${out}/: demo, its prerendered twin, configurator and migration-widgets.js ${version} (${integrity})`);
