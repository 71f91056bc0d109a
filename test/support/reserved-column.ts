// A partner article's column (at most 40rem wide, centred, 8 px page margins) holding one widget of every look
// the configurator's `:not(:defined)` rule tells apart: what bench/measure-reserved-sizes.mjs measures in each
// engine and test/demo-reserved-sizes.test.ts checks the rules against.
import { figures, quotes } from '../../src/data/index.js';
import { framePage, loadModule } from './frame-page.js';

export type Attributes = Array<[string, string]>;
export interface Look {
  /** The rule's selector (demo/reserve-rule.js), the key of demo/reserved-sizes.js. */
  key: string;
  tag: string;
  attributes: Attributes;
}

// Plain page modules of the demo, loaded as the configurator loads them.
const rulesModule = '/demo/reserve-rule.js';
export const { lookSelector, reserveRule } = (await import(rulesModule)) as {
  lookSelector: (tag: string, names: Map<string, string>) => string;
  reserveRule: (tag: string, attributes: Attributes) => string;
};

const variants = ['default', 'compact', 'emphasis'];
/** What else tells the looks apart, per element; several entries with one selector share its rule (the tallest). */
const items: Record<string, Attributes[]> = {
  'migration-stat-card': figures.map((f) => [['fact', f.id]]),
  'migration-quote-block': quotes.map((q) => [['quote', q.id]]),
  'migration-remittance-counter': [[], [['since', '2018-01-01']], [['paused', '']]],
  'migration-summary-panel': [[], [['collapsed', '']], [['with-figures', '']]],
};

export const looks: Look[] = Object.entries(items).flatMap(([tag, list]) =>
  list.flatMap((item) =>
    variants.map((variant) => {
      const attributes: Attributes = [...item, ['variant', variant]];
      return { key: lookSelector(tag, new Map(attributes)), tag, attributes };
    }),
  ),
);

/** One look as markup. */
export const lookMarkup = ({ tag, attributes }: Look) =>
  `<${tag}${attributes.map(([name, value]) => ` ${name}="${value}"`).join('')}></${tag}>`;

/**
 * Every look in the column at viewport `width`, in `lang`, under `css`: each one's block size before the script
 * (what `css` reserves) and once rendered.
 */
export async function columnHeights(
  width: number,
  lang: string,
  css: string,
): Promise<{ reserved: number[]; rendered: number[] }> {
  const win = await framePage(
    `<main style="max-inline-size: 40rem; margin: auto; font: 1rem/1.5 system-ui">${looks.map(lookMarkup).join('')}</main>`,
    `<style>html { scrollbar-width: none } ${css}</style>`,
    { width, height: 900 },
  );
  try {
    win.document.documentElement.lang = lang;
    win.document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    const widgets = [...win.document.querySelectorAll('main > *')];
    const heights = () => widgets.map((widget) => widget.getBoundingClientRect().height);
    const reserved = heights();
    await loadModule(win, '/dist/migration-widgets.js');
    await Promise.all(
      widgets.map((widget) => (widget as unknown as { updateComplete: Promise<unknown> }).updateComplete),
    );
    await win.document.fonts.ready;
    await new Promise((done) => win.requestAnimationFrame(() => win.requestAnimationFrame(done)));
    return { reserved, rendered: heights() };
  } finally {
    win.frameElement!.remove();
  }
}
