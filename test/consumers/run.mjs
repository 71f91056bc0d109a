// npm test's consumer step: the library as its users get it. Packs it (npm pack), checks the
// packed file list, installs the tarball offline into a fresh project outside the repo, type-checks
// test/consumer-types.ts against it, bundles one element with rollup and checks that only that
// element and Lit are in the bundle and that it renders in Chromium; then a React 19 page
// (createElement, rollup + commonjs) sets the elements' properties and hears the counter's events;
// then each framework's checker and a render per framework (frameworks.mjs).
// Prints one line per check and writes test-results/consumers.json {passed, failed}.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import commonjs from '@rollup/plugin-commonjs';
import resolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { checkFrameworks, checkInStep, frameworkPackages, resolutions, solidCompiler } from './frameworks.mjs';
import { rollup } from 'rollup';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const resultsFile = join(repo, 'test-results/consumers.json');
const reactDir = join(repo, 'node_modules/.cache/consumers/react');
// Outside node_modules (svelte-check skips files there); kept between runs like the React project.
const frameworksDir = join(tmpdir(), 'migration-widgets-consumers/frameworks');
const otherElements = ['quote-block', 'remittance-counter', 'summary-panel'];
const startedAt = performance.now();
const temporary = [];
let passed = 0;
let failed = 0;

function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✓' : '✗'} ${name}${detail ? ` (${detail})` : ''}`);
  return ok;
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return {
    ok: result.status === 0,
    stdout: result.stdout ?? '',
    out: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim(),
  };
}

/** npm install offline (everything is in the npm cache); once online-if-needed for a package not cached yet. */
function install(cwd, specs, { prefer = false } = {}) {
  const base = ['install', '--no-audit', '--no-fund', '--loglevel=error'];
  let result = run('npm', [...base, prefer ? '--prefer-offline' : '--offline', ...specs], cwd);
  if (!result.ok && !prefer) result = run('npm', [...base, '--prefer-offline', ...specs], cwd);
  return result;
}

function writeProject(dir, pkg) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ private: true, type: 'module', ...pkg }, null, 2)}\n`);
}

async function bundle(input, plugins) {
  const build = await rollup({ input, plugins, onwarn: () => {} });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output[0];
}

async function main(browser) {
  // 1. Pack, and check what the package holds.
  const packDir = mkdtempSync(join(tmpdir(), 'migration-widgets-pack-'));
  temporary.push(packDir);
  const pack = run('npm', ['pack', '--json', '--pack-destination', packDir], repo);
  if (!check('npm pack', pack.ok, pack.ok ? '' : pack.out.slice(-500))) return;
  const [{ filename, files }] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('[')));
  const tarball = join(packDir, filename);
  const paths = files.map((file) => file.path);
  const needed = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json', 'web-types.json'];
  const missing = needed.filter((path) => !paths.includes(path));
  check(
    'packed files include what users need',
    missing.length === 0 && paths.some((p) => p.startsWith('dist/')),
    missing.length ? `missing ${missing.join(', ')}` : `${paths.length} files`,
  );
  const unwanted = paths.filter((path) => /^(test|demo|bench|src|scripts)\//.test(path) || /\.test\./.test(path));
  check('packed files hold no tests, demo, bench or sources', unwanted.length === 0, unwanted.slice(0, 5).join(', '));

  // 2. A fresh project outside the repo: install the tarball (Lit comes from the npm cache).
  const plain = mkdtempSync(join(tmpdir(), 'migration-widgets-consumer-'));
  temporary.push(plain);
  writeProject(plain, { name: 'plain-consumer' });
  const installed = install(plain, [tarball]);
  if (!check('install the tarball offline into a fresh project', installed.ok, installed.out.slice(-500))) return;

  // 3. Its TypeScript sees typed elements and events (the same file tsc checks against src/).
  const types = readFileSync(join(repo, 'test/consumer-types.ts'), 'utf8')
    .replace("'../src/index.js'", "'migration-widgets'")
    .replace("'../src/data/index.js'", "'migration-widgets/data.js'");
  writeFileSync(join(plain, 'consumer-types.ts'), types);
  // The same under each module resolution a consumer may use (node10 reads typesVersions, not exports).
  for (const [module, moduleResolution] of resolutions) {
    const tsconfig = {
      compilerOptions: {
        target: 'ES2022',
        module,
        moduleResolution,
        lib: ['ES2022', 'DOM'],
        strict: true,
        noUnusedLocals: true,
        noEmit: true,
        types: [],
        skipLibCheck: false,
      },
      files: ['consumer-types.ts'],
    };
    writeFileSync(join(plain, 'tsconfig.json'), JSON.stringify(tsconfig));
    const tsc = run('node', [join(repo, 'node_modules/typescript/bin/tsc'), '-p', plain], plain);
    check(
      `consumer TypeScript (moduleResolution ${moduleResolution}): tag and event maps type the packed elements; data.js is typed`,
      tsc.ok,
      tsc.out.slice(0, 800),
    );
  }

  checkInStep(join(plain, 'node_modules/migration-widgets'), check);

  // 4. One element through the exports map: only its code and Lit are bundled.
  writeFileSync(join(plain, 'entry.js'), "import 'migration-widgets/stat-card.js';\n");
  const card = await bundle(join(plain, 'entry.js'), [resolve({ rootDir: plain })]);
  const rendered = Object.entries(card.modules)
    .filter(([, info]) => info.renderedLength > 0)
    .map(([id]) => id.replaceAll('\\', '/'));
  const own = /\/node_modules\/migration-widgets\/dist\//;
  const lit = /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//;
  const foreign = rendered.filter((id) => !own.test(id) && !lit.test(id));
  const others = rendered.filter((id) => otherElements.some((name) => id.includes(`/dist/${name}`)));
  check(
    'stat-card bundle: only the package and Lit',
    foreign.length === 0 && rendered.some((id) => lit.test(id)),
    foreign.join(', '),
  );
  check("stat-card bundle: no other element's module", others.length === 0, others.join(', '));
  const tags = otherElements.filter((name) => card.code.includes(`migration-${name}`));
  check(
    "stat-card bundle: its tag, no other element's tag",
    card.code.includes('migration-stat-card') && tags.length === 0,
    `${(card.code.length / 1024).toFixed(1)} KB; ${tags.join(', ')}`,
  );

  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on(
    'request',
    (request) =>
      !request.url().startsWith('data:') && request.url() !== 'about:blank' && errors.push(`request ${request.url()}`),
  );
  await page.setContent(
    '<!doctype html><html lang="en"><body><migration-stat-card></migration-stat-card></body></html>',
  );
  await page.addScriptTag({ type: 'module', content: card.code });
  const shown = await page
    .waitForFunction(() => document.querySelector('migration-stat-card')?.shadowRoot?.textContent?.includes('258'), {
      timeout: 10_000,
    })
    .then(
      () => true,
      () => false,
    );
  check(
    'stat-card bundle renders in Chromium ("258" in its shadow root)',
    shown && errors.length === 0,
    errors.join('; '),
  );
  await page.close();

  // 5. React 19: a reused project (react and react-dom cached), with this run's tarball.
  await react(browser, tarball);

  // 6. React 19 TSX, Preact, Solid, Vue, Svelte and Vitest: one shared project, the repo's versions.
  writeProject(frameworksDir, { name: 'framework-consumers' });
  const version = (name) => JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')).version;
  const specs = [...frameworkPackages.map((name) => `${name}@${version(name)}`), ...solidCompiler];
  rmSync(join(frameworksDir, 'node_modules/migration-widgets'), { recursive: true, force: true });
  const got = install(frameworksDir, [tarball, ...specs], { prefer: true });
  if (!check('install the tarball and the frameworks into one project', got.ok, got.out.slice(-500))) return;
  await checkFrameworks({ dir: frameworksDir, repo, browser, check });
}

const reactApp = `
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'migration-widgets';

function App() {
  const [heard, setHeard] = useState([]);
  const hear = (e) => setHeard((list) => [...list, e.type + ' ' + Number.isFinite(e.amount)]);
  return h('main', null,
    h('migration-stat-card', { fact: 'earnings-remitted', noAnimation: true }),
    h('migration-quote-block', { quote: 'legal-pathways', noCopy: true }),
    h('migration-remittance-counter', { 'onmigration-counter-pause': hear, 'onmigration-counter-resume': hear }),
    h('migration-remittance-counter', { id: 'paused', paused: true }),
    h('migration-summary-panel', { headingLevel: 3, collapsed: true }),
    h('output', { id: 'heard' }, heard.join('\\n')),
  );
}
createRoot(document.getElementById('root')).render(h(App));
`;

async function react(browser, tarball) {
  writeProject(reactDir, { name: 'react-consumer' });
  const reactVersion = () => {
    const file = join(reactDir, 'node_modules/react/package.json');
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : '';
  };
  // From the registry the first time only; later runs reuse this project.
  const cached = reactVersion().startsWith('19.') && existsSync(join(reactDir, 'node_modules/react-dom'));
  const got = cached ? { ok: true, out: 'cached' } : install(reactDir, ['react@19', 'react-dom@19'], { prefer: true });
  if (!check('react 19 and react-dom installed', got.ok, got.out.slice(-500))) return;
  rmSync(join(reactDir, 'node_modules/migration-widgets'), { recursive: true, force: true });
  const installed = install(reactDir, [tarball, 'react@19', 'react-dom@19']);
  if (!check(`install the tarball offline beside react ${reactVersion()}`, installed.ok, installed.out.slice(-500)))
    return;

  writeFileSync(join(reactDir, 'app.js'), reactApp);
  const app = await bundle(join(reactDir, 'app.js'), [
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    resolve({ rootDir: reactDir, browser: true }),
    commonjs(),
  ]);

  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setContent('<!doctype html><html lang="en"><body><div id="root"></div></body></html>');
  await page.addScriptTag({ type: 'module', content: app.code });
  const ready = await page
    .waitForFunction(
      () =>
        document.querySelectorAll('main > *').length === 6 &&
        [...document.querySelectorAll('main > *')].every(
          (el) => !el.localName.includes('-') || el.shadowRoot?.textContent?.trim(),
        ),
      { timeout: 10_000 },
    )
    .then(
      () => true,
      () => false,
    );
  check('React page renders all four elements', ready && errors.length === 0, errors.join('; '));
  if (!ready) return page.close();

  const state = await page.evaluate(() => {
    const card = document.querySelector('migration-stat-card');
    const panel = document.querySelector('migration-summary-panel');
    const paused = document.querySelector('#paused');
    return {
      card: [
        card.fact,
        card.noAnimation,
        card.hasAttribute('fact'),
        card.shadowRoot.querySelector('[part=value]')?.textContent.trim(),
      ],
      quote: document.querySelector('migration-quote-block').shadowRoot.querySelector('[part=copy-button]') === null,
      panel: [panel.headingLevel, panel.collapsed, !!panel.shadowRoot.querySelector('h3')],
      paused: [paused.paused, paused.shadowRoot.querySelector('[part~=pause-button]')?.textContent.trim() === 'Resume'],
    };
  });
  const [fact, noAnimation, factAttribute, value] = state.card;
  check(
    'React sets properties: stat card fact and noAnimation',
    fact === 'earnings-remitted' && noAnimation === true && !factAttribute && /15/.test(value ?? ''),
    JSON.stringify(state.card),
  );
  check(
    'React sets properties: quote noCopy, panel headingLevel 3 and collapsed, counter paused',
    state.quote && state.panel.join() === '3,true,true' && state.paused.join() === 'true,true',
    JSON.stringify(state),
  );

  const button = await page.waitForSelector('migration-remittance-counter:not(#paused) >>> [part~=button]');
  await button.click();
  const heardPause = await page
    .waitForFunction(() => document.getElementById('heard').textContent.includes('migration-counter-pause'), {
      timeout: 5_000,
    })
    .then(
      () => true,
      () => false,
    );
  await button.click();
  const heardResume = await page
    .waitForFunction(() => document.getElementById('heard').textContent.includes('migration-counter-resume'), {
      timeout: 5_000,
    })
    .then(
      () => true,
      () => false,
    );
  const heard = await page.$eval('#heard', (el) => el.textContent);
  check(
    "React handler hears the counter's pause and resume (clicks on its button)",
    heardPause &&
      heardResume &&
      /migration-counter-pause true/.test(heard) &&
      /migration-counter-resume true/.test(heard) &&
      errors.length === 0,
    JSON.stringify(heard) + errors.join('; '),
  );
  await page.close();
}

const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: chromiumArgs,
});
try {
  await main(browser);
} catch (error) {
  check('consumer checks ran to the end', false, error.stack);
} finally {
  await browser.close();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
}
mkdirSync(dirname(resultsFile), { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify({ passed, failed })}\n`);
console.log(
  `consumers: ${passed} passed, ${failed} failed in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`,
);
process.exit(failed ? 1 : 0);
