// The consumer step's framework checks, in one shared project (node_modules/.cache/consumers/frameworks,
// installed once from the npm cache, reused): for React 19, Preact, Solid, Vue and Svelte, the
// framework's own checker passes test/consumers/<framework>/ App (the README's snippet) and reports
// an error on exactly the lines after each "expect-error" marker in its wrong-use file; then the
// app is bundled with esbuild and rendered in Chromium: every widget renders, the counter's pause
// reaches the app's handler, and no console error. Vitest runs the README's unit test in jsdom and happy-dom.
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

export const frameworkPackages = [
  'react',
  'react-dom',
  '@types/react',
  '@types/react-dom',
  'preact',
  'solid-js',
  'vue',
  'vue-tsc',
  'svelte',
  'svelte-check',
  'typescript',
  'esbuild',
  'vitest',
  'jsdom',
  'happy-dom',
];
// Solid's JSX needs its compiler: not a repo dependency, so it comes from the registry the first time only.
export const solidCompiler = ['babel-preset-solid@1', '@babel/core@7', '@babel/preset-typescript@7'];

/** [module, moduleResolution] pairs the packed types must resolve under. */
export const resolutions = [
  ['NodeNext', 'NodeNext'],
  ['ESNext', 'Bundler'],
  ['CommonJS', 'Node10'],
];

const compilerOptions = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'Bundler',
  lib: ['ES2022', 'DOM'],
  strict: true,
  noEmit: true,
  types: [],
  skipLibCheck: false,
};
const jsx = (source) => ({ jsx: 'react-jsx', jsxImportSource: source });

/** Per framework: its files, compiler options and checker (→ "file:line" of each error). */
const frameworks = {
  react: { app: 'App.tsx', wrong: 'wrong.tsx', options: jsx('react'), check: tsc },
  preact: { app: 'App.tsx', wrong: 'wrong.tsx', options: jsx('preact'), check: tsc },
  solid: { app: 'App.tsx', wrong: 'wrong.tsx', options: { jsx: 'preserve', jsxImportSource: 'solid-js' }, check: tsc },
  vue: {
    app: 'App.vue',
    wrong: 'Wrong.vue',
    entry: 'main.ts',
    options: { jsx: 'preserve' },
    extra: { vueCompilerOptions: { strictTemplates: true } },
    check: (dir, tsconfig) => tsc(dir, tsconfig, 'vue-tsc/bin/vue-tsc.js'),
  },
  svelte: { app: 'App.svelte', wrong: 'Wrong.svelte', entry: 'main.ts', options: {}, check: svelteCheck },
};

async function tsc(dir, tsconfig, bin = 'typescript/bin/tsc') {
  const result = await spawnAsync('node', [join(dir, '..', 'node_modules', bin), '-p', tsconfig], dir);
  const errors = [...result.out.matchAll(/^(\S+)\((\d+),\d+\): error/gm)].map(([, file, line]) => `${file}:${line}`);
  return { errors, out: result.out };
}

async function svelteCheck(dir, tsconfig) {
  const bin = join(dir, '..', 'node_modules/svelte-check/bin/svelte-check');
  const result = await spawnAsync('node', [bin, '--tsconfig', tsconfig, '--output', 'machine'], dir);
  const errors = [...result.out.matchAll(/ ERROR "([^"]+)" (\d+):/g)].map(([, file, line]) => `${file}:${line}`);
  return { errors, out: result.out };
}

/** "file:line" of the line after each expect-error marker. */
function expectedErrors(file, text) {
  return text.split('\n').flatMap((line, index) => (line.includes('expect-error:') ? [`${file}:${index + 2}`] : []));
}

// The README's Vite config (vue/vite.config.ts, not run: @vitejs/plugin-vue is not installed) must say the same.
const isCustomElement = (tag) => tag.startsWith('migration-');

/** esbuild plugins compiling Vue and Svelte components and Solid's JSX with each framework's own compiler. */
function compilers(require) {
  const load = (filter, compile) => ({
    name: String(filter),
    setup(build) {
      build.onLoad({ filter }, async (args) => compile(readFileSync(args.path, 'utf8'), args.path));
    },
  });
  return [
    load(/\.vue$/, (source, filename) => {
      const sfc = require('vue/compiler-sfc');
      const { descriptor } = sfc.parse(source, { filename });
      const script = sfc.compileScript(descriptor, {
        id: filename,
        inlineTemplate: true,
        templateOptions: { compilerOptions: { isCustomElement } },
      });
      return { contents: script.content, loader: 'ts' };
    }),
    load(/\.svelte$/, (source, filename) => {
      const { compile } = require('svelte/compiler');
      return { contents: compile(source, { filename }).js.code, loader: 'js' };
    }),
    load(/solid[\\/]App\.tsx$/, (source, filename) => {
      const babel = require('@babel/core');
      const presets = [require.resolve('babel-preset-solid'), require.resolve('@babel/preset-typescript')];
      return { contents: babel.transformSync(source, { filename, presets }).code, loader: 'js' };
    }),
  ];
}

/**
 * The generated types follow the elements: in each framework's declarations (in the installed
 * package), every element of its custom-elements.json, every settable property, attribute and event.
 */
const vueEvent = (name) => `on-${name}`.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

export function checkInStep(packageDir, check) {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'custom-elements.json'), 'utf8'));
  const declarations = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((decl) => decl.tagName);
  for (const name of Object.keys(frameworks)) {
    const types = readFileSync(join(packageDir, 'dist/frameworks', `${name}.d.ts`), 'utf8');
    const missing = declarations.flatMap((decl) => {
      const fields = (decl.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly);
      const wanted = [
        `'${decl.tagName}':`,
        ...fields.map((m) => `${decl.name}['${m.name}']`),
        ...(name === 'vue' ? [] : (decl.attributes ?? []).map((a) => `${a.name}'?:`)),
        ...(decl.events ?? []).map((e) =>
          name === 'vue' ? `'${vueEvent(e.name)}'?: (event: ${e.type.text})` : `${e.name}'?:`,
        ),
      ];
      return wanted.filter((text) => !types.replaceAll(/(^|\s)(\w[\w-]*)\?:/g, "$1'$2'?:").includes(text));
    });
    check(
      `${name} types cover every element, property, attribute and event in custom-elements.json`,
      missing.length === 0,
      missing.join(', '),
    );
  }
}

/** Type checks, bundling and rendering for each framework; `check(name, ok, detail)` records each. */
export async function checkFrameworks({ dir, repo, browser, check }) {
  // Every snippet the README's Frameworks section marks with `<!-- file: path -->` is that file, verbatim.
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const snippets = [...readme.matchAll(/<!-- file: (\S+) -->\n+```\w*\n([\s\S]*?)```/g)];
  const differ = snippets.filter(([, path, code]) => readFileSync(join(repo, path), 'utf8') !== code);
  check(
    `README's framework snippets are the files the consumer step checks (${snippets.length})`,
    snippets.length >= 8 && differ.length === 0,
    differ.map(([, path]) => path).join(', '),
  );
  const viteConfig = readFileSync(join(repo, 'test/consumers/vue/vite.config.ts'), 'utf8');
  check(
    "README's Vue config passes the isCustomElement the test compiles with",
    viteConfig.includes(`isCustomElement: ${isCustomElement}`),
  );

  // The checkers run side by side (one per core): they are most of this step's time.
  const jobs = Object.entries(frameworks).flatMap(([name, framework]) => {
    const project = join(dir, name);
    cpSync(join(repo, 'test/consumers', name), project, { recursive: true });
    const include = readdirSync(project).filter(
      (file) => /\.(tsx?|vue|svelte)$/.test(file) && file !== 'vite.config.ts',
    );
    // React's files are checked under every module resolution; the others under Bundler, as their starters use.
    return (name === 'react' ? resolutions : [['ESNext', 'Bundler']]).map(([module, moduleResolution]) => {
      const compilerOptionsHere = { ...compilerOptions, ...framework.options, module, moduleResolution };
      const tsconfig = join(project, `tsconfig.${moduleResolution}.json`);
      writeFileSync(tsconfig, JSON.stringify({ compilerOptions: compilerOptionsHere, include, ...framework.extra }));
      return { name, moduleResolution, run: () => framework.check(project, tsconfig) };
    });
  });
  const results = await pool(jobs, availableParallelism());

  const require = createRequire(join(dir, 'package.json'));
  const esbuild = require('esbuild');
  for (const [name, framework] of Object.entries(frameworks)) {
    const project = join(dir, name);
    const mine = jobs.flatMap((job, index) => (job.name === name ? [[job, results[index]]] : []));
    const errors = mine.flatMap(([job, result]) => result.errors.map((error) => `${error} (${job.moduleResolution})`));
    const marked = expectedErrors(framework.wrong, readFileSync(join(project, framework.wrong), 'utf8'));
    const expected = mine.flatMap(([job]) => marked.map((error) => `${error} (${job.moduleResolution})`));
    const unexpected = [...new Set(errors)].filter((error) => !expected.includes(error));
    const missed = expected.filter((error) => !errors.includes(error));
    const typesOk = unexpected.length === 0 && missed.length === 0 && marked.length > 0;

    let rendered, detail;
    try {
      const { outputFiles } = await esbuild.build({
        entryPoints: [join(project, framework.entry ?? framework.app)],
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'browser',
        jsx: 'automatic',
        jsxImportSource: framework.options.jsxImportSource,
        define: {
          'process.env.NODE_ENV': '"production"',
          __VUE_OPTIONS_API__: 'false',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
        plugins: compilers(require),
        logLevel: 'silent',
      });
      ({ rendered, detail } = await render(browser, outputFiles[0].text));
    } catch (error) {
      [rendered, detail] = [false, error.message.slice(0, 500)];
    }
    check(
      `${name}: types ${typesOk ? '✓' : '✗'} (correct use passes, wrong use fails) · render ${rendered ? '✓' : '✗'}`,
      typesOk && rendered,
      [
        unexpected.length ? `unexpected errors ${unexpected.join(', ')}` : '',
        missed.length ? `no error at ${missed.join(', ')}` : '',
        typesOk
          ? ''
          : mine
              .map(([, result]) => result.out)
              .join('\n')
              .slice(0, 1500),
        detail,
      ]
        .filter(Boolean)
        .join('; '),
    );
  }
  cpSync(join(repo, 'test/consumers/vitest'), join(dir, 'vitest'), { recursive: true });
  const vitest = await pool(
    ['jsdom', 'happy-dom'].map((environment) => ({
      run: () =>
        spawnAsync(
          'node',
          [join(dir, 'node_modules/vitest/vitest.mjs'), 'run', '--root', 'vitest', '--environment', environment],
          dir,
        ),
    })),
    availableParallelism(),
  );
  for (const [index, environment] of ['jsdom', 'happy-dom'].entries()) {
    const result = vitest[index];
    // Clean: the test passes and nothing was thrown or reported as an error on the side.
    const clean = result.ok && !/Error|Uncaught/.test(result.out.replace(/^.*Lit is in dev mode.*$/m, ''));
    check(
      `vitest with ${environment}: the README's unit test runs clean`,
      clean,
      clean ? '' : result.out.slice(0, 1200),
    );
  }
}

/** Runs `jobs` (each `{ run: () => Promise }`) at most `size` at a time; results in order. */
async function pool(jobs, size) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index].run();
    }
  };
  await Promise.all(Array.from({ length: size }, worker));
  return results;
}

function spawnAsync(command, args, cwd) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('close', (code) => done({ ok: code === 0, out }));
  });
}

/** Renders a bundled app in Chromium: widgets render, pausing the counter reaches the app, no console error. */
async function render(browser, code) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  try {
    await page.setContent('<!doctype html><html lang="en"><body><div id="app"></div></body></html>');
    await page.addScriptTag({ type: 'module', content: code });
    await page.waitForFunction(
      () => {
        const widgets = [...document.querySelectorAll('#app *')].filter((el) => el.localName.startsWith('migration-'));
        return widgets.length === 3 && widgets.every((el) => el.shadowRoot?.textContent?.trim());
      },
      { timeout: 10_000 },
    );
    const button = await page.waitForSelector('migration-remittance-counter >>> [part~=button]');
    await button.click();
    await page.waitForFunction(() => /^Paused at \d/.test(document.querySelector('output')?.textContent ?? ''), {
      timeout: 5_000,
    });
    return { rendered: errors.length === 0, detail: errors.join('; ') };
  } catch (error) {
    return { rendered: false, detail: `${error.message.split('\n')[0]} ${errors.join('; ')}` };
  } finally {
    await page.close();
  }
}
