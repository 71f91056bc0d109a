// Consumer check: a static site built with Eleventy 3 and @lit-labs/eleventy-plugin-lit (Lit's server
// renderer, as a partner's build would run it) prerenders a page with all four widgets from dist/, and
// that page, with the standalone script, comes alive in Chromium: every widget's content once, the
// same words as before the script ran, no console error or warning. Needs `npm run build` first.
// Prints one line ✓/✗ and writes test-results/eleventy.json {passed, failed}.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const site = mkdtempSync(join(tmpdir(), 'mw-eleventy-'));
const widgets = {
  'migration-stat-card': 'value',
  'migration-quote-block': 'quote',
  'migration-remittance-counter': 'basis',
  'migration-summary-panel': 'panel',
};

const page = `---
title: Partner page
---
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }}</title><link rel="icon" href="data:,"></head>
<body>
<main style="max-inline-size: 40rem">
<migration-stat-card fact="remittances-2017"></migration-stat-card>
<migration-quote-block></migration-quote-block>
<migration-remittance-counter></migration-remittance-counter>
<migration-summary-panel></migration-summary-panel>
</main>
<script type="module" src="/migration-widgets.js"></script>
</body>
</html>
`;

function writeSite() {
  symlinkSync(join(repo, 'node_modules'), join(site, 'node_modules'), 'dir');
  writeFileSync(join(site, 'package.json'), '{ "private": true, "type": "module" }\n');
  writeFileSync(
    join(site, 'eleventy.config.js'),
    `import litPlugin from '@lit-labs/eleventy-plugin-lit';
export default function (config) {
  config.addPlugin(litPlugin, { mode: 'worker', componentModules: [${JSON.stringify(relative(site, join(repo, 'dist/index.js')))}] });
  config.addPassthroughCopy({ ${JSON.stringify(relative(site, join(repo, 'dist/migration-widgets.js')))}: 'migration-widgets.js' });
}
`,
  );
  mkdirSync(join(site, 'src'));
  writeFileSync(join(site, 'src/index.html'), page);
}

function serve(dir) {
  const server = createServer((request, response) => {
    const path = join(dir, new URL(request.url, 'http://x').pathname.replace(/\/$/, '/index.html'));
    try {
      const body = readFileSync(path);
      response.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Per widget: its shadow root's words and how many copies of its main part it holds. */
function snapshot(tags) {
  return Object.fromEntries(
    Object.entries(tags).map(([tag, part]) => {
      const root = document.querySelector(tag)?.shadowRoot;
      const words = root ? [...root.children].map((child) => child.innerText ?? '').join(' ') : '';
      return [
        tag,
        { words: words.replace(/\s+/g, ' ').trim(), copies: root?.querySelectorAll(`[part~="${part}"]`).length ?? 0 },
      ];
    }),
  );
}

const problems = [];
let server;
let browser;
try {
  writeSite();
  const build = spawnSync(
    process.execPath,
    [join(repo, 'node_modules/@11ty/eleventy/cmd.cjs'), '--input=src', '--output=_site', '--quiet'],
    {
      cwd: site,
      encoding: 'utf8',
    },
  );
  if (build.status !== 0)
    throw new Error(
      `eleventy build failed: ${`${build.stdout}${build.stderr}`.trim().split('\n').slice(0, 8).join(' | ')}`,
    );
  const html = readFileSync(join(site, '_site/index.html'), 'utf8');
  for (const tag of Object.keys(widgets)) {
    if (!new RegExp(`<${tag}[^>]*>\\s*<template shadowroot(mode)?="open"`).test(html))
      problems.push(`${tag} not prerendered`);
  }
  cpSync(join(repo, 'dist/migration-widgets.js'), join(site, '_site/migration-widgets.js'));
  server = await serve(join(site, '_site'));
  browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  const tab = await browser.newPage();
  const messages = [];
  tab.on(
    'console',
    (message) => ['error', 'warn', 'warning'].includes(message.type()) && messages.push(message.text()),
  );
  tab.on('pageerror', (error) => messages.push(error.message));
  const url = `http://127.0.0.1:${server.address().port}/`;
  // The server's markup alone (script blocked), then the page as a reader gets it.
  await tab.setJavaScriptEnabled(false);
  await tab.goto(url);
  await tab.setJavaScriptEnabled(true);
  const before = await tab.evaluate(snapshot, widgets);
  await tab.goto(url);
  await tab.waitForFunction((tags) => Object.keys(tags).every((tag) => customElements.get(tag)), {}, widgets);
  await tab.evaluate(() => Promise.all([...document.querySelectorAll('main > *')].map((el) => el.updateComplete)));
  const after = await tab.evaluate(snapshot, widgets);
  for (const tag of Object.keys(widgets)) {
    if (after[tag].copies !== 1) problems.push(`${tag}: ${after[tag].copies} copies of its content`);
    if (!before[tag].words) problems.push(`${tag}: no words before the script`);
  }
  problems.push(...messages.map((message) => `console: ${message}`));
} catch (error) {
  problems.push(error.message);
} finally {
  await browser?.close();
  server?.close();
  rmSync(site, { recursive: true, force: true });
}

const ok = problems.length === 0;
console.log(
  `${ok ? '✓' : '✗'} Eleventy 3 + @lit-labs/eleventy-plugin-lit prerenders all four widgets and the page comes alive in Chromium` +
    (ok ? '' : ` (${problems.join('; ')})`),
);
mkdirSync(join(repo, 'test-results'), { recursive: true });
writeFileSync(
  join(repo, 'test-results/eleventy.json'),
  `${JSON.stringify({ passed: ok ? 1 : 0, failed: ok ? 0 : 1, problems }, null, 2)}\n`,
);
process.exit(ok ? 0 : 1);
