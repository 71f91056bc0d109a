// Screenshot baselines: each element × light/dark × en/ar × 280/680/1400 px, per engine, compared
// with a small tolerance (WebKit's shot is cut from a viewport screenshot: test/support/screenshot-command.mjs). After an intended change of the look: `npm run test:update-baselines`.
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/index.js';

const elements = [
  '<migration-stat-card fact="earnings-spent-in-host-country" no-animation></migration-stat-card>',
  '<migration-quote-block></migration-quote-block>',
  '<migration-remittance-counter since="2017-01-01"></migration-remittance-counter>',
  '<migration-summary-panel with-figures></migration-summary-panel>',
];
const themes = ['light', 'dark'];
const langs = [
  ['en', 'ltr'],
  ['ar', 'rtl'],
];
const widths = [280, 680, 1400];

// The counter's clock, stopped at 1 January 2018 00:00 UTC: the counted amount is the same in every run.
// The counter reads the wall clock (Date.now), so that is what stops.
// The summary panel's cards count up when seen: reduced motion (an in-page stand-in) shows their final value.
const realNow = Date.now;
const realMatchMedia = window.matchMedia.bind(window);
before(() => {
  Date.now = () => Date.UTC(2018, 0, 1);
  window.matchMedia = (query: string) =>
    query === '(prefers-reduced-motion: reduce)'
      ? { ...realMatchMedia(query), matches: true, media: query }
      : realMatchMedia(query);
});
after(() => {
  Date.now = realNow;
  window.matchMedia = realMatchMedia;
});

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

describe('visual baselines', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  for (const markup of elements) {
    const tag = /^<([a-z-]+)/.exec(markup)![1]!;
    for (const theme of themes) {
      for (const [lang, dir] of langs) {
        for (const width of widths) {
          const name = `${tag.replace('migration-', '')}-${theme}-${lang}-${width}`;
          it(name, async () => {
            // The page's own colour scheme picks the theme, as a partner page with a dark toggle would.
            const page = document.createElement('div');
            page.lang = lang!;
            page.dir = dir!;
            page.setAttribute(
              'style',
              `inline-size: ${width}px; color-scheme: ${theme}; font: 16px/1.5 "DejaVu Sans", sans-serif; background: Canvas`,
            );
            page.innerHTML = markup;
            document.body.append(page);
            const widget = page.firstElementChild as Rendered;
            await widget.updateComplete;
            for (const card of widget.shadowRoot!.querySelectorAll<Rendered>('migration-stat-card'))
              await card.updateComplete;
            await document.fonts.ready;
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            await visualDiff(widget, name);
          });
        }
      }
    }
  }
});
