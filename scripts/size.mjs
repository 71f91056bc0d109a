// The standalone file's size as a partner's page downloads it, in one place for the build's report, the
// bench and the budget check. `node scripts/size.mjs` prints it; `--check` fails above the budget.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const standaloneFile = 'dist/migration-widgets.js';

/** Issue 17's goal for the standalone file, brotli. */
export const standaloneBudget = 20 * 1024;

/** Bytes after brotli at quality 11, what CDNs serve a static file as. */
export const brotliSize = (code) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** "file: N KB minified, N KB gzip, N KB brotli" for a built file. */
export function sizeLine(file = standaloneFile) {
  const code = readFileSync(file);
  const brotli = brotliSize(code);
  return `${file}: ${kb(code.length)} minified, ${kb(gzipSync(code, { level: 9 }).length)} gzip, ${kb(brotli)} brotli (${brotli} B)`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(sizeLine());
  const brotli = brotliSize(readFileSync(standaloneFile));
  if (process.argv.includes('--check') && brotli > standaloneBudget) {
    console.error(
      `${standaloneFile} is ${brotli} B brotli, over its budget of ${standaloneBudget} B (${kb(standaloneBudget)})`,
    );
    process.exit(1);
  }
}
