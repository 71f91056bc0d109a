// The shipped source maps lead a partner debugging a page from the built code back to src/ and Lit.
import { expect } from '@open-wc/testing';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { widgetTags } from './support/frame-page.js';

interface Origin {
  source: string;
  lineText: string;
}

/** Where the first occurrence of `needle` in the built file `url` comes from, per the file's source map. */
async function originOf(url: string, needle: RegExp): Promise<Origin> {
  const code = await (await fetch(url)).text();
  const map = new TraceMap(await (await fetch(`${url}.map`)).text(), new URL(url, location.href).href);
  const index = code.search(needle);
  expect(index, `${needle} in ${url}`).to.be.greaterThan(-1);
  const before = code.slice(0, index).split('\n');
  const position = originalPositionFor(map, { line: before.length, column: before.at(-1)!.length });
  expect(position.source, `a source for ${needle} in ${url}`).to.be.a('string');
  const content = map.sourcesContent?.[map.resolvedSources.indexOf(position.source!)];
  expect(content, `the source text of ${position.source} is in the map`).to.be.a('string');
  return { source: new URL(position.source!).pathname, lineText: content!.split('\n')[position.line! - 1]! };
}

const elements = widgetTags.map((tag) => tag.replace(/^migration-/, ''));

describe('source maps', () => {
  for (const name of elements) {
    for (const file of ['migration-widgets', name])
      it(`dist/${file}.js: the tag name of <migration-${name}> maps to its line in src/${name}.ts`, async () => {
        const origin = await originOf(`/dist/${file}.js`, new RegExp(`["']migration-${name}["']`));
        expect(origin.source).to.equal(`/src/${name}.ts`);
        expect(origin.lineText).to.include(`'migration-${name}'`);
      });
  }

  it("dist/migration-widgets.js: Lit's Trusted Types policy, rewritten at build time, maps to Lit's TypeScript source", async () => {
    const origin = await originOf('/dist/migration-widgets.js', /createPolicy\("lit-html"/);
    expect(origin.source).to.equal('/node_modules/lit-html/src/lit-html.ts');
    expect(origin.lineText).to.include('const policy = trustedTypes');
  });
});
