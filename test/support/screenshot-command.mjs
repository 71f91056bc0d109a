// The test-runner plugin for screenshots, in every engine:
// - `visualDiff(element, name)` (@web/test-runner-visual-regression) compares an element with its baseline through
//   the `baselines` plugin given here; in WebKit the shot is cut from a whole-viewport screenshot.
// - `executeServerCommand('save-screenshot', { name, rect, viewportWidth })` saves a PNG of part of the page for a
//   person to look at (not compared), rect in CSS pixels of the viewport. Files go to SHOTS_DIR (default
//   test-results/screenshots/), one folder per engine.
// WebKitGTK's element screenshots come back black under Xvfb; its whole-viewport screenshot does not.
import { mkdir, writeFile } from 'node:fs/promises';
import { PNG } from 'pngjs';

/** Cuts `rect` (CSS pixels) out of a whole-viewport PNG `cssWidth` CSS pixels wide. */
function crop(viewport, { x, y, width, height }, cssWidth) {
  const source = PNG.sync.read(viewport);
  const scale = source.width / cssWidth;
  const left = Math.max(0, Math.floor(x * scale));
  const top = Math.max(0, Math.floor(y * scale));
  const out = new PNG({
    width: Math.min(source.width - left, Math.ceil(width * scale)),
    height: Math.min(source.height - top, Math.ceil(height * scale)),
  });
  PNG.bitblt(source, out, left, top, out.width, out.height, 0, 0);
  return PNG.sync.write(out);
}

async function viewportScreenshot(driver) {
  return Buffer.from(await driver.takeScreenshot(), 'base64');
}

// Space kept free right of and below the element: WebKitGTK's overlay scrollbars show there after a scroll.
const margin = 24;

/**
 * Scrolls `element`'s top left corner to the viewport's, as far as the page scrolls, measures both (CSS px) and
 * waits two frames: a part of the viewport the page has not painted yet comes back black.
 */
function measure(driver, element) {
  return driver.executeAsync((target, done) => {
    const page = target.ownerDocument.defaultView;
    const before = target.getBoundingClientRect();
    page.scrollTo(before.x + page.scrollX, before.y + page.scrollY);
    const { x, y, width, height } = target.getBoundingClientRect();
    const seen = {
      rect: { x, y, width, height },
      pageX: x + page.scrollX,
      pageY: y + page.scrollY,
      innerWidth: page.innerWidth,
      innerHeight: page.innerHeight,
    };
    page.requestAnimationFrame(() => page.requestAnimationFrame(() => done(seen)));
  }, element);
}

/**
 * Sets the window's outer size, then measures until the page's viewport has reached `reached(seen)`, for up to 2 s:
 * on a busy machine the new size reaches the page later (once a 1400 px hero was measured in the old window).
 */
async function resize(driver, element, outer, reached) {
  await driver.setWindowRect(null, null, outer.width, outer.height);
  let seen = await measure(driver, element);
  for (let tries = 0; tries < 20 && !reached(seen); tries++) {
    await new Promise((done) => setTimeout(done, 100));
    seen = await measure(driver, element);
  }
  return seen;
}

/**
 * WebKit: the element `locator` (a script returning it) cut from a viewport screenshot. For the time of the shot the
 * window grows until its viewport holds the element where it sits on the page (a 1400 px hero, a 2,500 px tall
 * panel), so a shot is never cut off.
 */
async function elementScreenshot(driver, locator) {
  const element = await driver.execute(locator);
  let seen = await measure(driver, element);
  const before = { width: seen.innerWidth, height: seen.innerHeight };
  const grow = {
    width: Math.max(0, Math.ceil(seen.pageX + seen.rect.width + margin - seen.innerWidth)),
    height: Math.max(0, Math.ceil(seen.pageY + seen.rect.height + margin - seen.innerHeight)),
  };
  const original = await driver.getWindowRect();
  const grown = grow.width > 0 || grow.height > 0;
  try {
    if (grown) {
      const outer = { width: original.width + grow.width, height: original.height + grow.height };
      seen = await resize(
        driver,
        element,
        outer,
        (now) => now.innerWidth >= before.width + grow.width && now.innerHeight >= before.height + grow.height,
      );
    }
    const { x, y, width, height } = seen.rect;
    if (x < 0 || y < 0 || x + width > seen.innerWidth || y + height > seen.innerHeight)
      throw new Error(`visual-diff: a ${width}×${height} px element does not fit the WebKit window`);
    return crop(await viewportScreenshot(driver), seen.rect, seen.innerWidth);
  } finally {
    // Back to the old size before the next shot measures the window.
    if (grown)
      await resize(
        driver,
        element,
        original,
        (now) => now.innerWidth <= before.width && now.innerHeight <= before.height,
      );
  }
}

/** `baselines`: the visual-regression plugin, whose comparison, tolerance and update every engine's shots go through. */
export function screenshotPlugin({ baselines, dir = process.env.SHOTS_DIR ?? 'test-results/screenshots' }) {
  return {
    name: 'screenshots',
    async executeCommand({ command, payload, session }) {
      const browser = session.browser;
      if (command === 'visual-diff') {
        if (browser.type !== 'webdriver') return baselines.executeCommand({ command, payload, session });
        // The plugin asks a WebDriver browser for `takeScreenshot(sessionId, locator)`: this one crops the viewport.
        const webkit = Object.create(browser, {
          takeScreenshot: { value: (_, locator) => elementScreenshot(browser.driver, locator) },
        });
        return baselines.executeCommand({ command, payload, session: { ...session, browser: webkit } });
      }
      if (command !== 'save-screenshot') return undefined;
      const { name, rect, viewportWidth } = payload;
      if (!/^[\w-]+$/.test(name)) throw new Error(`save-screenshot: name "${name}" must be letters, digits, - or _`);
      const folder = `${dir}/${browser.name.replace(/\W+/g, '-').toLowerCase()}`;
      await mkdir(folder, { recursive: true });
      const file = `${folder}/${name}.png`;
      if (browser.type === 'puppeteer') {
        const page = browser.getPage(session.id);
        await page.screenshot({ path: file, clip: rect });
      } else {
        await writeFile(file, crop(await viewportScreenshot(browser.driver), rect, viewportWidth));
      }
      return file;
    },
  };
}
