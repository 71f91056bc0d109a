// A test-runner command that saves a PNG of part of the page in every engine, for a person to look at
// (not compared with a baseline): `executeServerCommand('save-screenshot', { name, rect, viewportWidth })`, rect in
// CSS pixels of the viewport. Files go to SHOTS_DIR (default test-results/screenshots/), one folder per engine.
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

export function screenshotPlugin(dir = process.env.SHOTS_DIR ?? 'test-results/screenshots') {
  return {
    name: 'save-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'save-screenshot') return undefined;
      const { name, rect, viewportWidth } = payload;
      if (!/^[\w-]+$/.test(name)) throw new Error(`save-screenshot: name "${name}" must be letters, digits, - or _`);
      const folder = `${dir}/${session.browser.name.replace(/\W+/g, '-').toLowerCase()}`;
      await mkdir(folder, { recursive: true });
      const file = `${folder}/${name}.png`;
      const browser = session.browser;
      if (browser.type === 'puppeteer') {
        const page = browser.getPage(session.id);
        await page.screenshot({ path: file, clip: rect });
      } else {
        // WebKitGTK's element screenshots come back black under Xvfb; its whole-viewport screenshot does not.
        const viewport = Buffer.from(await browser.driver.takeScreenshot(), 'base64');
        await writeFile(file, crop(viewport, rect, viewportWidth));
      }
      return file;
    },
  };
}
