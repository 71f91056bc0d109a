// A static check of src/: none of the APIs a guest widget must never use (HTML injection,
// code from strings, network, cookies, storage). Exits 1 and names file and line on a hit.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const banned = [
  ['unsafeHTML', /\bunsafeHTML\b/],
  ['unsafeSVG', /\bunsafeSVG\b/],
  ['unsafeStatic', /\bunsafeStatic\b/],
  ['innerHTML / outerHTML / insertAdjacentHTML', /\b(innerHTML|outerHTML|insertAdjacentHTML)\b/],
  ['document.write', /\bdocument\.write(ln)?\b/],
  ['eval', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\b/],
  ['string timers', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
  ['fetch', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket / EventSource / sendBeacon', /\b(WebSocket|EventSource|sendBeacon)\b/],
  ['document.cookie', /\bdocument\.cookie\b/],
  ['storage', /\b(localStorage|sessionStorage|indexedDB|caches)\b/],
];

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(ts|js|mjs)$/.test(entry.name)) yield path;
  }
}

const dir = process.argv[2] ?? 'src';
const hits = [];
let checked = 0;
for (const file of files(dir)) {
  checked += 1;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const code = line.replace(/\/\/.*$/, '');
      for (const [name, pattern] of banned)
        if (pattern.test(code)) hits.push(`${file}:${index + 1}: ${name}: ${line.trim()}`);
    });
}
if (hits.length) {
  console.error(`Banned APIs in ${dir}/ (a guest widget must not use them):\n  ${hits.join('\n  ')}`);
  process.exit(1);
}
console.log(`${checked} files in ${dir}/ use none of: ${banned.map(([name]) => name).join(', ')}.`);
