// Two outputs from one source: plain ES modules for npm (Lit external) and one self-contained
// minified file for a <script type="module"> tag (Lit inside).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import MagicString from 'magic-string';
import { sizeLine } from './scripts/size.mjs';

/** The element modules (src/<name>.ts), listed once for the build and the manifest. */
export const elements = JSON.parse(readFileSync('src/elements.json', 'utf8'));

/**
 * The element list from src/elements.json, beside the modules: dist/elements.json for prerender.js (Node), and
 * dist/elements.js for pages (the demo), which cannot import JSON through every dev server.
 */
function elementsList() {
  return {
    name: 'elements-list',
    generateBundle() {
      const list = JSON.stringify(elements);
      this.emitFile({ type: 'asset', fileName: 'elements.json', source: `${list}\n` });
      this.emitFile({ type: 'asset', fileName: 'elements.js', source: `export default ${list};\n` });
    },
  };
}

/** Writes dist/data.json from the built data module, for consumers that do not run JavaScript. */
function dataJson() {
  return {
    name: 'data-json',
    async writeBundle() {
      const data = await import(`${pathToFileURL('dist/data/index.js').href}?t=${Date.now()}`);
      const { report, figures, quotes, reportDocument, pressRelease } = data;
      const json = JSON.stringify({ report, figures, quotes, sources: [reportDocument, pressRelease] }, null, 2);
      await writeFile('dist/data.json', `${json}\n`);
    },
  };
}

/** Writes dist/css/ from the built elements (scripts/widget-css.mjs). */
function widgetCss() {
  return {
    name: 'widget-css',
    writeBundle() {
      execFileSync(process.execPath, ['scripts/widget-css.mjs'], { stdio: 'inherit' });
    },
  };
}

/** Prints the standalone file's size as a partner's page downloads it. */
function sizeReport() {
  return {
    name: 'size-report',
    writeBundle(options) {
      console.log(sizeLine(options.file));
    },
  };
}

/** Loads Lit's published files with their own source maps, so the standalone map reaches Lit's TypeScript. */
function litSourceMaps() {
  return {
    name: 'lit-source-maps',
    async load(id) {
      if (!/[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/][^\\/]+)[\\/].*\.js$/.test(id)) return null;
      const code = await readFile(id, 'utf8');
      const map = await readFile(`${id}.map`, 'utf8').catch(() => null);
      return { code, map };
    },
  };
}

/**
 * String.replace that also returns a source map, so the standalone file's map still points into
 * src/ and Lit after this transform (rollup chains the maps plugins return).
 */
function replaceWithMap(code, pattern, replacer) {
  const magic = new MagicString(code);
  for (const match of code.matchAll(new RegExp(pattern, 'g')))
    magic.overwrite(match.index, match.index + match[0].length, replacer(...match));
  return { code: magic.toString(), map: magic.generateMap({ hires: true }) };
}

/**
 * A page may load this file twice under a Trusted Types CSP that allows the `lit-html` policy
 * once: a second createPolicy would throw and report a violation while the file loads. Copies of
 * this file share the first one's policy; against another copy of Lit the error is caught (its
 * elements are skipped by the define guard anyway) and the README asks for 'allow-duplicates'.
 */
function shareTrustedTypesPolicy() {
  const createPolicy = /(\w+)\.createPolicy\("lit-html",(\{createHTML:\w+=>\w+\})\)/;
  const key = 'Symbol.for("migration-widgets.lit-html-policy")';
  return {
    name: 'share-trusted-types-policy',
    transform(code, id) {
      if (!/lit-html[\\/]lit-html\.js$/.test(id)) return null;
      if (!createPolicy.test(code)) this.error('lit-html no longer creates its policy as expected: update this plugin');
      return replaceWithMap(
        code,
        createPolicy,
        (_, tt, options) =>
          `(globalThis[${key}]??=(()=>{try{return ${tt}.createPolicy("lit-html",${options})}catch{return void 0}})())`,
      );
    },
  };
}

/**
 * Lit polyfills `Symbol.metadata` by assigning it: under SES lockdown() or any frozen `Symbol` that
 * assignment throws and the file never evaluates. Skip it when `Symbol` is frozen (the elements
 * declare `static properties`, which need no metadata).
 */
function guardSymbolMetadata() {
  const polyfill = /Symbol\.metadata\?\?=Symbol\("metadata"\)/;
  return {
    name: 'guard-symbol-metadata',
    transform(code, id) {
      if (!/reactive-element[\\/]reactive-element\.js$/.test(id)) return null;
      if (!polyfill.test(code)) this.error('Lit no longer polyfills Symbol.metadata as expected: update this plugin');
      return replaceWithMap(code, polyfill, (assignment) => `(Object.isFrozen(Symbol)||(${assignment}))`);
    },
  };
}

/** Writes dist/integrity.json: the standalone file's subresource-integrity hash, for pinned embed snippets. */
function integrityJson() {
  return {
    name: 'integrity-json',
    async writeBundle(options) {
      const code = await readFile(options.file);
      const { version } = JSON.parse(await readFile('package.json', 'utf8'));
      const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
      const json = JSON.stringify({ file: 'dist/migration-widgets.js', version, integrity }, null, 2);
      await writeFile('dist/integrity.json', `${json}\n`);
    },
  };
}

/**
 * Collapses white space and comments in css`…` templates, in both builds: the browser reads the
 * same rules, the partner's page (and every prerendered shadow root) downloads fewer bytes.
 */
function minifyCssTemplates() {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      return replaceWithMap(code, /\bcss ?`([^`]*)`/g, (_, body) => {
        const minified = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/ ?([{};>]) ?/g, '$1')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${minified}\``;
      });
    },
  };
}

export default [
  {
    // image and cite are for the configurator and editors' tools, prerender for Node: never part of the standalone file.
    input: [
      'src/index.ts',
      'src/data/index.ts',
      'src/image/index.ts',
      'src/cite.ts',
      'src/prerender.ts',
      ...elements.map((name) => `src/${name}.ts`),
    ],
    external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^parse5$/],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [
      minifyCssTemplates(),
      typescript({ tsconfig: './tsconfig.build.json', inlineSources: true }),
      elementsList(),
      dataJson(),
      widgetCss(),
    ],
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/migration-widgets.js', format: 'es', sourcemap: true },
    plugins: [
      resolve(),
      litSourceMaps(),
      shareTrustedTypesPolicy(),
      guardSymbolMetadata(),
      minifyCssTemplates(),
      typescript({
        tsconfig: './tsconfig.build.json',
        declaration: false,
        inlineSources: true,
        outDir: 'dist',
        declarationDir: undefined,
      }),
      terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
      sizeReport(),
      integrityJson(),
    ],
  },
];
