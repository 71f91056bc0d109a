#!/usr/bin/env node
// migration-widgets prerender page.html > out.html: each widget's declarative shadow DOM written into the page.
import { readFileSync } from 'node:fs';

const usage = `usage: migration-widgets prerender <page.html | -> [--stylesheets URL] [--warn-only] [--json-ld]
       migration-widgets csp
  prerender: writes the page to standard output with each widget's design filled in.
  csp: prints the style-src sources that admit the prerendered widgets' inline <style>s.
  --stylesheets URL  link each widget's stylesheet from URL (dist/css/ served from your origin)
                     instead of an inline <style>, for a Content-Security-Policy without 'unsafe-inline'
  --warn-only        bad input prints warnings and renders the fallback instead of failing
  --json-ld          add schema.org JSON-LD for what the widgets show (report, quotes, figures)`;

const [command, file, ...rest] = process.argv.slice(2);
const flags = { stylesheets: undefined, warnOnly: false, jsonLd: false };
for (let i = 0; i < rest.length; i++) {
  if (rest[i] === '--stylesheets' && rest[i + 1]) flags.stylesheets = rest[++i];
  else if (rest[i] === '--warn-only') flags.warnOnly = true;
  else if (rest[i] === '--json-ld') flags.jsonLd = true;
  else fail(`unknown option "${rest[i]}"`);
}
if (command === 'csp') {
  const { styleHashes } = await import('../dist/prerender.js');
  console.log(`style-src 'self' ${styleHashes().join(' ')}`);
  process.exit(0);
}
if (command !== 'prerender' || !file) fail(command ? `unknown command "${command}"` : 'no command');

function fail(message) {
  console.error(`migration-widgets: ${message}\n${usage}`);
  process.exit(2);
}

const { prerender, PrerenderError } = await import('../dist/prerender.js');
let source;
try {
  source = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  console.error(`migration-widgets: cannot read ${file}: ${error.message}`);
  process.exit(1);
}
try {
  const onWarning = flags.warnOnly ? (message) => console.error(`${file}: ${message}`) : undefined;
  process.stdout.write(prerender(source, { stylesheets: flags.stylesheets, onWarning, jsonLd: flags.jsonLd }));
} catch (error) {
  if (!(error instanceof PrerenderError)) throw error;
  console.error(`${file}: ${error.message}`);
  process.exit(1);
}
