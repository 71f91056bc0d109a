// package.json cannot read src/elements.json, the one element list: these tests hold its element entries to it.
// node --test test/node/
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const elements = read('src/elements.json');
const { exports, typesVersions, sideEffects } = read('package.json');

test('every element module is exported with its types', () => {
  for (const name of elements) {
    assert.deepEqual(exports[`./${name}.js`], { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` }, name);
  }
});

test('every element module has its types for node10 resolution (typesVersions)', () => {
  for (const name of elements) assert.deepEqual(typesVersions['*'][`${name}.js`], [`dist/${name}.d.ts`], name);
});

test('every element module is listed as having a side effect (it registers its tag)', () => {
  for (const name of elements) assert.ok(sideEffects.includes(`./dist/${name}.js`), name);
});
