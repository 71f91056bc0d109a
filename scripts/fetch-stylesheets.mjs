// Fetches published stylesheets that cannot be installed as packages: @wordpress/block-library's
// dependencies do not resolve on the registry, so its built CSS is taken from the package's own
// tarball (`npm pack`, integrity-checked by npm) into node_modules/.cache, where the hostile-CSS
// suite loads it. Runs once; later runs find the file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const wordpress = '@wordpress/block-library@11.1.0';
// What a WordPress page with block styles and the theme's block styles loads, in that order.
const sheets = ['common.css', 'style.css', 'theme.css'];
const target = 'node_modules/.cache/wordpress-block-library.css';

if (!existsSync(target)) {
  const scratch = mkdtempSync(join(tmpdir(), 'wordpress-'));
  try {
    const [{ filename }] = JSON.parse(
      execFileSync('npm', ['pack', wordpress, '--json', '--pack-destination', scratch], { encoding: 'utf8' }),
    );
    const members = sheets.map((sheet) => `package/build-style/${sheet}`);
    execFileSync('tar', ['-xzf', join(scratch, filename), '-C', scratch, ...members]);
    mkdirSync('node_modules/.cache', { recursive: true });
    const css = members.map((member) => `/* ${wordpress} ${member} */\n${readFileSync(join(scratch, member), 'utf8')}`);
    writeFileSync(target, css.join('\n'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
console.log(`${target}: ${wordpress} block styles (${sheets.join(', ')})`);
