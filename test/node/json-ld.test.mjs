// prerender's jsonLd option, in Node against the built package (npm run build first): node --test test/node/
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { jsonLdScript } from '../../dist/json-ld.js';
import { prerender } from '../../dist/prerender.js';

// The schema.org types used and the properties each may carry, written from schema.org (each type
// with its own properties and those of its parents: Thing > CreativeWork > Article > Report), and each
// property's range: no validator package is installed.
const thing = ['@type', '@id', 'name', 'url'];
const creativeWork = [...thing, 'author', 'publisher', 'datePublished', 'citation', 'isPartOf', 'inLanguage', 'text'];
const vocabulary = {
  CreativeWork: creativeWork,
  Article: creativeWork,
  Report: [...creativeWork, 'reportNumber'],
  Quotation: [...creativeWork, 'spokenByCharacter'],
  Claim: [...creativeWork, 'appearance', 'firstAppearance'],
  Organization: thing,
  Person: [...thing, 'jobTitle'],
};
const creativeWorks = ['CreativeWork', 'Article', 'Report', 'Quotation', 'Claim'];
const ranges = {
  author: ['Organization', 'Person'],
  publisher: ['Organization', 'Person'],
  spokenByCharacter: ['Organization', 'Person'],
  citation: creativeWorks,
  isPartOf: creativeWorks,
  appearance: creativeWorks,
};

/** Every problem in `node` against the vocabulary: unknown types, properties a type does not have, values out of range. */
function problems(node, path = 'node') {
  const allowed = vocabulary[node['@type']];
  if (!allowed) return [`${path}: unknown type ${node['@type']}`];
  return Object.entries(node).flatMap(([key, value]) => {
    if (!allowed.includes(key)) return [`${path}: ${node['@type']} has no property ${key}`];
    if (typeof value !== 'object') return [];
    if (!ranges[key]?.includes(value['@type'])) return [`${path}.${key}: ${value['@type']} is not in its range`];
    return problems(value, `${path}.${key}`);
  });
}

const graphOf = (html) => {
  const found = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  assert.equal(found.length, 1, 'one JSON-LD script');
  const data = JSON.parse(found[0][1]);
  assert.equal(data['@context'], 'https://schema.org');
  return data['@graph'];
};

const page = `<!doctype html><html lang="en"><head><title>Partner</title></head><body>
<migration-stat-card fact="international-migrants"></migration-stat-card>
<migration-quote-block></migration-quote-block>
<migration-quote-block text="Our own words."></migration-quote-block>
<migration-summary-panel></migration-summary-panel>
</body></html>`;

test('off by default', () => {
  assert.doesNotMatch(prerender(page), /application\/ld\+json/);
});

test('the report, the quote with its speaker and where it was quoted, the figure with its citation; at the end of <head>', () => {
  const out = prerender(page, { jsonLd: true });
  assert.match(out, /<title>Partner<\/title><script type="application\/ld\+json">[^<]*<\/script><\/head>/);
  const graph = graphOf(out);
  assert.deepEqual(
    graph.map((node) => node['@type']),
    ['Claim', 'Quotation', 'Report'],
    'a partner’s own quote is not described',
  );
  const [claim, quotation, report] = graph;
  assert.equal(claim.citation['@id'], 'https://undocs.org/A/72/643');
  assert.equal(
    claim.isPartOf['@id'],
    'https://www.iom.int/news/un-migration-agency-welcomes-un-secretary-generals-report-making-migration-work-all',
  );
  assert.deepEqual(quotation.spokenByCharacter, {
    '@type': 'Person',
    name: 'António Guterres',
    jobTitle: 'Secretary-General of the United Nations',
  });
  assert.equal(
    quotation.text,
    'The best way to end the stigma of illegality and abuse around migrants is, in fact, for governments to put in place more legal pathways for migration. This will remove incentives for individuals to break the rules, while better meeting the needs of markets for foreign labour.',
  );
  // The press release is an Article, not a Report: written out whole.
  assert.deepEqual(quotation.citation, {
    '@type': 'Article',
    '@id':
      'https://www.iom.int/news/un-migration-agency-welcomes-un-secretary-generals-report-making-migration-work-all',
    name: 'UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All',
    url: 'https://www.iom.int/news/un-migration-agency-welcomes-un-secretary-generals-report-making-migration-work-all',
    datePublished: '2018-01-12',
    author: { '@type': 'Organization', name: 'International Organization for Migration' },
    publisher: { '@type': 'Organization', name: 'IOM, the UN Migration Agency' },
  });
  assert.deepEqual(report, {
    '@type': 'Report',
    '@id': 'https://undocs.org/A/72/643',
    name: 'Making Migration Work for All',
    url: 'https://undocs.org/A/72/643',
    datePublished: '2017-12-12',
    author: { '@type': 'Organization', name: 'United Nations Secretary-General' },
    publisher: { '@type': 'Organization', name: 'United Nations' },
    reportNumber: 'A/72/643',
  });
  assert.deepEqual(
    graph.flatMap((node, i) => problems(node, `@graph[${i}]`)),
    [],
  );
});

test('the prerendered demo page’s JSON-LD fits the schema.org vocabulary', () => {
  const graph = graphOf(prerender(readFileSync('demo/index.html', 'utf8'), { jsonLd: true, onWarning: () => {} }));
  assert.ok(graph.length >= 3, `${graph.length} nodes`);
  assert.deepEqual(
    graph.flatMap((node, i) => problems(node, `@graph[${i}]`)),
    [],
  );
});

test('the checker itself catches a property the type does not have and a value out of range', () => {
  assert.deepEqual(problems({ '@type': 'Person', reportNumber: 'x' }), ['node: Person has no property reportNumber']);
  assert.deepEqual(problems({ '@type': 'Quotation', spokenByCharacter: { '@type': 'Report' } }), [
    'node.spokenByCharacter: Report is not in its range',
  ]);
});

test('no text in a node can close the script: every "<" is written \\u003c', () => {
  assert.equal(
    jsonLdScript([{ '@type': 'Thing', name: '</script><script>alert(1)</script>' }]),
    '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Thing","name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}]}</script>',
  );
});
