// Makes sure the browsers and fonts the tests need are installed (Debian 12 packages).
// As root with apt-get it installs what is missing; otherwise it prints the exact command.
import { execFileSync, spawnSync } from 'node:child_process';

const packagesByEngine = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb', 'xauth'],
};
// Without them Arabic and Chinese render as boxes in screenshots and layout checks.
const fonts = ['fonts-noto-core', 'fonts-noto-cjk'];

const engines = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());
const wanted = [...engines.flatMap((name) => packagesByEngine[name] ?? []), ...fonts];

function installed(pkg) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

const hasDpkg = spawnSync('dpkg-query', ['--version']).status === 0;
const missing = hasDpkg ? wanted.filter((pkg) => !installed(pkg)) : [];

if (!hasDpkg) {
  console.log(
    'Not a Debian system: provide Chromium (/usr/bin/chromium), Firefox ESR (/usr/bin/firefox-esr), ' +
      'WebKitWebDriver with Xvfb, and Noto fonts yourself, or pick engines with ENGINES=chromium,firefox.',
  );
} else if (missing.length) {
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    console.error(
      `The tests need these Debian packages: ${missing.join(', ')}.\nInstall them with:\n  sudo ${command}`,
    );
    process.exit(1);
  }
  console.log(`Installing the browsers and fonts the tests need: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}
