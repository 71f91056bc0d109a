// npm run bench: what migration-widgets costs a page, next to what a partner would pick instead,
// measured side by side in one run (sizes, render, counter CPU, layout shift). See bench/README.md.
// Goals are reported, never asserted: the exit code is 0 unless the harness itself breaks.
// The functions passed to page.evaluate run in the page, with its globals:
/* global window, document, customElements, requestAnimationFrame, MutationObserver */
import { spawnSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { rollup } from 'rollup';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const out = join(root, 'bench', '.out');
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const cpuWindowMs = Number(process.env.BENCH_CPU_WINDOW_MS ?? 3000);
const chromium = process.env.CHROMIUM ?? chromiumPath;
// BENCH_ONLY=render,cpu,cls runs only those browser sections (sizes always run).
const only = (section) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(section);
const elements = ['stat-card', 'quote-block', 'remittance-counter', 'summary-panel'];
const budgetBrotli = 10 * 1024;
const started = Date.now();
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const log = (message) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${message}`);

rmSync(out, { recursive: true, force: true });
for (const dir of ['entries', 'bundles', 'pages']) mkdirSync(join(out, dir), { recursive: true });

// ---------------------------------------------------------------------------------------------
// 0. Build the library exactly as `npm run build` does (dist/ is what partners load).
log('building dist/ with rollup -c');
const build = spawnSync('npx', ['rollup', '-c', '--silent'], { stdio: ['ignore', 'inherit', 'inherit'] });
const buildOk = build.status === 0;
if (!buildOk) log('rollup -c failed: measuring whatever dist/ holds; rows that need it say n/a');

// ---------------------------------------------------------------------------------------------
// 1. Sizes: every subject bundled the same way (node-resolve + terser, ES module), like the library.
const helloWorld = `import { LitElement, html, css } from 'lit';
class HelloWorld extends LitElement {
  static properties = { name: {} };
  static styles = css\`:host { display: block; }\`;
  constructor() { super(); this.name = 'World'; }
  render() { return html\`<p>Hello, \${this.name}!</p>\`; }
}
customElements.define('hello-world', HelloWorld);
`;
const fromEntries = (path) => relative(join(out, 'entries'), join(root, path)).split(sep).join('/');
const entries = {
  lit: `export { LitElement, html, css } from 'lit';\n`,
  'hello-world': helloWorld,
  whole: `export * from '${fromEntries('dist/index.js')}';\n`,
  ...Object.fromEntries(elements.map((name) => [name, `import '${fromEntries(`dist/${name}.js`)}';\n`])),
  shoelace:
    `import '@shoelace-style/shoelace/dist/components/card/card.js';\n` +
    `import '@shoelace-style/shoelace/dist/components/format-number/format-number.js';\n`,
  'shoelace-card': `import '@shoelace-style/shoelace/dist/components/card/card.js';\n`,
  countup: `export { CountUp } from 'countup.js';\n`,
};

/** Bundles one entry with the plugins the library's own standalone build uses. */
async function bundle(name) {
  const input = join(out, 'entries', `${name}.js`);
  writeFileSync(input, entries[name]);
  const warnings = [];
  const bundler = await rollup({
    input,
    plugins: [resolve(), terser({ module: true, ecma: 2022, format: { comments: false } })],
    onwarn: (warning) => warnings.push(warning.message),
  });
  const { output } = await bundler.write({ file: join(out, 'bundles', `${name}.js`), format: 'es' });
  await bundler.close();
  modulesOf[name] = output[0].modules;
  return readFileSync(join(out, 'bundles', `${name}.js`));
}

const sizeOf = (code) => ({
  min: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code).length,
});

const sizes = {};
const bundled = {};
const modulesOf = {};
for (const name of Object.keys(entries)) {
  try {
    sizes[name] = sizeOf(await bundle(name));
    bundled[name] = true;
  } catch (error) {
    log(`bundling ${name} failed: ${error.message.split('\n')[0]}`);
  }
}
if (existsSync('dist/migration-widgets.js')) sizes.dist = sizeOf(readFileSync('dist/migration-widgets.js'));
sizes.shoelaceTheme = sizeOf(readFileSync('node_modules/@shoelace-style/shoelace/dist/themes/light.css'));

/** Which part of the library (or Lit) a bundled module belongs to. */
function partOf(id) {
  const path = relative(root, id).split(sep).join('/');
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(path)) return 'Lit';
  const inDist = path.replace(/^dist\//, '');
  const element = elements.find((name) => inDist.startsWith(name.replace(/-counter$/, '-')));
  if (element) return element;
  if (inDist.startsWith('data/')) return 'data';
  if (inDist.startsWith('i18n/')) return 'i18n (6 languages)';
  if (inDist.startsWith('format/')) return 'format';
  return 'shared (theme, locale, viewport, citation, define…)';
}
// Share of the standalone bundle's code before minification, per part: where the bytes come from.
const composition = {};
for (const [id, info] of Object.entries(modulesOf.whole ?? {}))
  composition[partOf(id)] = (composition[partOf(id)] ?? 0) + info.renderedLength;
log('sizes measured');

// ---------------------------------------------------------------------------------------------
// A tiny static server for the repository root (so demo/index.html finds ../dist) on 127.0.0.1.
const scriptDelayMs = 400;
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^[/\\]+/, '');
  const file = join(root, path.endsWith('/') || path === '' ? join(path, 'index.html') : path);
  if (!file.startsWith(root) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  const send = () => {
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(readFileSync(file));
  };
  // The standalone file arrives late, as from a CDN, so the demo's fallback text is always painted first.
  if (path === 'dist/migration-widgets.js') setTimeout(send, scriptDelayMs);
  else send();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const bundleUrl = (name) => `/bench/.out/bundles/${name}.js`;

/** Writes a bench page and returns its address. */
function page(name, body, head = '') {
  writeFileSync(
    join(out, 'pages', `${name}.html`),
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${name}</title>${head}</head>\n<body>${body}</body></html>\n`,
  );
  return `${origin}/bench/.out/pages/${name}.html`;
}

// A real user's browser: Puppeteer's default flags (which switch off background throttling and
// renderer backgrounding) are dropped, so hidden tabs behave as they do for visitors.
const userDataDir = mkdtempSync(join(tmpdir(), 'migration-bench-'));
const browser = await puppeteer.launch({
  executablePath: chromium,
  ignoreDefaultArgs: true,
  pipe: true,
  defaultViewport: { width: 1280, height: 800 },
  args: [
    '--headless',
    ...chromiumArgs,
    '--js-flags=--expose-gc',
    '--window-size=1280,800',
    `--user-data-dir=${userDataDir}`,
    'about:blank',
  ],
});
const chromiumVersion = await browser.version();
const [frontTab] = await browser.pages();
const browserPid = browser.process().pid;
const results = { render: {}, cpu: {}, cls: {}, hidden: [], errors: [] };

/** Opens a fresh tab on url; the caller closes it. */
async function open(url, viewport = { width: 1280, height: 800 }) {
  const tab = await browser.newPage();
  await tab.setViewport(viewport);
  tab.on('pageerror', (error) => results.errors.push(`${url}: ${error.message}`));
  await tab.goto(url, { waitUntil: 'load' });
  return tab;
}

// ---------------------------------------------------------------------------------------------
// 2. Render: define + render N elements until every updateComplete and the first layout.
const renderSubjects = [
  { key: 'stat-card ×1', bundle: 'stat-card', tag: 'migration-stat-card', n: 1 },
  { key: 'stat-card ×100', bundle: 'stat-card', tag: 'migration-stat-card', n: 100 },
  { key: 'stat-card ×1000', bundle: 'stat-card', tag: 'migration-stat-card', n: 1000 },
  { key: 'hello-world ×1000', bundle: 'hello-world', tag: 'hello-world', n: 1000 },
  {
    key: 'sl-card ×1000',
    bundle: 'shoelace-card',
    tag: 'sl-card',
    n: 1000,
    text: '258 million international migrants',
  },
].filter((subject) => bundled[subject.bundle]);

const countNodes = () => {
  // Every node in the document, shadow roots included (Lit's marker comments cost memory too).
  const count = { all: 0, element: 0, text: 0, comment: 0 };
  const kinds = { 1: 'element', 3: 'text', 8: 'comment' };
  const walk = (node) => {
    count.all++;
    if (kinds[node.nodeType]) count[kinds[node.nodeType]]++;
    for (const child of node.childNodes) walk(child);
    if (node.shadowRoot) walk(node.shadowRoot);
  };
  walk(document);
  return count;
};

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { js: usage.usedSize, dom: usage.embedderHeapUsedSize ?? 0 };
}

async function measureRender(subject) {
  const url = page(
    `render-${subject.bundle}`,
    '<div id="root"></div>',
    `<link rel="modulepreload" href="${bundleUrl(subject.bundle)}">`,
  );
  const tab = await open(url);
  try {
    const cdp = await tab.createCDPSession();
    // The module is fetched and compiled by the preload; the clock covers evaluation (define) onwards.
    await tab.waitForFunction(
      (src) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(src)),
      {},
      bundleUrl(subject.bundle),
    );
    const define = await tab.evaluate(
      async ({ src, tag }) => {
        const t0 = performance.now();
        await import(src);
        await customElements.whenDefined(tag);
        return performance.now() - t0;
      },
      { src: bundleUrl(subject.bundle), tag: subject.tag },
    );
    const heap0 = await heapAfterGc(cdp);
    const nodes0 = await tab.evaluate(countNodes);
    const timing = await tab.evaluate(async ({ tag, n, text }) => {
      const root = document.getElementById('root');
      const t0 = performance.now();
      const fragment = document.createDocumentFragment();
      for (let i = 0; i < n; i++) {
        const element = document.createElement(tag);
        if (text) element.textContent = text;
        fragment.append(element);
      }
      root.append(fragment);
      await Promise.all([...root.children].map((element) => element.updateComplete));
      root.getBoundingClientRect(); // forces style and layout of the whole tree
      const layout = performance.now() - t0;
      await new Promise((done) => requestAnimationFrame(() => done()));
      return { layout, frame: performance.now() - t0 };
    }, subject);
    const nodes1 = await tab.evaluate(countNodes);
    const heap1 = await heapAfterGc(cdp);
    return {
      ms: define + timing.layout,
      frameMs: define + timing.frame,
      nodes: (nodes1.all - nodes0.all) / subject.n,
      elements: (nodes1.element - nodes0.element) / subject.n,
      texts: (nodes1.text - nodes0.text) / subject.n,
      comments: (nodes1.comment - nodes0.comment) / subject.n,
      js: (heap1.js - heap0.js) / subject.n,
      dom: (heap1.dom - heap0.dom) / subject.n,
    };
  } finally {
    await tab.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Counter CPU: main-thread CPU (thread ticks) and CPU of every Chromium process, per second.
const perSecond = 600e9 / (365 * 24 * 3600); // USD 600 billion a year, the counter's own figure
const cpuSubjects = [
  { key: 'idle page', body: '<p>Idle page.</p>' },
  {
    key: 'migration counter, visible',
    body: '<migration-remittance-counter></migration-remittance-counter>',
    bundle: 'remittance-counter',
  },
  {
    key: 'counter redrawn every frame',
    body: `<p><span id="n"></span> USD sent home</p><script type="module">
      const format = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
      const n = document.getElementById('n'), t0 = performance.now();
      const draw = (now) => { n.textContent = format.format(((now - t0) / 1000) * ${perSecond}); requestAnimationFrame(draw); };
      requestAnimationFrame(draw);
    </script>`,
  },
  {
    key: 'countUp.js, 1-s tween every second',
    body: `<p><span id="n">0</span> USD sent home</p><script type="module">
      import { CountUp } from '${bundleUrl('countup')}';
      let value = ${Math.round(perSecond)};
      const counter = new CountUp('n', value, { duration: 1 });
      counter.start();
      setInterval(() => { value += ${Math.round(perSecond)}; counter.update(value); }, 1000);
    </script>`,
    needs: 'countup',
  },
  {
    key: 'migration counter, offscreen',
    body: '<div style="block-size: 300vh">Long article.</div><migration-remittance-counter></migration-remittance-counter>',
    bundle: 'remittance-counter',
  },
  {
    key: 'migration counter, hidden tab',
    body: '<migration-remittance-counter></migration-remittance-counter>',
    bundle: 'remittance-counter',
    hidden: true,
  },
].filter((subject) => [subject.bundle, subject.needs].every((name) => name === undefined || bundled[name]));

const clockTicks = Number(execSync('getconf CLK_TCK').toString()) || 100;

/** CPU clock ticks used so far by the browser process and every descendant, by pid (from /proc). */
function browserTreeCpu() {
  const stats = new Map();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields[0] is field 3 (state)
      stats.set(Number(pid), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended while we read
    }
  }
  const tree = new Set([browserPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, { ppid }] of stats) if (tree.has(ppid) && !tree.has(pid)) (tree.add(pid), (grew = true));
  }
  return new Map([...tree].filter((pid) => stats.has(pid)).map((pid) => [pid, stats.get(pid).ticks]));
}

/** CPU seconds between two samples; a process that ended in between is left out, not subtracted. */
const cpuSecondsBetween = (before, after) =>
  [...after].reduce((sum, [pid, ticks]) => sum + ticks - (before.get(pid) ?? 0), 0) / clockTicks;

async function measureCpu(subject) {
  const head = subject.bundle ? `<script type="module" src="${bundleUrl(subject.bundle)}"></script>` : '';
  const tab = await open(page(`cpu-${subject.key.replace(/\W+/g, '-')}`, subject.body, head));
  try {
    const cdp = await tab.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await sleep(1000); // past start-up and any entrance animation
    if (subject.hidden) {
      await frontTab.bringToFront();
      await sleep(500);
      results.hidden.push(await tab.evaluate(() => document.visibilityState));
    }
    const metrics = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
    // Redraws per second: DOM mutation batches in the page and in the widget's shadow root.
    await tab.evaluate(() => {
      window.redraws = 0;
      const observer = new MutationObserver(() => window.redraws++);
      for (const target of [
        document.body,
        ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean),
      ])
        observer.observe(target, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    const m0 = await metrics();
    const p0 = browserTreeCpu();
    const t0 = performance.now();
    await sleep(cpuWindowMs);
    const m1 = await metrics();
    const p1 = browserTreeCpu();
    const seconds = (performance.now() - t0) / 1000;
    const redraws = await tab.evaluate(() => window.redraws);
    const rate = (name) => ((m1[name] - m0[name]) * 1000) / seconds; // ms of CPU per second
    return {
      task: rate('TaskDuration'),
      script: rate('ScriptDuration'),
      layout: rate('LayoutDuration') + rate('RecalcStyleDuration'),
      all: (cpuSecondsBetween(p0, p1) * 1000) / seconds,
      redraws: redraws / seconds,
    };
  } finally {
    if (subject.hidden) await tab.bringToFront();
    await tab.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Layout shift on the demo page, from load through every animation.
const clsViewports = [
  { key: 'demo page, 1280×800', width: 1280, height: 800 },
  { key: 'demo page, 390×844', width: 390, height: 844 },
  // Without animations: tells the animations' share of the later shifts from the rest.
  { key: 'demo page, 1280×800, reduced motion', width: 1280, height: 800, reducedMotion: true },
];

async function measureCls(viewport) {
  const tab = await browser.newPage();
  try {
    await tab.setViewport({ width: viewport.width, height: viewport.height });
    if (viewport.reducedMotion) await tab.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await tab.evaluateOnNewDocument(() => {
      window.shifts = [];
      // A shifted node as host › node (the host when it sits in a shadow root), with its move in CSS px.
      const name = (node) =>
        node.localName +
        (typeof node.className === 'string' && node.className ? `.${node.className.trim().split(/\s+/)[0]}` : '');
      const describe = ({ node, previousRect: a, currentRect: b }) => {
        const move = `${Math.round(b.x - a.x)},${Math.round(b.y - a.y)} px, ${Math.round(b.width - a.width)}×${Math.round(b.height - a.height)}`;
        if (!node) return `(removed node, ${move})`;
        const element = node.nodeType === 1 ? node : node.parentElement;
        const host = element?.getRootNode().host;
        return `${host ? `${name(host)} › ` : ''}${element ? name(element) : node.nodeName} (${move})`;
      };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (!entry.hadRecentInput)
            window.shifts.push({
              value: entry.value,
              at: Math.round(entry.startTime),
              sources: entry.sources.map(describe),
            });
      }).observe({ type: 'layout-shift', buffered: true });
      // Shifts up to two frames after the four tags are defined are the upgrade from fallback text.
      const tags = ['stat-card', 'quote-block', 'remittance-counter', 'summary-panel'].map(
        (name) => `migration-${name}`,
      );
      Promise.all(tags.map((tag) => customElements.whenDefined(tag))).then(() =>
        requestAnimationFrame(() => requestAnimationFrame(() => (window.upgradedAt = performance.now()))),
      );
      // Each widget's box on every frame before the upgrade (the partner's reserved space), to compare after.
      window.boxes = () =>
        [...document.querySelectorAll(tags.join(','))].map((element) => {
          const variant = element.getAttribute('variant');
          const rect = element.getBoundingClientRect();
          return {
            name: `${element.localName}${variant ? `[${variant}]` : ''}`,
            width: Math.round(rect.width),
            height: Math.round(rect.height),
          };
        });
      const snapshot = () => {
        if (tags.some((tag) => customElements.get(tag))) return;
        window.boxesBefore = window.boxes();
        requestAnimationFrame(snapshot);
      };
      requestAnimationFrame(snapshot);
    });
    await tab.goto(`${origin}/demo/index.html`, { waitUntil: 'load' });
    await sleep(500);
    const height = await tab.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += Math.round(viewport.height * 0.8)) {
      await tab.evaluate((top) => window.scrollTo(0, top), y);
      await sleep(200);
    }
    await sleep(3000); // every count-up and the counter's start have finished
    const { shifts, upgradedAt, before, after } = await tab.evaluate(() => ({
      shifts: window.shifts,
      upgradedAt: window.upgradedAt,
      before: window.boxesBefore ?? [],
      after: window.boxes(),
    }));
    // Widgets whose height changed at the upgrade: reserved (fallback) height → rendered height.
    const resized = after
      .map((box, i) => ({ ...box, reserved: before[i]?.height }))
      .filter((box) => box.reserved !== undefined && box.reserved !== box.height)
      .map((box) => `${box.name} ${box.reserved}→${box.height} px`);
    const sum = (list) => list.reduce((total, shift) => total + shift.value, 0);
    const upgrade = shifts.filter((shift) => upgradedAt === undefined || shift.at <= upgradedAt);
    return { cls: sum(shifts), upgrade: sum(upgrade), later: sum(shifts) - sum(upgrade), upgradedAt, shifts, resized };
  } finally {
    await tab.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Interleaved rounds: every subject once per round, in a rotated order, medians over rounds.
const rotate = (list, by) => list.map((_, i) => list[(i + by) % list.length]);
const collect = (store, key, value) => (store[key] ??= []).push(value);
async function attempt(what, run) {
  try {
    return await run();
  } catch (error) {
    results.errors.push(`${what}: ${error.message.split('\n')[0]}`);
    return undefined;
  }
}

const loadBefore = loadavg()[0];
for (let round = 0; round < (only('render') ? rounds : 0); round++) {
  for (const subject of rotate(renderSubjects, round)) {
    const value = await attempt(`render ${subject.key}`, () => measureRender(subject));
    if (value) collect(results.render, subject.key, value);
  }
  log(`render round ${round + 1}/${rounds}`);
}
for (let round = 0; round < (only('cpu') ? rounds : 0); round++) {
  for (const subject of rotate(cpuSubjects, round)) {
    const value = await attempt(`cpu ${subject.key}`, () => measureCpu(subject));
    if (value) collect(results.cpu, subject.key, value);
  }
  log(`counter CPU round ${round + 1}/${rounds}`);
}
const clsRounds = only('cls') ? Math.min(rounds, 2) : 0;
for (let round = 0; round < clsRounds; round++) {
  for (const viewport of clsViewports) {
    const value = await attempt(`layout shift ${viewport.key}`, () => measureCls(viewport));
    if (value) collect(results.cls, viewport.key, value);
  }
  log(`layout shift round ${round + 1}/${clsRounds}`);
}
const loadAfter = loadavg()[0];
await browser.close();
server.close();
rmSync(userDataDir, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------
// One table.
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const stat = (store, key, field) => {
  const values = (store[key] ?? []).map((value) => value[field]).filter(Number.isFinite);
  return values.length ? { median: median(values), min: Math.min(...values), max: Math.max(...values) } : undefined;
};
const kb = (bytes) => (bytes === undefined ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`);
const num = (value, digits = 1) => (value === undefined || !Number.isFinite(value) ? 'n/a' : value.toFixed(digits));
const spread = (s, digits = 1, unit = '') =>
  s ? `${num(s.median, digits)}${unit} (${num(s.min, digits)}–${num(s.max, digits)})` : 'n/a';
const ratio = (a, b) => (a === undefined || !b ? undefined : a / b);
const times = (r) => (r === undefined ? 'n/a' : `${r.toFixed(2)}×`);
const verdict = (value, limit, unit = '') => {
  if (value === undefined || !Number.isFinite(value) || limit === undefined) return 'n/a';
  return value <= limit ? 'met' : `missed by ${num(value - limit, 1)} ${unit} (${times(value / limit)} the limit)`;
};
/** A goal on a ratio to an anchor: the ratio, then met or how many times too much. */
const ratioGoal = (value, anchor, limit, name) => {
  const r = ratio(value, anchor);
  if (r === undefined || !Number.isFinite(r)) return `≤ ${limit}× ${name}: n/a`;
  return `${times(r)} ${name} (goal ≤ ${limit}×): ${r <= limit ? 'met' : `missed, ${times(r / limit)} the limit`}`;
};

const rows = [];
const row = (measure, subject, value, compared = '', goal = '') => rows.push([measure, subject, value, compared, goal]);

// Size
const floorBr = sizes['hello-world']?.brotli;
const litBr = sizes.lit?.brotli;
const shoelaceBr = sizes.shoelace?.brotli;
const shoelaceAll = shoelaceBr === undefined ? undefined : shoelaceBr + sizes.shoelaceTheme.brotli;
const sizeCell = (s) => (s ? `${kb(s.min)} min · ${kb(s.gzip)} gz · ${kb(s.brotli)} br` : 'n/a');
row(
  'size',
  'dist/migration-widgets.js (4 elements, data, 6 languages, Lit)',
  sizeCell(sizes.dist),
  `${times(ratio(sizes.dist?.brotli, floorBr))} floor · ${times(ratio(sizes.dist?.brotli, shoelaceBr))} Shoelace JS · ${times(ratio(sizes.dist?.brotli, shoelaceAll))} Shoelace JS+CSS`,
  `≤ 10 KB br: ${verdict(sizes.dist?.brotli / 1024, budgetBrotli / 1024, 'KB')}`,
);
row(
  'size',
  'same code, re-bundled here from dist/index.js like every anchor',
  sizeCell(sizes.whole),
  `the library's own build (CSS templates collapsed, 2 terser passes) saves ${kb(sizes.whole && sizes.dist && sizes.whole.brotli - sizes.dist.brotli)} br`,
);
const renderedTotal = Object.values(composition).reduce((sum, length) => sum + length, 0);
row(
  'size',
  'where the standalone bytes come from (code before minifying)',
  Object.entries(composition)
    .sort((a, b) => b[1] - a[1])
    .map(([part, length]) => `${part} ${((100 * length) / renderedTotal).toFixed(0)} %`)
    .join(' · '),
  '',
  'reported',
);
row('size', 'Lit alone (LitElement, html, css)', sizeCell(sizes.lit));
row('size', 'floor: hello-world LitElement', sizeCell(sizes['hello-world']), `${kb(floorBr - litBr)} br over Lit`);
for (const name of elements)
  row(
    'size',
    `${name} alone (+ Lit)`,
    sizeCell(sizes[name]),
    `${kb(sizes[name] && sizes[name].brotli - litBr)} br over Lit · ${times(ratio(sizes[name]?.brotli, floorBr))} floor`,
  );
row(
  'size',
  'Shoelace sl-card + sl-format-number',
  sizeCell(sizes.shoelace),
  `+ theme CSS light.css: ${kb(sizes.shoelaceTheme.brotli)} br`,
);
row('size', 'countup.js', sizeCell(sizes.countup));

// Render
const renderMs = (key) => stat(results.render, key, 'ms');
for (const subject of renderSubjects) {
  const ms = renderMs(subject.key);
  const nodes = stat(results.render, subject.key, 'nodes');
  const js = stat(results.render, subject.key, 'js');
  const dom = stat(results.render, subject.key, 'dom');
  const kinds = ['elements', 'texts', 'comments'].map(
    (field) => `${num(stat(results.render, subject.key, field)?.median, 0)} ${field.slice(0, -1)}`,
  );
  const perCard =
    `per element: ${num(nodes?.median, 0)} nodes (${kinds.join(', ')})` +
    (subject.n >= 100 ? ` · ${kb(js?.median)} JS heap · ${kb(dom?.median)} DOM heap` : '');
  row(
    'render',
    subject.key,
    spread(ms, 1, ' ms'),
    perCard,
    subject.key === 'stat-card ×1000'
      ? `${ratioGoal(ms?.median, renderMs('hello-world ×1000')?.median, 1.5, 'hello-world')}; ` +
          ratioGoal(ms?.median, renderMs('sl-card ×1000')?.median, 0.5, 'sl-card')
      : '',
  );
}
const perElement = (key, field) => stat(results.render, key, field)?.median;
for (const [field, label] of [
  ['nodes', 'DOM nodes'],
  ['js', 'JS heap'],
  ['dom', 'DOM (Oilpan) heap'],
])
  row(
    'render',
    `stat-card per element: ${label}`,
    '',
    `${times(ratio(perElement('stat-card ×1000', field), perElement('hello-world ×1000', field)))} hello-world · ` +
      `${times(ratio(perElement('stat-card ×1000', field), perElement('sl-card ×1000', field)))} sl-card`,
    'reported',
  );

// Counter CPU
const cpu = (key, field) => stat(results.cpu, key, field);
const idleTask = cpu('idle page', 'task');
const idleAll = cpu('idle page', 'all');
const tickRate = 1000 / clockTicks / (cpuWindowMs / 1000); // resolution of /proc times, ms per s
for (const subject of cpuSubjects) {
  const task = cpu(subject.key, 'task');
  const all = cpu(subject.key, 'all');
  let goal = '';
  if (subject.key === 'migration counter, visible') {
    const countUp = cpu('countUp.js, 1-s tween every second', 'task');
    goal = ratioGoal(task?.median, countUp?.median, 0.25, 'countUp main thread');
  }
  if (subject.key.includes('offscreen') || subject.key.includes('hidden')) {
    // Indistinguishable: inside the idle page's range over the rounds, widened by the clock's resolution.
    const mainOk = task && idleTask && task.median <= idleTask.max + 0.5;
    const allOk = all && idleAll && all.median <= idleAll.max + tickRate;
    goal = `≈ idle: ${mainOk && allOk ? 'met' : `missed (main +${num(task?.median - idleTask?.median, 2)}, all +${num(all?.median - idleAll?.median, 1)} ms/s over idle)`}`;
  }
  row(
    'counter CPU',
    subject.key,
    `main ${spread(task, 2, ' ms/s')} · all processes ${spread(all, 1, ' ms/s')}`,
    `script ${num(cpu(subject.key, 'script')?.median, 2)} · style+layout ${num(cpu(subject.key, 'layout')?.median, 2)} ms/s · ` +
      `${num(cpu(subject.key, 'redraws')?.median, 0)} redraws/s`,
    goal,
  );
}
row(
  'counter CPU',
  'hidden tab check',
  `document.visibilityState: ${[...new Set(results.hidden)].join(', ') || 'n/a'}`,
  'other tab brought to front (page.bringToFront)',
);

// Layout shift
for (const viewport of clsViewports) {
  const values = results.cls[viewport.key] ?? [];
  const worst = values.reduce((a, b) => (b.cls > (a?.cls ?? -1) ? b : a), undefined);
  const sources =
    worst?.shifts
      .filter((shift) => worst.upgradedAt === undefined || shift.at > worst.upgradedAt)
      .flatMap((shift) => shift.sources.map((source) => `${source} at ${shift.at} ms`)) ?? [];
  row(
    'layout shift',
    viewport.key,
    values.length ? `CLS ${values.map((v) => num(v.cls, 4)).join(', ')}` : 'n/a',
    worst
      ? `worst run: ${num(worst.upgrade, 4)} at upgrade (≤ 2 frames after define), ${num(worst.later, 4)} later` +
          (worst.resized.length
            ? `; ${worst.resized.length} widgets' height changed at the upgrade, first in the page: ${worst.resized.slice(0, 4).join(', ')}`
            : '') +
          (sources.length ? `; later shifts (${sources.length}): ${[...new Set(sources)].slice(0, 3).join('; ')}` : '')
      : '',
    `= 0: ${worst === undefined ? 'n/a' : worst.cls === 0 ? 'met' : `missed by ${num(worst.cls, 4)}`}`,
  );
}

const escape = (cell) => String(cell).replaceAll('|', '\\|');
const table = [
  '| measure | subject | value (median, min–max) | compared | goal |',
  '|---|---|---|---|---|',
  ...rows.map((cells) => `| ${cells.map(escape).join(' | ')} |`),
].join('\n');

const machine = [
  `- date: ${new Date().toISOString()}`,
  `- CPU: ${cpus()[0]?.model ?? 'unknown'}; nproc: ${availableParallelism()}; load average (1 min) before/after: ${loadBefore.toFixed(2)} / ${loadAfter.toFixed(2)}`,
  `- memory (free -h):\n\n\`\`\`\n${execSync('free -h').toString().trimEnd()}\n\`\`\`\n`,
  `- browser: ${chromiumVersion} (${chromium}, headless); node ${process.version}`,
  `- rounds: ${rounds} (render, counter CPU), ${clsRounds} (layout shift); CPU window ${cpuWindowMs} ms; build ${buildOk ? 'ok' : 'FAILED (stale dist/)'}`,
  `- run took ${((Date.now() - started) / 1000).toFixed(0)} s`,
].join('\n');
const errors = results.errors.length
  ? `\nErrors during the run:\n${[...new Set(results.errors)].map((e) => `- ${e}`).join('\n')}\n`
  : '';

console.log(`\n${table}\n\n${machine}\n${errors}`);
writeFileSync(join(out, 'results.md'), `${table}\n\n${machine}\n${errors}`);
writeFileSync(
  join(out, 'results.json'),
  JSON.stringify({ sizes, ...results, rounds, cpuWindowMs, chromiumVersion }, null, 2),
);
log(`table and raw results in ${relative(root, out)}/`);
