// node bench/measure-reserved-sizes.mjs: the block size each widget on demo/index.html has once rendered, at the
// bench's two viewports, next to the space demo/partner-page.css reserves for it while `:not(:defined)` and the
// height of its fallback text alone (which must fit in the reserved space, so readers without JavaScript see it all).
// Measures dist/ as it is (npm run build or npm run bench rebuild it). Headless Chromium, the bench's flags.
// The functions passed to page.evaluate run in the page, with its globals:
/* global window, document, customElements */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const chromium = process.env.CHROMIUM ?? chromiumPath;
const viewports = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
const tags = ['stat-card', 'quote-block', 'remittance-counter', 'summary-panel'].map((name) => `migration-${name}`);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^[/\\]+/, '');
  const file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const demo = `http://127.0.0.1:${server.address().port}/demo/index.html`;

const userDataDir = mkdtempSync(join(tmpdir(), 'migration-measure-'));
const browser = await puppeteer.launch({
  executablePath: chromium,
  ignoreDefaultArgs: true,
  pipe: true,
  args: ['--headless', ...chromiumArgs, `--user-data-dir=${userDataDir}`, 'about:blank'],
});

/** Every widget's border-box height in document order, named by tag, attributes and the page block it sits in. */
const boxes = (selector) =>
  [...document.querySelectorAll(selector)].map((element) => {
    const place = element.closest('.hero, .pair, .body, .sidebar, .gallery, migration-summary-panel');
    const where = place === element ? element.parentElement.closest('.body, .sidebar, .gallery') : place;
    const attributes = ['fact', 'quote', 'variant', 'since', 'paused', 'collapsed', 'slot']
      .filter((name) => element.hasAttribute(name))
      .map((name) => `[${name}${element.getAttribute(name) ? `=${element.getAttribute(name)}` : ''}]`);
    return {
      widget: `${where?.className || where?.localName || ''} › ${element.localName}${attributes.join('')}`,
      height: Math.round(element.getBoundingClientRect().height * 10) / 10,
    };
  });

/** Heights on demo/index.html at one viewport: rendered, or with the library blocked (fallback text). */
async function measure(viewport, withScript) {
  const tab = await browser.newPage();
  try {
    await tab.setViewport(viewport);
    if (!withScript) {
      await tab.setRequestInterception(true);
      tab.on('request', (request) =>
        request.url().endsWith('/dist/migration-widgets.js') ? request.abort() : request.continue(),
      );
    }
    await tab.goto(demo, { waitUntil: 'load' });
    if (!withScript) {
      const reserved = await tab.evaluate(boxes, tags.join(','));
      // The fallback's own height: the page's reserved sizes switched off.
      await tab.addStyleTag({
        content: `${tags.map((tag) => `${tag}:not(:defined)`).join(',')} { min-block-size: 0 !important; block-size: auto !important; }`,
      });
      return { reserved, fallback: await tab.evaluate(boxes, tags.join(',')) };
    }
    await tab.evaluate(async (list) => {
      await Promise.all(list.map((tag) => customElements.whenDefined(tag)));
      await Promise.all([...document.querySelectorAll(list.join(','))].map((element) => element.updateComplete));
    }, tags);
    // Scroll through so every count-up starts, then let them finish: the widgets' resting size.
    const height = await tab.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += Math.round(viewport.height * 0.8)) {
      await tab.evaluate((top) => window.scrollTo(0, top), y);
      await sleep(200);
    }
    await sleep(3000);
    return { rendered: await tab.evaluate(boxes, tags.join(',')) };
  } finally {
    await tab.close();
  }
}

try {
  for (const viewport of viewports) {
    const { rendered } = await measure(viewport, true);
    const { reserved, fallback } = await measure(viewport, false);
    console.log(`\n${viewport.width}×${viewport.height}: rendered · reserved now · fallback text alone (px)`);
    rendered.forEach(({ widget, height }, i) => {
      const gap = Math.round(height - reserved[i].height);
      // A widget slotted into another has no fallback of its own: its space is inside its holder's.
      const miss = gap === 0 || widget.includes('[slot') ? '' : `  ← reserve ${gap} px more`;
      const warning = fallback[i].height > height ? '  ← fallback taller than the widget' : '';
      const row = `${height} · ${reserved[i].height} · ${fallback[i].height}${miss}${warning}`;
      console.log(`${widget.padEnd(100)} ${row}`);
    });
  }
} finally {
  await browser.close();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
