// Runs every test/**/*.test.ts in Chromium, Firefox ESR and WebKitGTK, as Debian packages them, in the
// time zone America/St_Johns (TEST_TZ picks another). ENGINES=chromium,firefox picks engines for a quick
// local run; FILES narrows the files; COUNTS_FILE is where the per-engine counts go (npm test reads them).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { litSsrPlugin } from '@lit-labs/testing/web-test-runner-ssr-plugin.js';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromiumCommandsPlugin } from './test/support/chromium-commands.mjs';
import { countsReporter } from './test/support/counts-reporter.mjs';
import { serveSite } from './test/support/site-server.mjs';
import { screenshotPlugin } from './test/support/screenshot-command.mjs';
import { webkitLauncher } from './test/support/webkit-launcher.mjs';
import { selectedEngines } from './test/support/engines.mjs';
import { createPageInZone, timeZonePlugin, zoneEnv } from './test/support/time-zone.mjs';
import puppeteer from 'puppeteer-core';
import { readFile } from 'node:fs/promises';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const launchers = {
  chromium: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
      createPage: createPageInZone,
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, env: zoneEnv },
    }),
  webkit: () => webkitLauncher({ env: zoneEnv }),
};

const engines = selectedEngines(process.env.ENGINES);

/** Serves dist/ byte for byte: the bundle tests must load the built file, not a re-transformed copy. */
async function serveDistAsBuilt(context, next) {
  if (!context.path.startsWith('/dist/') || context.path.includes('..')) return next();
  try {
    context.body = await readFile(`.${context.path}`);
    context.type = context.path.split('.').pop();
  } catch {
    return next();
  }
}

/** The strict policy partners may run (README), sent as a real header on the hardening suite's CSP page. */
export const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

async function strictCspHeader(context, next) {
  await next();
  if (context.path.startsWith('/test/hardening/csp/')) context.set('Content-Security-Policy', strictCsp);
}

export default {
  // test/consumers/ holds framework projects' own tests (Vitest), run by the consumer step.
  files: process.env.FILES ?? ['test/**/*.test.ts', '!test/consumers/**'],
  nodeResolve: true,
  middleware: [strictCspHeader, serveDistAsBuilt, serveSite],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    chromiumCommandsPlugin(),
    // Screenshots: save-screenshot, and baselines (test/visual/) per engine with a small tolerance for anti-aliasing
    // (a size change always fails); UPDATE_BASELINES=1 (npm run test:update-baselines) rewrites them after an
    // intended change of the look.
    screenshotPlugin({
      baselines: visualRegressionPlugin({
        update: process.env.UPDATE_BASELINES === '1',
        baseDir: 'test/visual/baselines',
        diffOptions: { threshold: 0.1 },
        failureThreshold: 0.3,
        failureThresholdType: 'percent',
      }),
    }),
    timeZonePlugin(),
    litSsrPlugin(),
  ],
  browsers: engines.map((name) => launchers[name]()),
  concurrency: 1,
  testsFinishTimeout: 600_000,
  browserStartTimeout: 120_000,
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), countsReporter(process.env.COUNTS_FILE ?? 'test-results/counts.json')],
};
