// npm run bench: what migration-widgets costs a page, measured against physical limits (the
// browser's own cost for the same markup) in main-thread CPU time, every subject interleaved in
// one run. See bench/README.md. Goals are reported, never asserted: exit code 0 unless the
// harness breaks. The functions passed to page.evaluate run in the page, with its globals:
/* global window, document, customElements, requestAnimationFrame */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { reserveRule } from '../demo/reserve-rule.js';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { brotliSize as brotli, kb, standaloneBudget, standaloneFile } from '../scripts/size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const out = join(root, 'bench', '.out');
// Rounds per section: BENCH_ROUNDS sets all; by default five for render (one 1,000-element page swings ±20 %
// here, so its ratios take the median of five), two for the rest.
const roundsOf = (section) => Number(process.env.BENCH_ROUNDS ?? (section === 'render' ? 5 : 2));
const cpuWindowMs = Number(process.env.BENCH_CPU_WINDOW_MS ?? 3000);
// BENCH_ONLY=render,cpu,clamp,partner runs only those browser sections (sizes always run).
const only = (section) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(section);
const elements = JSON.parse(readFileSync(join(root, 'src/elements.json'), 'utf8'));
const started = Date.now();
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const log = (message) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${message}`);
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)];
const loadBefore = loadavg();

rmSync(out, { recursive: true, force: true });
for (const dir of ['entries', 'bundles', 'pages']) mkdirSync(join(out, dir), { recursive: true });

// ---------------------------------------------------------------------------------------------
// 0. Build the library exactly as `npm run build` does (dist/ is what partners load).
log('building dist/ with rollup -c');
if (spawnSync('npx', ['rollup', '-c', '--silent'], { stdio: ['ignore', 'inherit', 'inherit'] }).status !== 0)
  log('rollup -c failed: measuring whatever dist/ holds');

// ---------------------------------------------------------------------------------------------
// 1. Sizes, every subject bundled the same plain way (node-resolve + terser, one ES module).
const fromEntries = (path) => relative(join(out, 'entries'), join(root, path)).split(sep).join('/');
const entries = {
  lit: `export { LitElement, html, css } from 'lit';\n`,
  ...Object.fromEntries(elements.map((name) => [name, `import '${fromEntries(`dist/${name}.js`)}';\n`])),
  countup: `export { CountUp } from 'countup.js';\n`,
  // Everything the standalone file holds but Lit (left out): our code, styles, strings and data.
  'without-lit': `export * from '${fromEntries('dist/index.js')}';\n`,
};

async function bundle(name) {
  const input = join(out, 'entries', `${name}.js`);
  writeFileSync(input, entries[name]);
  const bundler = await rollup({
    input,
    external: name === 'without-lit' ? [/^lit(\/|$)/, /^@lit\//] : [],
    plugins: [resolve(), terser({ module: true, ecma: 2022, format: { comments: false } })],
    onwarn: () => {},
  });
  await bundler.write({ file: join(out, 'bundles', `${name}.js`), format: 'es' });
  await bundler.close();
  return readFileSync(join(out, 'bundles', `${name}.js`));
}
const sizes = {};
for (const name of Object.keys(entries)) sizes[name] = brotli(await bundle(name));
sizes.standalone = brotli(readFileSync(standaloneFile));
// Today's stat card (from the commit before this turn's changes), its tag renamed, stands beside ours.
const referenceTag = 'migration-stat-card-reference';
writeFileSync(join(out, 'bundles', 'reference.js'), readFileSync('bench/reference/stat-card.js'));
log('sizes measured');

// ---------------------------------------------------------------------------------------------
// A static server for the repository root on 127.0.0.1, gzip like a CDN, never cached.
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^[/\\]+/, '');
  const file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file)) return response.writeHead(404).end();
  const gzip = /gzip/.test(request.headers['accept-encoding'] ?? '');
  const body = readFileSync(file);
  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  response.end(gzip ? gzipSync(body, { level: 9 }) : body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const bundleUrl = (name) => `/bench/.out/bundles/${name}.js`;

function page(name, body, { head = '', lang = 'en' } = {}) {
  const dir = lang === 'ar' ? ' dir="rtl"' : '';
  writeFileSync(
    join(out, 'pages', `${name}.html`),
    `<!doctype html>\n<html lang="${lang}"${dir}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${name}</title>${head}</head>\n<body>${body}</body></html>\n`,
  );
  return `${origin}/bench/.out/pages/${name}.html`;
}

// Puppeteer's default flags (which switch off background throttling) are dropped: a hidden tab
// behaves as it does for a visitor.
const launchChromium = () =>
  puppeteer.launch({
    executablePath: process.env.CHROMIUM ?? chromiumPath,
    ignoreDefaultArgs: true,
    pipe: true,
    defaultViewport: { width: 1280, height: 800 },
    args: [
      '--headless',
      ...chromiumArgs,
      '--js-flags=--expose-gc',
      '--disable-dev-shm-usage', // containers give /dev/shm 64 MB: a 2,000-widget page would crash
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'migration-bench-'))}`,
      'about:blank',
    ],
  });
const browser = await launchChromium();
const [frontTab] = await browser.pages();
const chromiumVersion = await browser.version();
const errors = [];

async function open(url, { width = 1280, height = 800, before } = {}, on = browser) {
  const tab = await on.newPage();
  await tab.setViewport({ width, height });
  tab.on('pageerror', (error) => errors.push(`${url}: ${error.message}`));
  if (before) await before(tab);
  await tab.goto(url, { waitUntil: 'load' });
  return tab;
}
const metricsOf = async (cdp) =>
  Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
/** Main-thread CPU (thread time, ms) that `run` costs, with its style + layout share. */
async function cpuOf(cdp, run) {
  const m0 = await metricsOf(cdp);
  await run();
  const m1 = await metricsOf(cdp);
  const ms = (name) => (m1[name] - m0[name]) * 1000;
  return {
    task: ms('TaskDuration'),
    style: ms('RecalcStyleDuration') + ms('LayoutDuration'),
    script: ms('ScriptDuration'),
  };
}
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { js: usage.usedSize, dom: usage.embedderHeapUsedSize ?? 0 };
}
// Every node in the document, shadow roots included (Lit's marker comments cost too).
const countNodes = () => {
  let count = 0;
  const walk = (node) => {
    count++;
    for (const child of node.childNodes) walk(child);
    if (node.shadowRoot) walk(node.shadowRoot);
  };
  walk(document);
  return count;
};

/**
 * In the page: the element's rendered DOM as static HTML, every shadow root as declarative shadow
 * DOM with its adopted styles as a <style>: what the browser alone costs for the same markup.
 */
const serialize = (element) => {
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const attribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const html = (node) => {
    if (node.nodeType === 3) return escape(node.data);
    if (node.nodeType === 8) return `<!--${node.data}-->`;
    if (node.nodeType !== 1) return '';
    const attributes = [...node.attributes].map((a) => ` ${a.name}="${attribute(a.value)}"`).join('');
    const shadow = node.shadowRoot
      ? `<template shadowrootmode="open"><style>${node.shadowRoot.adoptedStyleSheets
          .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
          .join('')}</style>${[...node.shadowRoot.childNodes].map(html).join('')}</template>`
      : '';
    const inner = node.localName === 'template' ? node.content.childNodes : node.childNodes;
    const children = [...inner].map(html).join('');
    return /^(br|hr|img|input|link|meta|wbr|source)$/.test(node.localName)
      ? `<${node.localName}${attributes}>`
      : `<${node.localName}${attributes}>${shadow}${children}</${node.localName}>`;
  };
  return html(element);
};

// ---------------------------------------------------------------------------------------------
// 2. Render: per element, 1 and 1,000 instances against the static copy of the same rendered DOM.
const renderSubjects = [];
const floors = {};
if (only('render')) {
  // The floor markup: one instance rendered (no animation) and serialized.
  for (const name of elements) {
    const tab = await open(page(`serialize-${name}`, '<div id="root"></div>'), {
      before: (t) => t.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]),
    });
    floors[name] = await tab.evaluate(
      async (src, tag, serializeSource) => {
        await import(src);
        const element = document.createElement(tag);
        document.getElementById('root').append(element);
        await element.updateComplete;
        await new Promise((done) => setTimeout(done, 500));
        return (0, eval)(serializeSource)(element);
      },
      bundleUrl(name),
      `migration-${name}`,
      serialize.toString(),
    );
    await tab.close();
  }
  for (const n of [1, 1000]) {
    for (const name of elements) {
      renderSubjects.push({ key: `${name} ×${n}`, element: name, bundle: name, tag: `migration-${name}`, n });
      renderSubjects.push({ key: `${name} floor ×${n}`, element: name, floor: floors[name], n });
    }
    renderSubjects.push({
      key: `stat-card reference ×${n}`,
      element: 'reference',
      bundle: 'reference',
      tag: referenceTag,
      n,
    });
  }
}

async function measureRender(subject) {
  const head = subject.bundle ? `<link rel="modulepreload" href="${bundleUrl(subject.bundle)}">` : '';
  const tab = await open(page(`render-${subject.bundle ?? 'floor'}`, '<div id="root"></div>', { head }));
  try {
    const cdp = await tab.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    // Definition is not timed: the floor has none, and it is paid once per page.
    if (subject.bundle)
      await tab.evaluate(
        async (src, tag) => {
          await import(src);
          await customElements.whenDefined(tag);
        },
        bundleUrl(subject.bundle),
        subject.tag,
      );
    const heap0 = await heapAfterGc(cdp);
    const nodes0 = await tab.evaluate(countNodes);
    const cpu = await cpuOf(cdp, () =>
      tab.evaluate(
        async ({ tag, n, floor }) => {
          const root = document.getElementById('root');
          if (floor) root.setHTMLUnsafe(floor.repeat(n));
          else {
            const fragment = document.createDocumentFragment();
            for (let i = 0; i < n; i++) fragment.append(document.createElement(tag));
            root.append(fragment);
            await Promise.all([...root.children].map((element) => element.updateComplete));
          }
          root.getBoundingClientRect(); // style and layout of the whole tree
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))); // and paint
        },
        { tag: subject.tag, n: subject.n, floor: subject.floor },
      ),
    );
    const nodes1 = await tab.evaluate(countNodes);
    const heap1 = await heapAfterGc(cdp);
    return {
      ...cpu,
      nodes: (nodes1 - nodes0) / subject.n,
      js: (heap1.js - heap0.js) / subject.n,
      dom: (heap1.dom - heap0.dom) / subject.n,
    };
  } finally {
    await tab.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Counter CPU per second of main thread: ours visible, offscreen, hidden; countUp; an idle page.
const perSecond = 600e9 / (365 * 24 * 3600); // USD 600 billion a year, the counter's own figure
const counterTag = '<migration-remittance-counter></migration-remittance-counter>';
const cpuSubjects = only('cpu')
  ? [
      { key: 'idle page', body: '<p>Idle page.</p>' },
      { key: 'migration counter, visible', body: counterTag, bundle: 'remittance-counter' },
      {
        key: 'countUp.js, 1-s tween every second',
        body: `<p><span id="n">0</span> USD sent home</p><script type="module">
      import { CountUp } from '${bundleUrl('countup')}';
      let value = ${Math.round(perSecond)};
      const counter = new CountUp('n', value, { duration: 1 });
      counter.start();
      setInterval(() => { value += ${Math.round(perSecond)}; counter.update(value); }, 1000);
    </script>`,
      },
      {
        key: 'migration counter, offscreen',
        body: `<div style="block-size: 300vh">Long article.</div>${counterTag}`,
        bundle: 'remittance-counter',
      },
      { key: 'migration counter, hidden tab', body: counterTag, bundle: 'remittance-counter', hidden: true },
    ]
  : [];

async function measureCpu(subject) {
  const head = subject.bundle ? `<script type="module" src="${bundleUrl(subject.bundle)}"></script>` : '';
  const tab = await open(page(`cpu-${subject.key.replace(/\W+/g, '-')}`, subject.body, { head }));
  try {
    const cdp = await tab.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await sleep(1000); // past start-up and any entrance animation
    if (subject.hidden) {
      await frontTab.bringToFront();
      await sleep(500);
    }
    const t0 = Date.now();
    const cpu = await cpuOf(cdp, () => sleep(cpuWindowMs));
    return { task: (cpu.task * 1000) / (Date.now() - t0) };
  } finally {
    if (subject.hidden) await tab.bringToFront();
    await tab.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Clamped quotes (issue 21.4): 2,000 mixed widgets, 500 of them clamped quotes; the longest
// main-thread block from insertion until 2 s later, found by a MessageChannel ping (any engine).
const clampSubjects = only('clamp')
  ? ['chromium', 'firefox'].flatMap((engine) =>
      [false, true].map((clamp) => ({ key: `${engine}, ${clamp ? 'with' : 'without'} clamp`, engine, clamp })),
    )
  : [];
// Run last, each engine in a browser of its own: a 2,000-widget page can take its browser down.
async function measureClamp(subject, engine) {
  const url = page('clamp', '<div id="root"></div>', {
    head: '<script type="module" src="/dist/migration-widgets.js"></script>',
  });
  const tab = await open(url, {}, engine);
  try {
    return await tab.evaluate(async (clamp) => {
      await customElements.whenDefined('migration-quote-block');
      const quote = clamp
        ? '<migration-quote-block clamp="3"></migration-quote-block>'
        : '<migration-quote-block></migration-quote-block>';
      const four = `<migration-stat-card></migration-stat-card>${quote}<migration-remittance-counter></migration-remittance-counter><migration-summary-panel></migration-summary-panel>`;
      let longest = 0;
      let last = performance.now();
      let running = true;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
        if (running) channel.port2.postMessage(0);
      };
      channel.port2.postMessage(0);
      await new Promise((done) => setTimeout(done, 50));
      document.getElementById('root').innerHTML = four.repeat(500);
      await new Promise((done) => setTimeout(done, 2000));
      running = false;
      return { longest };
    }, subject.clamp);
  } finally {
    await tab.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 5. Partner page (issue 13): an article with one hero stat card, phone CPU 4× slower,
// 1.6 Mbps / 150 ms. Today's snippet, the prerendered snippet with and without script (from
// dist/prerender.js when built), and a static HTML copy of the same content.
const prerenderModule = join(root, 'dist', 'prerender.js');
const prerender = existsSync(prerenderModule)
  ? (await import(pathToFileURL(prerenderModule).href)).prerender
  : undefined;
const widths = [360, 768, 1024, 1440];
const langs = ['en', 'ar'];
const article = (widget) =>
  `<main style="max-inline-size: 40rem; margin: auto; font: 1rem/1.5 system-ui"><h1>Partner article</h1>${'<p>Partner paragraph of running text that a reader scrolls past on the way to the figure.</p>'.repeat(2)}${widget}${'<p>More of the article after the figure.</p>'.repeat(6)}</main>`;
const script = '<script type="module" src="/dist/migration-widgets.js"></script>';
const card = '<migration-stat-card fact="international-migrants"></migration-stat-card>';
const partnerStatic = {};
const partnerSubjects = [];
if (only('partner')) {
  for (const lang of langs)
    for (const width of widths) {
      const tab = await open(page(`partner-serialize-${lang}`, article(card), { head: script, lang }), {
        width,
        before: (t) => t.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]),
      });
      partnerStatic[`${lang} ${width}`] = await tab.evaluate(async (serializeSource) => {
        const element = document.querySelector('migration-stat-card');
        await customElements.whenDefined('migration-stat-card');
        await element.updateComplete;
        await new Promise((done) => setTimeout(done, 500));
        return (0, eval)(serializeSource)(element);
      }, serialize.toString());
      await tab.close();
    }
  const variants = {
    // The configurator's snippet: the reserved size it hands out (measured per width and language), the tag, the script.
    "today's snippet": () =>
      article(
        `<style>${reserveRule('migration-stat-card', [['fact', 'international-migrants']])}</style>${card}${script}`,
      ),
    'prerendered + script':
      prerender && (async (lang) => await prerender(article(card + script).replace('<main', `<main lang="${lang}"`))),
    'prerendered, no script':
      prerender && (async (lang) => prerender(article(card).replace('<main', `<main lang="${lang}"`))),
    'static HTML copy': (lang, width) => article(partnerStatic[`${lang} ${width}`]),
  };
  for (const [variant, build] of Object.entries(variants))
    for (const lang of langs)
      for (const width of widths)
        partnerSubjects.push({ key: `${variant} ${lang} ${width}`, variant, lang, width, build });
}

async function measurePartner(subject) {
  if (!subject.build) return undefined;
  const body = await subject.build(subject.lang, subject.width);
  const url = page(`partner-${subject.variant.replace(/\W+/g, '-')}-${subject.lang}-${subject.width}`, body, {
    lang: subject.lang,
  });
  let bytes = 0;
  const tab = await open(url, {
    width: subject.width,
    height: 800,
    before: async (t) => {
      const cdp = await t.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: 1.6e6 / 8,
        uploadThroughput: 750e3 / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
      await t.evaluateOnNewDocument(() => {
        window.cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.cls += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        // When the widget's visible text last changed (upgrade, count-up): its final state.
        window.finalAt = 0;
        let last = '';
        // A prerendered root's <style> is not text a reader sees (taken over, its rules move to adopted sheets).
        const text = (node) =>
          node.localName === 'style'
            ? ''
            : [...node.childNodes].map((child) => (child.nodeType === 3 ? child.data : text(child))).join('') +
              (node.shadowRoot ? text(node.shadowRoot) : '');
        // Every value the card's value part showed: another than the last is a count-up (a replay, over prerendered
        // markup); a prefix of the last is the HTML still streaming in under the slow link, not a change.
        window.values = new Set();
        const sample = () => {
          const widget = document.querySelector('migration-stat-card');
          const now = widget ? text(widget).replace(/\s+/g, ' ') : '';
          if (now !== last) ((last = now), (window.finalAt = performance.now()));
          const value = widget?.shadowRoot?.querySelector('[part~="value"]');
          if (value) window.values.add(value.textContent.replace(/\s+/g, ' ').trim());
          requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      });
    },
  });
  try {
    await sleep(3000); // every count-up has finished, even 4× slower
    const { cls, finalAt, fcp, values } = await tab.evaluate(() => ({
      cls: window.cls,
      finalAt: window.finalAt,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
      values: (() => {
        const shown = [...window.values];
        const last = shown[shown.length - 1] ?? '';
        return shown.filter((value) => value === last || !last.startsWith(value)).length;
      })(),
    }));
    return { cls, bytes, final: Math.max(finalAt, fcp), changes: Math.max(values - 1, 0) };
  } finally {
    await tab.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Interleaved rounds: every subject once per round, in a rotated order; medians over rounds.
const results = { render: {}, cpu: {}, clamp: {}, partner: {} };
// A section's rounds: none when it has no subjects (BENCH_ONLY picked another).
const sectionOf = (name, subjects, measure, rounds) => ({
  name,
  subjects,
  measure,
  rounds: subjects.length ? rounds : 0,
});
const sections = [
  sectionOf('render', renderSubjects, measureRender, roundsOf('render')),
  sectionOf('cpu', cpuSubjects, measureCpu, Math.min(roundsOf('cpu'), 2)),
  // Each partner page loads in well under a second on a 4×-slowed CPU: one load is noise, so every round.
  sectionOf('partner', partnerSubjects, measurePartner, roundsOf('partner')),
];
const rounds = Math.max(...sections.map((section) => section.rounds));
const rotate = (list, by) => list.map((_, i) => list[(i + by) % list.length]);
for (let round = 0; round < rounds; round++) {
  log(`round ${round + 1} of ${rounds}`);
  for (const { name: section, subjects, measure, rounds: sectionRounds } of sections) {
    if (round >= sectionRounds) continue;
    log(`${section}: ${subjects.length} subjects`);
    for (const subject of rotate(subjects, round)) {
      try {
        const value = await measure(subject);
        if (value) (results[section][subject.key] ??= []).push({ ...value, round });
      } catch (error) {
        errors.push(`${section} ${subject.key}: ${error.message.split('\n')[0]}`);
      }
    }
  }
}
await browser.close();
const launch = {
  chromium: launchChromium,
  firefox: () => puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true }),
};
if (clampSubjects.length) log(`clamp: ${clampSubjects.length} subjects`);
for (const subject of clampSubjects) {
  const engine = await launch[subject.engine]();
  try {
    (results.clamp[subject.key] ??= []).push(await measureClamp(subject, engine));
  } catch (error) {
    errors.push(`clamp ${subject.key}: ${error.message.split('\n')[0]}`);
  } finally {
    await engine.close().catch(() => {});
  }
}
server.close();

// ---------------------------------------------------------------------------------------------
// Report.
const at = (section, key, field) => {
  const list = results[section][key];
  return list ? median(list.map((value) => value[field])) : undefined;
};
/**
 * A ratio of two subjects of a section: the median of their per-round ratios. Each round measures them back to back,
 * so a slow spell of the machine weighs on both alike.
 */
const pairedRatio = (section, key, baseKey, field) => {
  const base = new Map((results[section][baseKey] ?? []).map((value) => [value.round, value[field]]));
  const ratios = (results[section][key] ?? []).filter((value) => base.has(value.round));
  return ratios.length ? median(ratios.map((value) => value[field] / base.get(value.round))) : undefined;
};
const fixed = (value, digits = 1) => (value === undefined || Number.isNaN(value) ? 'n/a' : value.toFixed(digits));
const goals = [];
const goal = (text, value, limit) =>
  goals.push(
    `- ${value === undefined || Number.isNaN(value) ? 'n/a ' : value <= limit ? 'met ' : 'MISSED'} ${text}: ${fixed(value, 2)} (goal ≤ ${limit})`,
  );
const lines = ['## Render: main-thread CPU (thread time) against the static copy of the same DOM', ''];
lines.push(
  '| element | ×1 CPU ms | ×1 floor | ×1000 CPU ms | ×1000 floor | ratio ×1000 | style+layout ×1000 | nodes | floor nodes | JS heap B | DOM heap B |',
  '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
);
for (const name of [...elements, 'reference']) {
  const label = name === 'reference' ? 'stat-card reference' : name;
  const cost = (n, field) => at('render', `${label} ×${n}`, field);
  const floor = (n, field) => (name === 'reference' ? undefined : at('render', `${name} floor ×${n}`, field));
  const ratio = pairedRatio('render', `${label} ×1000`, `${name} floor ×1000`, 'task');
  lines.push(
    `| ${label} | ${fixed(cost(1, 'task'))} | ${fixed(floor(1, 'task'))} | ${fixed(cost(1000, 'task'), 0)} | ${fixed(floor(1000, 'task'), 0)} | ${fixed(ratio, 2)} | ${fixed(cost(1000, 'style'), 0)} | ${fixed(cost(1000, 'nodes'), 0)} | ${fixed(floor(1000, 'nodes'), 0)} | ${fixed(cost(1000, 'js'), 0)} | ${fixed(cost(1000, 'dom'), 0)} |`,
  );
  if (name === 'stat-card') {
    goal('1,000 stat cards / their static floor', ratio, 1.1);
    goal(
      '1,000 stat cards / reference card',
      pairedRatio('render', `${label} ×1000`, 'stat-card reference ×1000', 'task'),
      0.7,
    );
    goal('nodes per stat card', cost(1000, 'nodes'), 70);
  } else if (name !== 'reference') goal(`1,000 ${name} / their static floor`, ratio, 1.2);
}
lines.push('', '## Size (brotli)', '', '| file | brotli |', '| --- | --: |');
lines.push(
  `| dist/migration-widgets.js (standalone) | ${kb(sizes.standalone)} |`,
  `| Lit alone | ${kb(sizes.lit)} |`,
  `| the library without Lit (Lit left out of the bundle) | ${kb(sizes['without-lit'])} |`,
);
for (const name of elements) lines.push(`| ${name} with Lit | ${kb(sizes[name])} |`);
goal('standalone KB brotli', sizes.standalone / 1024, standaloneBudget / 1024);

lines.push('', '## Counter: main-thread CPU, ms per second', '', '| subject | CPU ms/s |', '| --- | --: |');
for (const subject of cpuSubjects) lines.push(`| ${subject.key} | ${fixed(at('cpu', subject.key, 'task'), 2)} |`);
const idleCeiling = Math.max(...(results.cpu['idle page'] ?? []).map((value) => value.task)) + 0.5;
goal(
  'visible counter / countUp',
  pairedRatio('cpu', 'migration counter, visible', 'countUp.js, 1-s tween every second', 'task'),
  0.15,
);
for (const key of ['migration counter, offscreen', 'migration counter, hidden tab'])
  goal(`${key}: CPU over idle ceiling (idle max + 0.5 ms/s)`, at('cpu', key, 'task') - idleCeiling, 0);

lines.push('', '## Clamped quotes (issue 21.4): 2,000 widgets, 500 clamped quotes, longest main-thread block', '');
lines.push('| engine | without clamp ms | with clamp ms | ratio |', '| --- | --: | --: | --: |');
for (const engine of ['chromium', 'firefox']) {
  const without = at('clamp', `${engine}, without clamp`, 'longest');
  const withClamp = at('clamp', `${engine}, with clamp`, 'longest');
  lines.push(`| ${engine} | ${fixed(without, 0)} | ${fixed(withClamp, 0)} | ${fixed(withClamp / without, 2)} |`);
}

lines.push('', '## Partner page (issue 13): phone CPU 4× slower, 1.6 Mbps / 150 ms, one hero stat card', '');
if (!prerender) lines.push('prerendered rows: prerender not built (no dist/prerender.js)', '');
const cells = langs.flatMap((lang) => widths.map((width) => [lang, width]));
/** One field of one page over every width and language: each cell's value, in the table's order. */
const across = (variant, field) => cells.map(([lang, width]) => at('partner', `${variant} ${lang} ${width}`, field));
lines.push(
  `| page | ${cells.map(([lang, width]) => `CLS ${lang} ${width}`).join(' | ')} | bytes (median) | final ms (median) | value changes (max) |`,
  `| --- | ${cells.map(() => '--:').join(' | ')} | --: | --: | --: |`,
);
const variantsRun = [...new Set(partnerSubjects.map((subject) => subject.variant))];
for (const variant of variantsRun) {
  const cls = across(variant, 'cls').map((value) => fixed(value, 3));
  const bytes = fixed(median(across(variant, 'bytes')), 0);
  const final = fixed(median(across(variant, 'final')), 0);
  lines.push(
    `| ${variant} | ${cls.join(' | ')} | ${bytes} | ${final} | ${fixed(Math.max(...across(variant, 'changes')), 0)} |`,
  );
}
if (variantsRun.length) {
  const worst = (variant, field) => Math.max(...across(variant, field));
  const ratio = (variant, field) => median(across(variant, field)) / median(across('static HTML copy', field));
  goal(
    'partner page prerendered + script: largest CLS (360–1440 px, en and ar, no reserved CSS)',
    worst('prerendered + script', 'cls'),
    0,
  );
  goal('partner page prerendered, no script: largest CLS', worst('prerendered, no script', 'cls'), 0);
  goal('partner page prerendered, no script: bytes / static copy', ratio('prerendered, no script', 'bytes'), 1.1);
  goal(
    'partner page prerendered + script: time until final / static copy',
    ratio('prerendered + script', 'final'),
    1.1,
  );
  goal(
    'partner page prerendered + script: value changes (a replayed count-up)',
    worst('prerendered + script', 'changes'),
    0,
  );
}

const loadAfter = loadavg();
const machine = `${chromiumVersion}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}); load average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' ')}; rounds: ${sections.map((section) => `${section.name} ${section.rounds}`).join(', ')}; ${((Date.now() - started) / 1000).toFixed(0)} s.`;
const report = `${lines.join('\n')}\n\n## Goals\n\n${goals.join('\n')}\n\n${machine}\n${errors.length ? `\nErrors:\n${errors.map((e) => `- ${e}`).join('\n')}\n` : ''}`;
writeFileSync(join(out, 'results.md'), report);
writeFileSync(join(out, 'results.json'), JSON.stringify({ sizes, results, loadBefore, loadAfter }, null, 2));
console.log(report);
