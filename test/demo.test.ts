// The demo page and the embed-code configurator, loaded whole as a visitor loads them (dist/ as built),
// and the configurator's script-tag snippet pasted into an empty page.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { figures, quotes, unLanguages } from '../src/data/index.js';
import {
  axeViolations,
  choose,
  close,
  openHtml,
  openPage,
  requestProblems,
  settled,
  widgetTags,
  widgetsReady,
  within,
  type PageUnderTest,
} from './support/page-under-test.js';

const isChromium = /Chrome\//.test(navigator.userAgent);
const demoPath = '/demo/index.html';
const configuratorPath = '/demo/configurator.html';
const bundlePath = '/dist/migration-widgets.js';

interface Visit {
  errors: string[];
  failed: string[];
  requests: string[];
  file?: string;
  lang: string;
  dir: string;
}

/** Chromium only: a fresh puppeteer tab on `path` (see test/support/chromium-commands.mjs). */
function visit(path: string, options: { select?: [string, string][]; screenshot?: string } = {}): Promise<Visit> {
  return executeServerCommand<Visit, unknown>('visit', { url: `${location.origin}${path}`, ...options });
}

/** A fresh Chromium tab on `path` requests `mustRequest`, logs no error, fails no request and leaves the local server for none. */
async function expectCleanVisit(path: string, mustRequest: string): Promise<void> {
  const seen = await visit(path);
  expect(seen.requests.some((url) => url.endsWith(mustRequest))).to.equal(true);
  expect(seen.errors, 'console errors').to.deep.equal([]);
  expect(seen.failed, 'failed requests').to.deep.equal([]);
  // A blob: address of this origin (the configurator's image preview) is the page's own memory, not the network.
  const local = (url: string) => url.startsWith(`${location.origin}/`) || url.startsWith(`blob:${location.origin}/`);
  expect(seen.requests.filter((url) => !local(url))).to.deep.equal([]);
}

async function builtIntegrity(): Promise<{ file: string; version: string; integrity: string }> {
  const response = await fetch('/dist/integrity.json', { cache: 'no-store' });
  expect(response.ok, 'dist/integrity.json exists (npm run build writes it)').to.equal(true);
  return response.json() as Promise<{ file: string; version: string; integrity: string }>;
}

async function sha384(bytes: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** Each widget rendered something a reader can see in its shadow root. */
function rendered(element: Element): boolean {
  return (element.shadowRoot?.textContent ?? '').trim().length > 0;
}

function attributesOf(element: Element): [string, string][] {
  return [...element.attributes].map((a) => [a.name, a.value] as [string, string]);
}

describe('demo page (demo/index.html)', function () {
  this.timeout(40_000);
  let page: PageUnderTest;

  before(async () => {
    page = await openPage(demoPath);
    await widgetsReady(page);
  });
  after(() => close(page));

  describe('content', () => {
    it('loads the library as a partner does: one script tag for dist/migration-widgets.js', async () => {
      const source = await (await fetch(demoPath)).text();
      const markup = new DOMParser().parseFromString(source, 'text/html');
      // The dev server adds its own reload script to every page it serves; it is not the demo's.
      const scripts = [...markup.querySelectorAll('script')].filter(
        (s) => !`${s.getAttribute('src')}${s.textContent}`.includes('__web-dev-server'),
      );
      const library = scripts.filter((s) => s.getAttribute('src') === `..${bundlePath}`);
      expect(library, 'one script tag for the bundle').to.have.length(1);
      expect(library[0]!.type).to.equal('module');
      for (const script of scripts) {
        expect(script.getAttribute('src'), 'no inline script').to.match(/^\.\.?\/[\w/.-]+\.js$/);
        expect(script.textContent.trim(), 'no inline script').to.equal('');
      }
    });

    it('shows a stat card for every built-in figure, in the default, compact and emphasis variants', () => {
      const cards = [...page.doc.querySelectorAll('migration-stat-card')];
      for (const figure of figures) {
        expect(
          cards.some((c) => c.getAttribute('fact') === figure.id),
          figure.id,
        ).to.equal(true);
      }
      const variants = new Set(cards.map((c) => c.getAttribute('variant') ?? 'default'));
      expect([...variants].sort()).to.deep.equal(['compact', 'default', 'emphasis']);
      for (const card of cards) expect(rendered(card), card.outerHTML.slice(0, 80)).to.equal(true);
    });

    it('shows the built-in quote and a partner quote clearly labelled as fictional sample text', () => {
      const blocks = [...page.doc.querySelectorAll('migration-quote-block')];
      expect(blocks.some((b) => b.getAttribute('quote') === 'legal-pathways')).to.equal(true);
      const partner = blocks.find((b) => !b.hasAttribute('quote'))!;
      expect(partner, 'a quote of the partner’s own').to.not.equal(undefined);
      expect(partner.getAttribute('speaker-role')).to.match(/fictional/i);
      expect(partner.shadowRoot!.textContent, 'the label is visible').to.match(/fictional/i);
      expect(partner.getAttribute('source')).to.match(/sample/i);
      expect(partner.getAttribute('speaker')).to.not.match(/Guterres|Secretary-General|IOM/);
      for (const block of blocks) expect(rendered(block)).to.equal(true);
    });

    it('shows the counter by default, since="load", since="2018-01-01" and paused', () => {
      const counters = [...page.doc.querySelectorAll('migration-remittance-counter')];
      const plain = counters.filter((c) => !c.hasAttribute('since') && !c.hasAttribute('paused'));
      expect(plain).to.have.length.greaterThan(0);
      expect(counters.map((c) => c.getAttribute('since'))).to.include.members(['load', '2018-01-01']);
      expect(counters.filter((c) => c.hasAttribute('paused'))).to.have.length(1);
      for (const counter of counters) expect(rendered(counter)).to.equal(true);
    });

    it('shows the summary panel by default, collapsed, and holding stat cards in slot="figures"', () => {
      const panels = [...page.doc.querySelectorAll('migration-summary-panel')];
      expect(panels.some((p) => !p.hasAttribute('collapsed') && !p.querySelector('[slot="figures"]'))).to.equal(true);
      expect(panels.some((p) => p.hasAttribute('collapsed'))).to.equal(true);
      const holder = panels.find((p) => p.querySelector(':scope > migration-stat-card[slot="figures"]'))!;
      expect(holder, 'a panel with slotted stat cards').to.not.equal(undefined);
      for (const card of holder.querySelectorAll('migration-stat-card')) {
        expect(card.assignedSlot?.name, 'slotted into the panel').to.equal('figures');
        expect(rendered(card)).to.equal(true);
      }
      for (const panel of panels) expect(rendered(panel)).to.equal(true);
    });

    it('gives every widget readable fallback text for readers without JavaScript (outside slots)', () => {
      for (const widget of page.doc.querySelectorAll(widgetTags.join(','))) {
        if (widget.hasAttribute('slot')) continue;
        expect(widget.textContent.trim().length, widget.outerHTML.slice(0, 80)).to.be.greaterThan(20);
      }
    });

    it('links to the configurator', () => {
      const link = page.doc.querySelector('a[href$="configurator.html"]');
      expect(link?.textContent).to.match(/configurator/i);
    });
  });

  describe('theme switch', () => {
    afterEach(() => choose(page, '#theme-switch', 'light'));

    it('sets theme="dark" on every widget (slotted ones too) and darkens the page', async () => {
      choose(page, '#theme-switch', 'dark');
      await settled(page);
      const widgets = [...page.doc.querySelectorAll(widgetTags.join(','))];
      for (const widget of widgets) expect(widget.getAttribute('theme'), widget.localName).to.equal('dark');
      const background = page.win.getComputedStyle(page.doc.documentElement).backgroundColor;
      const [r = 255, g = 255, b = 255] = background.match(/\d+/g)!.map(Number);
      expect(r + g + b, `page background ${background}`).to.be.lessThan(150);
      const card = widgets.find((w) => w.localName === 'migration-stat-card')!;
      expect(page.win.getComputedStyle(card).colorScheme).to.equal('dark');
    });

    it('"system" removes the attribute so widgets follow prefers-color-scheme', async () => {
      choose(page, '#theme-switch', 'dark');
      choose(page, '#theme-switch', 'system');
      await settled(page);
      for (const widget of page.doc.querySelectorAll(widgetTags.join(','))) {
        expect(widget.hasAttribute('theme'), widget.localName).to.equal(false);
      }
    });
  });

  describe('language switch', () => {
    afterEach(async () => {
      choose(page, '#lang-switch', 'en');
      await settled(page);
    });

    it('offers the six UN languages, each named in itself', () => {
      const options = [...page.doc.querySelectorAll<HTMLOptionElement>('#lang-switch option')];
      expect(options.map((o) => o.value).sort()).to.deep.equal([...unLanguages].sort());
      for (const o of options) expect(o.lang, o.value).to.equal(o.value);
    });

    it('sets lang and dir on <html> for each language; Arabic is right to left', async () => {
      for (const lang of unLanguages) {
        choose(page, '#lang-switch', lang);
        expect(page.doc.documentElement.lang).to.equal(lang);
        expect(page.doc.documentElement.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      }
    });

    it('the widgets follow: Arabic text and right-to-left layout inside the stat card', async () => {
      const card = page.doc.querySelector('migration-stat-card[fact="remittances-2017"]')!;
      const english = card.shadowRoot!.textContent.replace(/\s+/g, ' ').trim();
      choose(page, '#lang-switch', 'ar');
      await settled(page);
      const arabic = card.shadowRoot!.textContent.replace(/\s+/g, ' ').trim();
      expect(arabic).to.not.equal(english);
      expect(arabic, 'Arabic script in the widget').to.match(/[\u0600-\u06FF]/);
      expect(page.win.getComputedStyle(card).direction).to.equal('rtl');
    });
  });

  describe('a good guest on the page', () => {
    it('loads with no error and no failed or foreign request (iframe: error events, console.error, resource timing)', async () => {
      const fresh = await openPage(demoPath);
      try {
        await widgetsReady(fresh);
        const { urls, foreign, failed } = await requestProblems(fresh);
        expect(
          urls.some((url) => url.endsWith(bundlePath)),
          'the bundle was requested',
        ).to.equal(true);
        expect(fresh.errors, 'errors').to.deep.equal([]);
        expect(failed, 'failed requests').to.deep.equal([]);
        expect(foreign, 'requests outside the local server').to.deep.equal([]);
      } finally {
        close(fresh);
      }
    });

    if (isChromium) {
      it('loads with no console error, no failed request, no request outside the local server (Chromium: puppeteer tab)', async () => {
        await expectCleanVisit(demoPath, bundlePath);
      });
    }
  });

  describe('a11y (axe on the whole page, in its own window)', () => {
    for (const [theme, lang] of [
      ['light', 'en'],
      ['dark', 'en'],
      ['light', 'ar'],
      ['dark', 'ar'],
    ] as const) {
      it(`no violation: ${theme}, ${lang === 'ar' ? 'Arabic' : 'English'}`, async () => {
        choose(page, '#theme-switch', theme);
        choose(page, '#lang-switch', lang);
        await settled(page);
        expect(await axeViolations(page)).to.deep.equal([]);
        choose(page, '#theme-switch', 'light');
        choose(page, '#lang-switch', 'en');
      });
    }
  });
});

describe('configurator (demo/configurator.html)', function () {
  this.timeout(40_000);
  let page: PageUnderTest;
  const $ = <T extends Element = HTMLElement>(selector: string) => page.doc.querySelector(selector) as T;
  const scriptSnippet = () => $('#snippet-script').textContent;
  const npmSnippet = () => $('#snippet-npm').textContent;
  const preview = () => $('#preview').firstElementChild!;
  /** The snippet's markup as a browser parses it (inert: nothing runs). */
  const parse = (snippet: string) => new DOMParser().parseFromString(`<body>${snippet}</body>`, 'text/html');

  before(async () => {
    page = await openPage(configuratorPath);
    await widgetsReady(page);
    await within(
      new Promise<void>((resolve) => {
        const poll = () => (page.doc.documentElement.dataset.ready ? resolve() : setTimeout(poll, 20));
        poll();
      }),
      5000,
      'the configurator to be ready',
    );
  });
  after(() => close(page));
  beforeEach(() => {
    page.doc.querySelector('form')!.reset();
    choose(page, '#element', 'migration-stat-card');
  });

  describe('choices from the library’s data', () => {
    it('offers every built-in figure, every built-in quote and the six UN languages', () => {
      const values = (selector: string) =>
        [...page.doc.querySelectorAll<HTMLOptionElement>(`${selector} option`)].map((o) => o.value);
      expect(values('#fact')).to.deep.equal(figures.map((f) => f.id));
      expect(values('#quote')).to.deep.equal(quotes.map((q) => q.id));
      expect(values('#lang')).to.deep.equal(['', ...unLanguages]);
      expect(values('#variant')).to.deep.equal(['default', 'compact', 'emphasis']);
      expect(values('#theme')).to.deep.equal(['', 'light', 'dark', 'system']);
      expect(values('#element')).to.deep.equal([...widgetTags]);
    });

    it('offers the formats that fit the chosen figure, its own first', () => {
      choose(page, '#fact', 'international-migrants');
      const formats = () => [...page.doc.querySelectorAll<HTMLOptionElement>('#format option')].map((o) => o.value);
      expect(formats()).to.deep.equal(['compact', 'number']);
      choose(page, '#fact', 'earnings-remitted');
      expect(formats()).to.deep.equal(['percent']);
      choose(page, '#fact', 'remittances-2017');
      expect(formats()[0]).to.equal('currency');
    });
  });

  describe('live preview', () => {
    it('is the chosen element with the chosen attributes, rendered', async () => {
      choose(page, '#fact', 'remittances-2017');
      choose(page, '#variant', 'compact');
      choose(page, '#theme', 'dark');
      choose(page, '#lang', 'ar');
      await settled(page);
      const element = preview();
      expect(element.localName).to.equal('migration-stat-card');
      expect(attributesOf(element)).to.deep.equal([
        ['fact', 'remittances-2017'],
        ['variant', 'compact'],
        ['theme', 'dark'],
        ['lang', 'ar'],
        ['dir', 'rtl'],
      ]);
      expect(rendered(element)).to.equal(true);
      expect(element.shadowRoot!.textContent).to.match(/[\u0600-\u06FF]/);
    });

    it('follows each element’s own settings', async () => {
      choose(page, '#element', 'migration-remittance-counter');
      choose(page, '#since', 'date');
      choose(page, '#since-date', '2019-06-30');
      choose(page, '#paused', true);
      expect(attributesOf(preview())).to.deep.equal([
        ['since', '2019-06-30'],
        ['paused', ''],
      ]);
      choose(page, '#element', 'migration-summary-panel');
      choose(page, '#heading-level', '4');
      choose(page, '#collapsed', true);
      expect(attributesOf(preview())).to.deep.equal([
        ['heading-level', '4'],
        ['collapsed', ''],
      ]);
      choose(page, '#element', 'migration-quote-block');
      choose(page, '#quote', 'matter-of-choice');
      choose(page, '#clamp', '3');
      expect(attributesOf(preview())).to.deep.equal([
        ['quote', 'matter-of-choice'],
        ['clamp', '3'],
      ]);
      await settled(page);
      expect(rendered(preview())).to.equal(true);
    });
  });

  describe('snippets', () => {
    it('(a) script tag: version-pinned CDN address, the build’s integrity hash, crossorigin', async () => {
      const built = await builtIntegrity();
      const script = parse(scriptSnippet()).querySelector('script')!;
      expect(script.getAttribute('type')).to.equal('module');
      expect(script.getAttribute('src')).to.equal(
        `https://cdn.jsdelivr.net/npm/migration-widgets@${built.version}/dist/migration-widgets.js`,
      );
      expect(script.getAttribute('integrity')).to.equal(built.integrity);
      expect(script.getAttribute('crossorigin')).to.equal('anonymous');
      expect($('#version').textContent).to.equal(built.version);
    });

    it('dist/integrity.json holds the SHA-384 of the bundle as built, and package.json’s version', async () => {
      const built = await builtIntegrity();
      const bytes = await (await fetch(bundlePath, { cache: 'no-store' })).arrayBuffer();
      expect(built.integrity).to.equal(await sha384(bytes));
      const pkg = (await (await fetch('/package.json')).json()) as { version: string };
      expect(built.version).to.equal(pkg.version);
    });

    it('the CDN base URL is editable; a non-http(s) address is refused with a visible message', () => {
      choose(page, '#cdn-base', 'https://unpkg.com/');
      expect(parse(scriptSnippet()).querySelector('script')!.getAttribute('src')).to.match(
        /^https:\/\/unpkg\.com\/migration-widgets@[\d.]+\/dist\/migration-widgets\.js$/,
      );
      expect($('#address-error').hidden).to.equal(true);
      choose(page, '#cdn-base', 'javascript:alert(1)');
      expect(scriptSnippet()).to.not.include('javascript:');
      expect($('#address-error').hidden).to.equal(false);
      expect($('#address-error').textContent).to.include('javascript:alert(1)');
    });

    it('escapes attribute values: a hostile script URL stays one attribute value', () => {
      const hostile = 'https://example.org/x.js"></script><img src=x onerror=alert(1)><script x="';
      choose(page, '#script-url', hostile);
      const snippet = scriptSnippet();
      expect(snippet).to.include('&quot;&gt;&lt;/script&gt;');
      const parsed = parse(snippet);
      expect(parsed.querySelectorAll('script')).to.have.length(1);
      expect(parsed.querySelector('img')).to.equal(null);
      expect(parsed.querySelector('script')!.getAttribute('src')).to.equal(hostile);
      expect(page.doc.querySelector('#preview img')).to.equal(null);
    });

    it('holds the same element and attributes as the preview, for each element', () => {
      for (const tag of widgetTags) {
        choose(page, '#element', tag);
        choose(page, '#variant', 'emphasis');
        choose(page, '#lang', 'fr');
        for (const snippet of [scriptSnippet(), npmSnippet()]) {
          const element = parse(snippet).querySelector(tag)!;
          expect(element, tag).to.not.equal(null);
          expect(attributesOf(element)).to.deep.equal(attributesOf(preview()));
        }
      }
    });

    it('includes readable no-JavaScript fallback text built from the data', () => {
      choose(page, '#fact', 'international-migrants');
      let fallback = parse(scriptSnippet()).querySelector('migration-stat-card')!.textContent.replace(/\s+/g, ' ');
      expect(fallback).to.include('258 million international migrants in the world');
      expect(fallback).to.include('Making Migration Work for All (A/72/643)');
      choose(page, '#fact', 'earnings-spent-in-host-country');
      fallback = parse(scriptSnippet()).querySelector('migration-stat-card')!.textContent.replace(/\s+/g, ' ');
      expect(fallback).to.include('Some 85% of migrants’ earnings are spent in their host countries, on average.');
      choose(page, '#element', 'migration-quote-block');
      const quote = parse(scriptSnippet()).querySelector('migration-quote-block')!.textContent;
      const legal = quotes.find((q) => q.id === 'legal-pathways')!;
      expect(quote).to.include(legal.fragments[0]!.replace(/,$/, '.'));
      expect(quote).to.include(legal.fragments[1]!);
      expect(quote).to.include('António Guterres');
      const link = parse(scriptSnippet()).querySelector('migration-quote-block a')!;
      expect(link.getAttribute('href')).to.match(/^https:\/\/www\.iom\.int\//);
    });

    it('includes the CSS rule reserving the widget’s measured space, per width and language, unless unticked', () => {
      choose(page, '#variant', 'compact');
      choose(page, '#lang', 'fr');
      // The measured sizes for this look in French (demo/reserved-sizes.js): one rule, then one per wider viewport.
      expect(parse(scriptSnippet()).querySelector('style')!.textContent.trim().split('\n  ')).to.deep.equal([
        'migration-stat-card[fact="international-migrants"][variant="compact"]:not(:defined) { display: block; min-block-size: 15.5rem; }',
        '@media (min-width: 48rem) { migration-stat-card[fact="international-migrants"][variant="compact"]:not(:defined) { min-block-size: 10rem; } }',
      ]);
      choose(page, '#lang', '');
      const rules = parse(scriptSnippet()).querySelector('style')!.textContent;
      expect(rules, 'English first').to.include(
        '[variant="compact"]:not(:defined) { display: block; min-block-size: 14rem; }',
      );
      expect(rules, 'then the languages that need another size').to.include(
        '[variant="compact"]:where(:lang(es)):not(:defined) { min-block-size: 16.5rem; }',
      );
      expect(npmSnippet()).to.include(':not(:defined)');
      choose(page, '#reserve', false);
      expect(parse(scriptSnippet()).querySelector('style')).to.equal(null);
      expect(npmSnippet()).to.not.include(':not(:defined)');
    });

    it('(b) npm: install, one import for the chosen element, the element', () => {
      for (const tag of widgetTags) {
        choose(page, '#element', tag);
        const snippet = npmSnippet();
        expect(snippet).to.include('npm install migration-widgets\n');
        expect(snippet).to.include(`import 'migration-widgets/${tag.replace('migration-', '')}.js';`);
        expect(snippet).to.not.include('<script');
      }
    });

    it('(c) prerendered HTML: the design in a declarative shadow root, the script after it; shown with scripts blocked', async () => {
      choose(page, '#fact', 'remittances-2017');
      const snippet = () => $('#snippet-prerendered').textContent;
      await waitUntil(() => snippet().includes('fact="remittances-2017"'), 'the prerendered snippet', {
        timeout: 5000,
      });
      expect(snippet()).to.match(
        /^<migration-stat-card fact="remittances-2017"><template shadowrootmode="open"><style>/,
      );
      expect(snippet()).to.not.match(/lit-part|lit-node|<!--\?/);
      const doc = parse(snippet());
      const card = doc.querySelector('migration-stat-card')!;
      const root = (card.querySelector('template') as HTMLTemplateElement).content;
      expect(root.querySelector('[part~="label"]')!.textContent.trim()).to.equal('sent home by migrants in 2017');
      expect(root.querySelector('[part~="source"] a')!.getAttribute('href')).to.equal('https://undocs.org/A/72/643');
      expect(card.nextElementSibling!.localName, 'the script after the widget').to.equal('script');
      const frame = $<HTMLIFrameElement>('#prerendered-preview');
      expect(frame.getAttribute('sandbox'), 'no allow-scripts').to.equal('');
      const shown = parse(frame.srcdoc);
      expect(shown.querySelector('script')).to.equal(null);
      expect(shown.querySelector('migration-stat-card > template[shadowrootmode="open"]')).to.not.equal(null);
    });
  });

  describe('copy buttons', () => {
    it(
      isChromium
        ? 'copying yields the snippet (Chromium: real clipboard, permissions granted)'
        : 'copying yields the snippet (stand-in navigator.clipboard in the page)',
      async () => {
        let readBack: () => Promise<string>;
        if (isChromium) {
          await executeServerCommand('set-permissions', { permissions: ['clipboard-read', 'clipboard-write'] });
          // Headless Chromium writes to the clipboard only from a focused page.
          await executeServerCommand('cdp', {
            method: 'Emulation.setFocusEmulationEnabled',
            params: { enabled: true },
          });
          readBack = () => navigator.clipboard.readText();
        } else {
          let copied = '';
          Object.defineProperty(page.win.navigator, 'clipboard', {
            configurable: true,
            value: { writeText: async (text: string) => void (copied = text) },
          });
          readBack = async () => copied;
        }
        try {
          for (const [button, snippet] of [
            ['[data-copy="snippet-script"]', scriptSnippet],
            ['[data-copy="snippet-npm"]', npmSnippet],
          ] as const) {
            page.frame.focus();
            // The first copy's status is still shown: clear it so the wait below is for this copy.
            $('#copy-status').textContent = '';
            $<HTMLButtonElement>(button).click();
            await within(
              new Promise<void>((resolve) => {
                const poll = () => ($('#copy-status').textContent ? resolve() : setTimeout(poll, 20));
                poll();
              }),
              3000,
              'a copy status',
            );
            expect($('#copy-status').textContent).to.match(/^Copied/);
            expect(await readBack()).to.equal(snippet());
          }
        } finally {
          if (isChromium) {
            await executeServerCommand('set-permissions', { permissions: [] });
            await executeServerCommand('cdp', {
              method: 'Emulation.setFocusEmulationEnabled',
              params: { enabled: false },
            });
          } else delete (page.win.navigator as { clipboard?: unknown }).clipboard;
        }
      },
    );

    it('a refused copy says so visibly (stand-in clipboard that rejects, every engine)', async () => {
      const original = Object.getOwnPropertyDescriptor(page.win.navigator, 'clipboard');
      Object.defineProperty(page.win.navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      try {
        $<HTMLButtonElement>('[data-copy="snippet-npm"]').click();
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect($('#copy-status').textContent).to.match(/did not allow copying/);
        expect($('#copy-status').getAttribute('role')).to.equal('status');
      } finally {
        if (original) Object.defineProperty(page.win.navigator, 'clipboard', original);
        else delete (page.win.navigator as { clipboard?: unknown }).clipboard;
      }
    });
  });

  describe('proof: the script-tag snippet works in an otherwise empty page', () => {
    const localScript = `${location.origin}${bundlePath}`;

    for (const tag of widgetTags) {
      it(`${tag}: same element, same attributes, rendered; integrity accepted`, async () => {
        const built = await builtIntegrity();
        choose(page, '#element', tag);
        choose(page, '#variant', 'compact');
        choose(page, '#theme', 'dark');
        choose(page, '#script-url', localScript);
        const snippet = scriptSnippet();
        const script = parse(snippet).querySelector('script')!;
        expect(script.getAttribute('src')).to.equal(localScript);
        expect(script.getAttribute('integrity')).to.equal(built.integrity);
        const pasted = await openHtml(
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${snippet}</body></html>`,
        );
        try {
          await within(pasted.win.customElements.whenDefined(tag), 5000, `${tag} defined (SRI accepted)`);
          const element = pasted.doc.querySelector(tag)!;
          await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          expect(attributesOf(element)).to.deep.equal(attributesOf(preview()));
          expect(rendered(element)).to.equal(true);
        } finally {
          close(pasted);
        }
      });
    }

    it('a wrong integrity hash blocks the script: the element stays undefined, its fallback text shows', async () => {
      choose(page, '#script-url', localScript);
      const wrong = await sha384(new TextEncoder().encode('not the bundle'));
      const built = await builtIntegrity();
      // Its own address: Chromium keeps a response that failed its integrity check in the memory cache, which
      // would spoil the other pages' loads of the same URL in this test run.
      const snippet = scriptSnippet().replace(built.integrity, wrong).replace(localScript, `${localScript}?wrong-hash`);
      expect(snippet).to.include(wrong);
      // Records which script fired `error`: the browser refusing the bundle, not a slow load, is what is tested.
      const recordBlocked = `<script>addEventListener('error', (event) => {
        if (event.target instanceof HTMLScriptElement) window.blockedScript = event.target.src;
      }, true);</script>`;
      const pasted = await openHtml(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title>${recordBlocked}</head><body>${snippet}</body></html>`,
      );
      try {
        // The page's load event waits for the script's fetch to end, so its error event has fired by now.
        expect((pasted.win as unknown as { blockedScript?: string }).blockedScript).to.equal(
          `${localScript}?wrong-hash`,
        );
        expect(pasted.win.customElements.get('migration-stat-card')).to.equal(undefined);
        const element = pasted.doc.querySelector('migration-stat-card')!;
        expect(element.shadowRoot).to.equal(null);
        expect(element.textContent).to.include('international migrants');
      } finally {
        close(pasted);
      }
    });
  });

  describe('a good guest on the page', () => {
    it('loads with no error and no failed or foreign request (iframe: error events, console.error, resource timing)', async () => {
      const fresh = await openPage(configuratorPath);
      try {
        await widgetsReady(fresh);
        // The configurator asks for the build's integrity after load: wait for that request, not a fixed time.
        await waitUntil(
          () => fresh.win.performance.getEntriesByType('resource').some((e) => e.name.endsWith('/dist/integrity.json')),
          'the request for dist/integrity.json',
          { timeout: 5000 },
        );
        const { urls, foreign, failed } = await requestProblems(fresh);
        expect(urls.some((url) => url.endsWith('/dist/integrity.json'))).to.equal(true);
        expect(fresh.errors, 'errors').to.deep.equal([]);
        expect(failed, 'failed requests').to.deep.equal([]);
        expect(foreign, 'requests outside the local server').to.deep.equal([]);
      } finally {
        close(fresh);
      }
    });

    if (isChromium) {
      it('loads with no console error, no failed request, no request outside the local server (Chromium: puppeteer tab)', async () => {
        await expectCleanVisit(configuratorPath, '/dist/integrity.json');
      });
    }
  });

  describe('a11y (axe on the whole page, in its own window)', () => {
    for (const [theme, lang] of [
      ['light', 'en'],
      ['dark', 'en'],
      ['light', 'ar'],
      ['dark', 'ar'],
    ] as const) {
      it(`no violation: ${theme} preview, ${lang === 'ar' ? 'Arabic' : 'English'} widget`, async () => {
        for (const tag of widgetTags) {
          choose(page, '#element', tag);
          choose(page, '#theme', theme);
          choose(page, '#lang', lang);
          await settled(page);
          const violations = await axeViolations(page);
          expect(violations, tag).to.deep.equal([]);
        }
      });
    }
  });
});

describe('the detector itself (control page broken on purpose)', () => {
  it('reports the console error, the uncaught exception, the failed request and the foreign address', async () => {
    const broken = await openPage('/test/support/broken-page.html');
    try {
      await waitUntil(() => broken.errors.length >= 2, 'the control page to log and throw', { timeout: 5000 });
      const { foreign, failed } = await requestProblems(broken);
      expect(
        broken.errors.some((e) => e.includes('logged on purpose')),
        broken.errors.join(' | '),
      ).to.equal(true);
      expect(
        broken.errors.some((e) => e.includes('thrown on purpose')),
        broken.errors.join(' | '),
      ).to.equal(true);
      expect(
        failed.some((f) => f.includes('missing-on-purpose.css')),
        failed.join(' | '),
      ).to.equal(true);
      expect(foreign.some((f) => f.startsWith('https://example.invalid/'))).to.equal(true);
    } finally {
      close(broken);
    }
  });
});

describe('screenshots', function () {
  this.timeout(60_000);
  const shots: [string, string, [string, string][]][] = [
    ['demo-light', demoPath, [['#theme-switch', 'light']]],
    ['demo-dark', demoPath, [['#theme-switch', 'dark']]],
    [
      'demo-arabic',
      demoPath,
      [
        ['#theme-switch', 'light'],
        ['#lang-switch', 'ar'],
      ],
    ],
    ['configurator', configuratorPath, []],
  ];

  for (const [name, path, select] of shots) {
    it(
      isChromium
        ? `${name}: PNG saved to test-results/screenshots/${name}.png (Chromium: puppeteer)`
        : `${name}: the page renders its widgets at screenshot size (no screenshot API in this engine)`,
      async () => {
        if (!isChromium) {
          const shown = await openPage(path, { width: 1280, height: 900 });
          try {
            await widgetsReady(shown);
            // The configurator builds its preview once its modules and the integrity hash have loaded.
            if (path === configuratorPath)
              await within(
                new Promise<void>((resolve) => {
                  const poll = () => (shown.doc.documentElement.dataset.ready ? resolve() : setTimeout(poll, 20));
                  poll();
                }),
                5000,
                'the configurator to be ready',
              );
            for (const [selector, value] of select) choose(shown, selector, value);
            await settled(shown);
            const widgets = [...shown.doc.querySelectorAll(widgetTags.join(','))];
            expect(widgets.length).to.be.greaterThan(0);
            for (const widget of widgets)
              expect(widget.getBoundingClientRect().height, widget.localName).to.be.greaterThan(0);
          } finally {
            close(shown);
          }
          return;
        }
        const seen = await visit(path, { select, screenshot: name });
        expect(seen.file).to.equal(`test-results/screenshots/${name}.png`);
        if (name === 'demo-arabic') expect([seen.lang, seen.dir]).to.deep.equal(['ar', 'rtl']);
        const png = new Uint8Array(await (await fetch(`/${seen.file}`, { cache: 'no-store' })).arrayBuffer());
        expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG signature').to.equal('PNG');
        const width = new DataView(png.buffer).getUint32(16);
        expect(width, 'full viewport width').to.equal(1280);
        expect(png.length, 'not an empty image').to.be.greaterThan(50_000);
      },
    );
  }
});
