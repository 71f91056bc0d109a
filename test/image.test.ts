import { expect, fixture, html } from '@open-wc/testing';
import { figures, quoteById, report, unLanguages } from '../src/data/index.js';
import {
  imagePalettes,
  imageSizes,
  svgToPng,
  widgetImage,
  type ImageOptions,
  type ImageWidget,
  type WidgetImage,
} from '../src/image/index.js';
import { registerStrings } from '../src/index.js';
import { widgetTags } from './support/frame-page.js';

/** Every element's image, from the package's one element list. */
const widgets = widgetTags.map((tag) => tag.replace(/^migration-/, '') as ImageWidget);

/** The SVG put in the page, so the engine lays its text out as it would draw it. */
function mount(image: WidgetImage): SVGSVGElement {
  const holder = document.createElement('div');
  holder.innerHTML = image.svg;
  document.body.append(holder);
  return holder.querySelector('svg')!;
}
afterEach(() => {
  for (const svg of document.querySelectorAll('body > div > svg')) svg.parentElement!.remove();
});

/** A part's lines joined as one sentence, as a reader of the image reads it. */
const partText = (svg: SVGSVGElement, part: string) =>
  [...svg.querySelectorAll(`[data-part="${part}"] text`)].map((t) => t.textContent).join(' ');
/** A widget's visible text in one part, white space collapsed (Intl uses no-break spaces). */
const spaced = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const widgetPart = (el: Element, part: string) =>
  spaced(el.shadowRoot!.querySelector(`[part~="${part}"]`)!.textContent);

describe('image: SVG built from the data', () => {
  it('stat card in English: the figure, its label and the source’s words as real, selectable text', () => {
    const svg = mount(widgetImage({ widget: 'stat-card', fact: 'remittances-2017', lang: 'en' }));
    expect(partText(svg, 'year')).to.equal('2017');
    expect(spaced(partText(svg, 'value'))).to.equal('about $600 billion');
    expect(partText(svg, 'label')).to.equal('sent home by migrants in 2017');
    expect(partText(svg, 'description')).to.equal('“in 2017 some USD 600 billion, per World Bank estimates”');
    expect(partText(svg, 'credit')).to.equal(
      'Source: UN Secretary-General, Making Migration Work for All (A/72/643), as quoted by IOM, 2018; based on World Bank estimates',
    );
    expect(partText(svg, 'symbol')).to.equal('A/72/643');
    const label = svg.querySelector('[data-part="label"] text')!;
    expect(getComputedStyle(label).userSelect).not.to.equal('none');
    getSelection()!.selectAllChildren(label);
    expect(getSelection()!.toString()).to.equal('sent home by migrants in 2017');
    getSelection()!.removeAllRanges();
  });

  it('stat card: the SVG’s words are the widget’s words, in English and Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await fixture(
        html`<migration-stat-card fact="remittances-2017" no-animation lang=${lang}></migration-stat-card>`,
      );
      const svg = mount(widgetImage({ widget: 'stat-card', fact: 'remittances-2017', lang }));
      expect(spaced(partText(svg, 'value')), lang).to.equal(widgetPart(el, 'value'));
      expect(partText(svg, 'label'), lang).to.equal(widgetPart(el, 'label'));
      expect(partText(svg, 'year'), lang).to.equal(widgetPart(el, 'year'));
    }
  });

  it('stat card in Arabic: the library’s words in Arabic, the source’s words in English', () => {
    const svg = mount(widgetImage({ widget: 'stat-card', fact: 'international-migrants', lang: 'ar' }));
    expect(svg.getAttribute('xml:lang')).to.equal('ar');
    expect(partText(svg, 'label')).to.equal('مهاجر دولي في العالم');
    expect(partText(svg, 'description')).to.equal(
      '“most of the world’s 258 million international migrants already move through safe, orderly and regular means”',
    );
    expect(svg.querySelector('[data-part="description"] text')!.getAttribute('xml:lang')).to.equal('en');
    // WebKit writes Arabic with Arabic-Indic digits, Chromium and Firefox with Latin ones.
    expect(partText(svg, 'credit')).to.be.oneOf([
      'المصدر: UN Secretary-General، Making Migration Work for All (A/72/643)، كما أوردته IOM، 2018',
      'المصدر: UN Secretary-General، Making Migration Work for All (A/72/643)، كما أوردته IOM، ٢٠١٨',
    ]);
  });

  it('a language without strings gives a wholly English image, as the widget is: pt-BR, fa, bn, zh-Hant-TW', () => {
    for (const lang of ['pt-BR', 'fa', 'bn', 'zh-Hant-TW']) {
      const card = mount(widgetImage({ widget: 'stat-card', fact: 'remittances-2017', lang }));
      expect(card.getAttribute('xml:lang'), lang).to.equal('en');
      expect(card.getAttribute('direction'), lang).to.equal('ltr');
      expect(spaced(partText(card, 'value')), lang).to.equal('about $600 billion');
      expect(partText(card, 'label'), lang).to.equal('sent home by migrants in 2017');
      expect(partText(card, 'credit'), lang).to.equal(
        'Source: UN Secretary-General, Making Migration Work for All (A/72/643), as quoted by IOM, 2018; based on World Bank estimates',
      );
      const counter = mount(widgetImage({ widget: 'remittance-counter', lang }));
      expect(spaced(partText(counter, 'rate')), lang).to.equal(
        'Migrants send home about $19,026 every second. An illustration at the 2017 rate of some $600 billion a year (World Bank estimates), not a measurement.',
      );
      const panel = mount(widgetImage({ widget: 'summary-panel', lang }));
      expect(spaced(partText(panel, 'meta')), lang).to.equal(
        'Report of the Secretary-General · A/72/643 · December 12, 2017 · 20 pages',
      );
    }
  });

  it('quote block: both fragments verbatim, joined with the one allowed full stop, and who said it', () => {
    const svg = mount(widgetImage({ widget: 'quote-block', quote: 'legal-pathways', lang: 'ar' }));
    expect(partText(svg, 'text')).to.equal(
      '“The best way to end the stigma of illegality and abuse around migrants is, in fact, for governments to put in place more legal pathways for migration. This will remove incentives for individuals to break the rules, while better meeting the needs of markets for foreign labour.”',
    );
    expect(partText(svg, 'speaker')).to.equal('António Guterres');
    expect(partText(svg, 'role')).to.equal('Secretary-General of the United Nations');
    // The speaker is named above: the credit says who quoted the words, as the widget's does.
    expect(partText(svg, 'credit')).to.be.oneOf(['المصدر: كما أوردته IOM، 2018', 'المصدر: كما أوردته IOM، ٢٠١٨']);
  });

  it('summary panel: title, the report’s sentences and highlights verbatim', () => {
    const svg = mount(widgetImage({ widget: 'summary-panel', lang: 'en' }));
    expect(partText(svg, 'heading')).to.equal('Making Migration Work for All');
    expect(partText(svg, 'lead')).to.equal(
      'The report focuses on making migration work for all, emphasizing its links to the 2030 Agenda for Sustainable Development.',
    );
    expect(partText(svg, 'highlights-intro')).to.equal('The report highlights:');
    const lines = (g: Element) => [...g.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect([...svg.querySelectorAll('[data-part="highlight"]')].map(lines)).to.deep.equal([
      '(a) options for Member States to help migrants fulfil their economic and social potential',
      '(b) steps to promote regular migration',
      '(c) policies to meet the legitimate security considerations of Member States concerning irregular migration',
    ]);
  });

  it('summary panel: the meta line is the widget’s', async () => {
    const el = await fixture(html`<migration-summary-panel lang="ar"></migration-summary-panel>`);
    const svg = mount(widgetImage({ widget: 'summary-panel', lang: 'ar' }));
    // The image isolates its English pieces with invisible LRI…PDI marks, where the widget uses elements.
    expect(spaced(partText(svg, 'meta').replace(/[\u2066-\u2069]/g, ''))).to.equal(widgetPart(el, 'meta'));
  });

  it('remittance counter: the rate sentence at the 2017 rate', () => {
    const svg = mount(widgetImage({ widget: 'remittance-counter', lang: 'en' }));
    expect(spaced(partText(svg, 'rate'))).to.equal(
      'Migrants send home about $19,026 every second. An illustration at the 2017 rate of some $600 billion a year (World Bank estimates), not a measurement.',
    );
  });

  it('the credit is the widget’s one-line credit, in English and Arabic: stat card, quote block, counter', async () => {
    const pairs = [
      ['stat-card', html`<migration-stat-card fact="remittances-2017" no-animation></migration-stat-card>`],
      ['quote-block', html`<migration-quote-block></migration-quote-block>`],
      ['remittance-counter', html`<migration-remittance-counter></migration-remittance-counter>`],
    ] as const;
    for (const lang of ['en', 'ar']) {
      for (const [widget, markup] of pairs) {
        const el = (await fixture(html`<div lang=${lang}>${markup}</div>`)).firstElementChild!;
        await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
        const shown = `${widgetPart(el, 'source-label')} ${widgetPart(el, 'credit')}`;
        const svg = mount(widgetImage({ widget, lang, fact: 'remittances-2017' }));
        expect(spaced(partText(svg, 'credit')), `${widget} ${lang}`).to.equal(spaced(shown));
      }
    }
  });

  it('remittance counter: the image’s sentence is what the widget says, in English and Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      const el = (
        await fixture(html`<div lang=${lang}><migration-remittance-counter></migration-remittance-counter></div>`)
      ).firstElementChild!;
      await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
      const said = spaced(el.shadowRoot!.querySelector('.visually-hidden')!.textContent);
      const svg = mount(widgetImage({ widget: 'remittance-counter', lang }));
      expect(spaced(partText(svg, 'rate')), lang).to.equal(`${said} ${widgetPart(el, 'note')}`);
    }
  });

  it('the alt text is the image’s words in reading order, credit included', () => {
    const { alt } = widgetImage({ widget: 'stat-card', fact: 'international-migrants', lang: 'en' });
    expect(spaced(alt)).to.equal(
      '258 million international migrants in the world “most of the world’s 258 million international migrants already move through safe, orderly and regular means” Source: UN Secretary-General, Making Migration Work for All (A/72/643), as quoted by IOM, 2018',
    );
  });

  it('a saved .svg is well-formed XML whatever the page’s font is called (&, quotes, <)', () => {
    const { svg } = widgetImage({ widget: 'stat-card', fontFamily: '"Mom & Pop <Sans>"' });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')?.textContent ?? 'no parser error').to.equal('no parser error');
    expect(doc.documentElement.getAttribute('font-family')).to.equal(
      `"Mom & Pop <Sans>", 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans CJK SC', system-ui, sans-serif`,
    );
  });

  it('every figure’s source wording and every quote appear verbatim', () => {
    for (const { id, sourceWording } of figures) {
      const svg = mount(widgetImage({ widget: 'stat-card', fact: id }));
      expect(partText(svg, 'description'), id).to.equal(`“${sourceWording}”`);
    }
    const svg = mount(widgetImage({ widget: 'quote-block', quote: 'matter-of-choice' }));
    expect(partText(svg, 'text')).to.equal(`“${quoteById('matter-of-choice')!.fragments[0]}”`);
    expect(partText(mount(widgetImage({ widget: 'summary-panel' })), 'heading')).to.equal(report.title);
  });
});

describe('image: direction and layout', () => {
  // A glyph's ink may reach past its advance (the hook of a bold "f"): the bounding box counts it.
  const overhang = (text: SVGTextElement) => 0.15 * Number(text.getAttribute('font-size'));
  const pad = (width: number, height: number) => Math.round(64 * (Math.min(width, (height * 16) / 9) / 1200));

  it('Arabic: every line starts at the right edge, right to left; English: at the left edge', () => {
    for (const widget of widgets) {
      for (const lang of ['ar', 'en']) {
        const svg = mount(widgetImage({ widget, lang }));
        const { width, height } = imageSizes.landscape;
        const edge = pad(width, height);
        for (const text of svg.querySelectorAll<SVGTextElement>('g:not([data-part="symbol"]) text')) {
          const box = text.getBBox();
          const glyphOverhang = overhang(text);
          const where = `${widget} ${lang} “${text.textContent}”`;
          if (lang === 'ar') {
            expect(box.x + box.width, where).to.be.closeTo(width - edge, glyphOverhang);
            if (!text.hasAttribute('xml:lang')) expect(text.getAttribute('direction'), where).to.equal('rtl');
          } else {
            expect(box.x, where).to.be.closeTo(edge, glyphOverhang);
          }
        }
      }
    }
  });

  it('nothing overflows its column or the image, in the six languages, each size and variant', function () {
    this.timeout(90_000); // 288 images laid out
    for (const [name, { width, height }] of Object.entries(imageSizes)) {
      for (const lang of unLanguages) {
        for (const widget of widgets) {
          for (const variant of ['default', 'compact', 'emphasis'] as const) {
            const svg = mount(widgetImage({ widget, lang, width, height, variant }));
            const edge = pad(width, height);
            for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
              const box = text.getBBox();
              const glyphOverhang = overhang(text);
              const where = `${name} ${lang} ${widget} ${variant} “${text.textContent}”`;
              expect(box.x, where).to.be.at.least(edge - glyphOverhang);
              expect(box.x + box.width, where).to.be.at.most(width - edge + glyphOverhang);
              expect(box.y, where).to.be.at.least(0);
              expect(box.y + box.height, where).to.be.at.most(height);
            }
            svg.parentElement!.remove();
          }
        }
      }
    }
  });
});

describe('image: themes', () => {
  const rgb = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    return `rgb(${r}, ${g}, ${b})`;
  };

  it('light and dark use the widgets’ own colours', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await fixture(html`<migration-stat-card theme=${theme} no-animation></migration-stat-card>`);
      const style = getComputedStyle(el);
      // The surface is painted by the widget's inner box (it survives CSS resets), not the host.
      const box = getComputedStyle(el.shadowRoot!.querySelector('.box')!);
      const svg = mount(widgetImage({ widget: 'stat-card', theme }));
      expect(rgb(svg.querySelector('rect')!.getAttribute('fill')!), theme).to.equal(box.backgroundColor);
      expect(rgb(svg.querySelector('[data-part="label"] text')!.getAttribute('fill')!), theme).to.equal(style.color);
      expect(svg.querySelector('rect')!.getAttribute('fill')).to.equal(imagePalettes[theme].surface);
    }
  });
});

describe('image: PNG drawn from the SVG in the browser', () => {
  /** The PNG decoded back into pixels. */
  async function pixels(blob: Blob): Promise<{ width: number; height: number; at: (x: number, y: number) => string }> {
    const bitmap = await createImageBitmap(blob);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return {
      width: bitmap.width,
      height: bitmap.height,
      at: (x, y) => {
        const [r, g, b] = context.getImageData(x, y, 1, 1).data;
        return `#${[r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('')}`;
      },
    };
  }

  for (const [name, size] of Object.entries(imageSizes)) {
    it(`${name}: ${size.width}×${size.height}, a PNG with the theme’s background and drawn text`, async () => {
      const options: ImageOptions = { widget: 'stat-card', theme: 'dark', lang: 'ar', ...size };
      const blob = await svgToPng(widgetImage(options));
      expect(blob.type).to.equal('image/png');
      const png = await pixels(blob);
      expect([png.width, png.height]).to.deep.equal([size.width, size.height]);
      expect(png.at(size.width / 2, 2)).to.equal(imagePalettes.dark.surface);
      // The bar at the inline start (the right, in Arabic) is drawn.
      expect(png.at(size.width - 2, size.height / 2)).to.equal(imagePalettes.dark.line);
      // Text was drawn: the label's first line has pixels in the text colour.
      const svg = mount(widgetImage(options));
      const box = svg.querySelector<SVGTextElement>('[data-part="value"] text')!.getBBox();
      let inked = 0;
      for (let x = Math.floor(box.x); x < box.x + box.width; x += 3) {
        if (png.at(x, Math.floor(box.y + box.height / 2)) === imagePalettes.dark.text) inked++;
      }
      expect(inked).to.be.greaterThan(3);
    });
  }
});

describe('image: a partner’s words', () => {
  it('a registered label with "&" and "<" is drawn as written, in an SVG that parses as XML (as an .svg file or <img> does)', () => {
    registerStrings('en-x-image', { figureLabels: { 'earnings-remitted': 'R&D <and> savings' } });
    const { svg } = widgetImage({ widget: 'stat-card', fact: 'earnings-remitted', lang: 'en-x-image' });
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    // The parser's message, not its element: a failing assertion would print the whole document.
    expect(parsed.querySelector('parsererror')?.textContent ?? '', 'XML parse error').to.equal('');
    expect(partText(parsed.documentElement as unknown as SVGSVGElement, 'label')).to.equal('R&D <and> savings');
  });
});

describe('image: regional tags and clean-up', () => {
  it('a regional Arabic tag (ar-EG) is drawn right to left, like ar', () => {
    const svg = mount(widgetImage({ widget: 'stat-card', fact: 'international-migrants', lang: 'ar-EG' }));
    expect(partText(svg, 'label')).to.equal('مهاجر دولي في العالم');
    expect(svg.querySelector('[data-part="label"] text')!.getAttribute('direction')).to.equal('rtl');
  });

  it('svgToPng releases the SVG it drew: its object URL no longer loads', async () => {
    const urls: string[] = [];
    const original = Object.getOwnPropertyDescriptor(URL, 'createObjectURL')!;
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob) => {
      const url = create(blob);
      urls.push(url);
      return url;
    };
    try {
      await svgToPng(widgetImage({ widget: 'stat-card' }));
    } finally {
      Object.defineProperty(URL, 'createObjectURL', original);
    }
    expect(urls).to.have.length(1);
    const loaded = await fetch(urls[0]!).then(
      () => true,
      () => false,
    );
    expect(loaded).to.equal(false);
  });
});
