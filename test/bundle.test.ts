// The few tests about the built standalone file itself (npm test builds it first).
import { expect } from '@open-wc/testing';
import { ours } from './support/console.js';
import { framePage, loadModule, widgetTags as tags } from './support/frame-page.js';

const bundleUrl = '/dist/migration-widgets.js';

async function whenDefined(win: Window): Promise<void> {
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
}

describe('bundle: dist/migration-widgets.js', () => {
  it('is self-contained: no import statement or bare specifier left', async () => {
    const code = await (await fetch(bundleUrl)).text();
    expect(code.length).to.be.greaterThan(1000);
    expect(code, 'minified').to.not.include('/* @__PURE__ */');
    expect(code).to.not.match(/(^|[;})\s])import\s*[{*"']/);
    expect(code).to.not.match(/(^|[;})\s])import\s+[\w$]+\s*(,|from)/);
    expect(code).to.not.match(/\bimport\s*\(/);
    expect(code).to.not.match(/from\s*["']lit/);
  });

  it('holds neither the configurator’s citation formats nor its image export', async () => {
    const code = await (await fetch(bundleUrl)).text();
    for (const marker of ['@techreport', 'howpublished', 'date-parts', '[Press release]', 'as cited in'])
      expect(code.includes(marker), `APA, Chicago, BibTeX, CSL-JSON (${marker})`).to.equal(false);
    for (const marker of ['http://www.w3.org/2000/svg', 'image/png'])
      expect(code.includes(marker), `image export (${marker})`).to.equal(false);
  });

  it('a page holding only its script tag gets every element defined', async () => {
    const origin = location.origin;
    const win = await framePage(
      `<script type="module" src="${origin}${bundleUrl}"></script><migration-stat-card></migration-stat-card>`,
    );
    await whenDefined(win);
    for (const tag of tags) expect(win.customElements.get(tag), tag).to.be.a('function');
    const card = win.document.querySelector('migration-stat-card')!;
    expect(card.shadowRoot, 'rendered into a shadow root').to.not.equal(null);
  });

  it('loaded twice from two URLs: nothing thrown, one warning in all', async () => {
    const origin = location.origin;
    const win = await framePage('');
    const errors: unknown[] = [];
    win.addEventListener('error', (event) => errors.push(event.error ?? event.message));
    const warnings: string[] = [];
    (win as unknown as { console: Console }).console.warn = (...args: unknown[]) =>
      warnings.push(args.map(String).join(' '));
    await loadModule(win, `${origin}${bundleUrl}`);
    await loadModule(win, `${origin}${bundleUrl}?copy=2`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors).to.deep.equal([]);
    const ourWarnings = ours(warnings);
    expect(ourWarnings).to.have.length(1);
    for (const tag of tags) expect(ourWarnings[0]).to.include(`<${tag}>`);
    const card = win.document.createElement('migration-stat-card');
    win.document.body.append(card);
    expect(card.shadowRoot).to.not.equal(null);
  });
});
