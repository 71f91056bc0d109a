import { expect } from '@open-wc/testing';
import {
  choose,
  close,
  openPage,
  requestProblems,
  widgetsReady,
  widgetTags,
  within,
  type PageUnderTest,
} from './support/page-under-test.js';

// site/ (npm run build:site) served by a plain file server under /site/ (test/support/site-server.mjs).

/** Waits until `check` holds, naming `what` when it never does. */
const until = (check: () => unknown, what: string) =>
  within(
    new Promise<void>((resolve) => {
      const poll = () => (check() ? resolve() : setTimeout(poll, 20));
      poll();
    }),
    10_000,
    what,
  );

/** The site's integrity.json: the standalone file's hash. */
const builtIntegrity = async () =>
  ((await (await fetch('/site/dist/integrity.json')).json()) as { integrity: string }).integrity;

async function noRequestLeaves(page: PageUnderTest): Promise<void> {
  const { urls, foreign, failed } = await requestProblems(page);
  expect(urls.length, 'requests recorded').to.be.greaterThan(0);
  expect(
    urls.every((url) => new URL(url).pathname.startsWith('/site/')),
    urls.join(' '),
  ).to.equal(true);
  expect(foreign).to.deep.equal([]);
  expect(failed).to.deep.equal([]);
  expect(page.errors).to.deep.equal([]);
}

describe('static site (site/ from a plain file server)', function () {
  this.timeout(60_000);

  it('the index links the demo, the configurator and the standalone file with its true integrity hash', async () => {
    const page = await openPage('/site/index.html');
    try {
      // The file as served (openPage makes its addresses absolute): every address in it is relative.
      const served = new DOMParser().parseFromString(await (await fetch('/site/index.html')).text(), 'text/html');
      const links = [...served.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal([
        './demo/index.html',
        './demo/prerendered.html',
        './demo/configurator.html',
        './dist/migration-widgets.js',
        './dist/integrity.json',
      ]);
      const file = await (await fetch('/site/dist/migration-widgets.js')).arrayBuffer();
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', file));
      const hash = `sha384-${btoa(String.fromCharCode(...digest))}`;
      expect(page.doc.querySelector('code')!.textContent).to.equal(hash);
      expect(await builtIntegrity()).to.equal(hash);
      for (const link of links) expect((await fetch(new URL(link!, page.doc.baseURI))).status, link!).to.equal(200);
    } finally {
      close(page);
    }
  });

  it('the demo page shows every widget with no request leaving the site', async () => {
    const page = await openPage('/site/demo/index.html');
    try {
      await widgetsReady(page);
      expect(page.doc.querySelectorAll('migration-stat-card').length).to.be.greaterThan(0);
      await noRequestLeaves(page);
    } finally {
      close(page);
    }
  });

  it('the prerendered twin: every widget in the HTML as served, taken over by the script with one copy each', async () => {
    const served = await (await fetch('/site/demo/prerendered.html')).text();
    const tags = served.match(/<migration-[a-z-]+[\s>]/g)!.length;
    expect(served.split('<template shadowrootmode="open">').length - 1, 'a declarative root per widget').to.equal(tags);
    expect(served).to.include('<script type="application/ld+json">');
    const page = await openPage('/site/demo/prerendered.html');
    try {
      await widgetsReady(page);
      const widgets = [...page.doc.querySelectorAll(widgetTags.join(','))];
      expect(widgets.length).to.equal(tags);
      // Taken over, not appended to: each root holds one copy of its content (its first part, once).
      for (const widget of widgets) {
        const first = widget.shadowRoot!.querySelector('[part]')!.getAttribute('part')!;
        expect(
          widget.shadowRoot!.querySelectorAll(`[part="${first}"]`).length,
          `${widget.localName} ${first}`,
        ).to.equal(1);
      }
      await noRequestLeaves(page);
    } finally {
      close(page);
    }
  });

  describe('the configurator, end to end', () => {
    let page: PageUnderTest;
    const $ = <T extends Element = HTMLElement>(selector: string) => page.doc.querySelector(selector) as T;

    before(async () => {
      page = await openPage('/site/demo/configurator.html');
      await widgetsReady(page);
      await until(() => page.doc.documentElement.dataset.ready, 'the configurator to be ready');
    });
    after(() => close(page));

    it('embed code: the pinned script tag with the site’s own integrity hash', async () => {
      expect($('#snippet-script').textContent).to.contain(`integrity="${await builtIntegrity()}"`);
    });

    it('image: the Arabic, dark quote block as SVG, with its description, and as a 1080×1080 PNG', async () => {
      choose(page, '#element', 'migration-quote-block');
      choose(page, '#lang', 'ar');
      choose(page, '#theme', 'dark');
      choose(page, '#image-size', 'square');
      const preview = $<HTMLImageElement>('#image-preview');
      // The preview's final address, loaded afresh: engines differ in when the old image's size goes.
      const shown = new Image();
      shown.src = preview.src;
      await within(shown.decode(), 10_000, 'the image preview');
      expect([shown.naturalWidth, shown.naturalHeight]).to.deep.equal([1080, 1080]);
      const words =
        '“The best way to end the stigma of illegality and abuse around migrants is, in fact, for governments to put in place more legal pathways for migration. This will remove incentives for individuals to break the rules, while better meeting the needs of markets for foreign labour.” António Guterres Secretary-General of the United Nations';
      // WebKit writes Arabic with Arabic-Indic digits, Chromium and Firefox with Latin ones.
      expect($('#image-alt').textContent).to.be.oneOf([
        `${words} المصدر: كما أوردته IOM، 2018`,
        `${words} المصدر: كما أوردته IOM، ٢٠١٨`,
      ]);
      expect(preview.alt).to.equal($('#image-alt').textContent);

      const svgLink = $<HTMLAnchorElement>('#download-svg');
      expect(svgLink.download).to.equal('migration-quote-block-legal-pathways-ar-dark-1080x1080.svg');
      const svg = new DOMParser().parseFromString(await (await fetch(svgLink.href)).text(), 'image/svg+xml');
      expect(svg.documentElement.getAttribute('xml:lang')).to.equal('ar');
      expect(svg.querySelector('[data-part="speaker"] text')!.textContent).to.equal('António Guterres');

      // The PNG is saved through a temporary link: catch its click instead of opening a download.
      const saved: HTMLAnchorElement[] = [];
      // click() is HTMLElement's: an own property on the anchor's prototype shadows it until deleted.
      const prototype = page.win.HTMLAnchorElement.prototype;
      Object.defineProperty(prototype, 'click', {
        configurable: true,
        value(this: HTMLAnchorElement) {
          saved.push(this);
        },
      });
      try {
        $('#download-png').click();
        await until(() => saved.length === 1, 'the PNG download');
      } finally {
        Reflect.deleteProperty(prototype, 'click');
      }
      expect(saved[0]!.download).to.equal('migration-quote-block-legal-pathways-ar-dark-1080x1080.png');
      const png = await (await fetch(saved[0]!.href)).blob();
      expect(png.type).to.equal('image/png');
      const bitmap = await createImageBitmap(png);
      expect([bitmap.width, bitmap.height]).to.deep.equal([1080, 1080]);
      expect($('#copy-status').textContent).to.equal('PNG ready: 1080 × 1080.');
    });

    it('cite this: each format for the chosen widget, copied by "Copy citation" (clipboard stand-in in every engine)', async () => {
      choose(page, '#element', 'migration-summary-panel');
      const copied: string[] = [];
      Object.defineProperty(page.win.navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void copied.push(text) },
      });
      const expected = {
        text: 'Making Migration Work for All (A/72/643), United Nations, December 12, 2017, Summary, https://undocs.org/A/72/643.',
        apa: 'United Nations Secretary-General. (2017). Making migration work for all: Report of the Secretary-General (A/72/643). United Nations. https://undocs.org/A/72/643\nIn text: (United Nations Secretary-General, 2017, Summary)',
        chicago:
          'United Nations Secretary-General, Making Migration Work for All: Report of the Secretary-General, A/72/643 (United Nations, December 12, 2017), Summary, https://undocs.org/A/72/643.',
      };
      for (const [style, text] of Object.entries(expected)) {
        choose(page, '#cite-style', style);
        page.doc.querySelector<HTMLButtonElement>('button[data-copy="citation"]')!.click();
        await until(() => $('#copy-status').textContent, `copying the ${style} citation`);
        expect(copied.pop(), style).to.equal(text);
        expect($('#copy-status').textContent).to.equal('Copied: citation.');
      }
      choose(page, '#cite-style', 'bibtex');
      expect($('#citation').textContent).to.match(
        /^@techreport\{un-sg-2017-a-72-643,\n {2}author = \{\{United Nations Secretary-General\}\},/,
      );
      choose(page, '#cite-style', 'csl-json');
      const items = JSON.parse($('#citation').textContent) as Array<{ number?: string }>;
      expect(items[0]!.number).to.equal('A/72/643');
    });

    it('no request left the site', async () => {
      await noRequestLeaves(page);
    });
  });
});
