// prerender() and the CLI, in Node against the built package (npm run build first):
// node --test test/node/
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { prerender, PrerenderError, styleHashes, widgetStyles } from '../../dist/prerender.js';

/** The visible words of a shadow root: tags and styles dropped, white space collapsed. */
const words = (markup) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const shadowRoots = (out) =>
  [...out.matchAll(/<template shadowrootmode="open">([\s\S]*?)<\/template>/g)].map((m) => m[1]);

const page = `<!doctype html>
<html lang="en">
<head><title>Partner</title></head>
<body>
  <p class=intro>Text   with <b>odd</b>   spacing &amp; entities &nbsp;</p>
  <migration-stat-card fact="remittances-2017" data-note='say "hi" <b>'>Fallback: USD 600 billion</migration-stat-card>
  <!-- a comment -->
  <template><migration-stat-card></migration-stat-card></template>
  <MIGRATION-STAT-CARD FACT="international-migrants"></MIGRATION-STAT-CARD>
</body>
</html>
`;

test('fills in each widget and keeps every other byte as it was', () => {
  const out = prerender(page);
  const roots = shadowRoots(out);
  assert.equal(roots.length, 2, 'two widgets outside <template> content');
  assert.equal(out.replace(/<template shadowrootmode="open">[\s\S]*?<\/template>(?=Fallback|<\/MIGRATION)/g, ''), page);
  assert.match(
    out,
    /<migration-stat-card fact="remittances-2017" data-note='say "hi" <b>'><template shadowrootmode="open">/,
  );
  assert.match(out, /<template><migration-stat-card><\/migration-stat-card><\/template>/);
});

test('the shadow root shows the figure, its label, its context and its citation with links', () => {
  const [card] = shadowRoots(prerender('<migration-stat-card fact="remittances-2017"></migration-stat-card>'));
  assert.equal(
    words(card),
    '2017 about $600 billion sent home by migrants in 2017 in 2017 some USD 600 billion, per World Bank estimates ' +
      'Source: UN Secretary-General, Making Migration Work for All (A/72/643) , as quoted by IOM , 2018; based on ' +
      'World Bank estimates Making Migration Work for All (A/72/643) , United Nations, December 12, 2017 ; as quoted ' +
      'in UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All , IOM, the UN ' +
      'Migration Agency, January 12, 2018 , para. 3; based on World Bank estimates Full citation Copy citation',
  );
  assert.match(card, /<a href="https:\/\/undocs.org\/A\/72\/643">/);
  assert.doesNotMatch(card, /lit-part|lit-node|<\?>/, 'no hydration markers: the element replaces the root');
});

test('each widget follows the nearest lang and dir', () => {
  const out = prerender(`<html lang="fr"><body>
    <migration-stat-card fact="remittances-2017"></migration-stat-card>
    <div lang="ar" dir="rtl"><section><migration-remittance-counter></migration-remittance-counter></section></div>
  </body></html>`);
  const [french, arabic] = shadowRoots(out).map(words);
  assert.match(french, /d’envois de fonds des migrants vers leur pays d’origine en 2017/);
  assert.match(french, /12 décembre 2017/);
  assert.match(arabic, /المصدر/);
  assert.match(arabic, /12 ديسمبر 2017/);
});

test('an English widget on a right-to-left page isolates its English runs left to right, as the browser renders it', () => {
  const [rtl, ltr] = ['rtl', 'ltr'].map(
    (dir) => shadowRoots(prerender(`<div lang="en" dir="${dir}"><migration-stat-card></migration-stat-card></div>`))[0],
  );
  assert.match(
    rtl,
    /<bdi lang="en" dir="ltr"><a href="https:\/\/undocs.org\/A\/72\/643"><cite>Making Migration Work for All/,
  );
  assert.doesNotMatch(ltr, /<bdi lang="en"/, 'an English widget on an English, left-to-right page needs no isolate');
});

test('prerendering a prerendered page changes nothing', () => {
  const once = prerender(page);
  assert.equal(prerender(once), once);
});

test('bad input throws one error naming the widget, line, attribute and value — every time', () => {
  const bad = '<p>x</p>\n<migration-stat-card fact="nope" value="12abc"></migration-stat-card>';
  for (let run = 0; run < 2; run++) {
    assert.throws(
      () => prerender(bad),
      (error) =>
        error instanceof PrerenderError &&
        error.warnings.length === 2 &&
        error.warnings[0] ===
          'line 2: <migration-stat-card>: ignoring fact="nope" (not a built-in figure); showing international-migrants.' &&
        error.warnings[1].startsWith('line 2: <migration-stat-card>: ignoring value="12abc"'),
    );
  }
});

test('onWarning receives the warnings and the widget renders its fallback', () => {
  const warnings = [];
  const out = prerender('<migration-stat-card fact="nope"></migration-stat-card>', {
    onWarning: (m) => warnings.push(m),
  });
  assert.deepEqual(warnings, [
    'line 1: <migration-stat-card>: ignoring fact="nope" (not a built-in figure); showing international-migrants.',
  ]);
  assert.match(words(shadowRoots(out)[0]), /^258 million international migrants in the world/);
});

test('stylesheets links each widget’s file instead of an inline <style>; the hashes match the inline ones', () => {
  const out = prerender('<migration-stat-card></migration-stat-card>', { stylesheets: '/assets/mw/' });
  assert.match(
    out,
    /<template shadowrootmode="open"><link rel="stylesheet" href="\/assets\/mw\/migration-stat-card.css">/,
  );
  assert.doesNotMatch(out, /<style>/);
  const inline = prerender('<migration-stat-card></migration-stat-card>').match(/<style>([\s\S]*?)<\/style>/)[1];
  assert.equal(inline, widgetStyles('migration-stat-card'));
  assert.equal(styleHashes().length, 4);
  assert.match(styleHashes()[0], /^'sha256-[A-Za-z0-9+/]{43}='$/);
});

test('a stylesheets path with & or a quote is escaped in the href', () => {
  const out = prerender('<migration-stat-card></migration-stat-card>', { stylesheets: '/a&b"c/' });
  assert.match(out, /<link rel="stylesheet" href="\/a&amp;b&quot;c\/migration-stat-card.css">/);
});

const cli = (args, input) =>
  spawnSync(process.execPath, ['bin/migration-widgets.mjs', ...args], { input, encoding: 'utf8' });

test('CLI: prerender page.html writes the prerendered page to stdout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mw-cli-'));
  const file = join(dir, 'page.html');
  writeFileSync(file, page);
  const run = cli(['prerender', file]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, prerender(page));
  const piped = cli(['prerender', '-'], page);
  assert.equal(piped.stdout, prerender(page));
});

test('CLI: bad input exits 1 naming the file, widget and attribute; --warn-only renders and warns', () => {
  const bad = '<migration-stat-card format="pie"></migration-stat-card>';
  const run = cli(['prerender', '-'], bad);
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /^-: prerender: 1 problem\(s\):\n {2}line 1: <migration-stat-card>: ignoring format="pie"/);
  const lenient = cli(['prerender', '-', '--warn-only'], bad);
  assert.equal(lenient.status, 0);
  assert.match(lenient.stdout, /<template shadowrootmode="open">/);
  assert.match(lenient.stderr, /ignoring format="pie"/);
});

test('CLI: a wrong command or a missing file says so', () => {
  assert.equal(cli(['render', 'x.html']).status, 2);
  const missing = cli(['prerender', 'does-not-exist.html']);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot read does-not-exist.html/);
  assert.match(cli(['csp']).stdout, /^style-src 'self' 'sha256-/);
});
