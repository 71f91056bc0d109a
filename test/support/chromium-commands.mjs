// Test-runner commands that only Chromium can carry out (through puppeteer and the DevTools
// protocol). Tests call them with executeServerCommand(name, payload) and use an in-page
// stand-in in the other engines, saying so in the test's name.
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';

const widgetTags = JSON.parse(readFileSync('src/elements.json', 'utf8')).map((name) => `migration-${name}`);

/** The puppeteer page of a Chromium session, or an error naming the command. */
function chromiumPage(session, command) {
  if (session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name)) {
    throw new Error(`${command}: only Chromium can do this; use an in-page stand-in in ${session.browser.name}`);
  }
  return session.browser.getPage(session.id);
}

const sessions = new WeakMap();

/**
 * Opens `url` in a fresh tab of the test's browser and reports what a visitor's browser saw: console errors and
 * uncaught exceptions, failed requests (network errors and HTTP >= 400) and every requested URL. `select`
 * ([[selector, value], …]) picks options as a user would (firing change events); `screenshot` saves
 * test-results/screenshots/<name>.png of the whole page, with reduced motion so count-ups show final values.
 */
async function visit(testPage, { url, width = 1280, height = 900, select = [], screenshot }) {
  const page = await testPage.browserContext().newPage();
  if (screenshot) await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  const errors = [];
  const failed = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.url()} (HTTP ${response.status()})`);
  });
  try {
    await page.setViewport({ width, height });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(async (tags) => {
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      await document.fonts.ready;
    }, widgetTags);
    for (const [selector, value] of select) await page.select(selector, value);
    // Let widgets re-render and count-ups settle before looking.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    let file;
    if (screenshot) {
      if (!/^[\w-]+$/.test(screenshot))
        throw new Error(`visit: screenshot name "${screenshot}" must be letters, digits, - or _`);
      await mkdir('test-results/screenshots', { recursive: true });
      file = `test-results/screenshots/${screenshot}.png`;
      await page.screenshot({ path: file, fullPage: true });
    }
    const state = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
    }));
    return { errors, failed, requests, file, ...state };
  } finally {
    await page.close();
  }
}

const commands = {
  /** { permissions: ['clipboard-read', 'clipboard-write'] } grants them; [] revokes every permission. */
  async 'set-permissions'(page, { permissions }) {
    const context = page.browserContext();
    await context.clearPermissionOverrides();
    if (permissions.length) await context.overridePermissions(new URL(page.url()).origin, permissions);
    return true;
  },
  /** { method, params }: one DevTools-protocol call on the test page, e.g. Emulation.setEmulatedMedia. */
  async cdp(page, { method, params }) {
    // Emulation overrides end with their DevTools session: keep one per page for the page's life.
    let client = sessions.get(page);
    if (!client) {
      client = await page.createCDPSession();
      sessions.set(page, client);
    }
    return (await client.send(method, params)) ?? true;
  },
  visit,
};

export function chromiumCommandsPlugin() {
  return {
    name: 'chromium-commands',
    async executeCommand({ command, payload, session }) {
      const run = commands[command];
      if (!run) return undefined;
      return run(chromiumPage(session, command), payload ?? {});
    },
  };
}
