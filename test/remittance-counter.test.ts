import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { stringsFor } from '../src/i18n/index.js';
import { CounterPauseEvent, CounterResumeEvent, RemittanceCounter } from '../src/remittance-counter.js';
import { captureWarnings, ours } from './support/console.js';
import { seen } from './support/seen.js';

const isChromium = /Chrome\//.test(navigator.userAgent);
// The arithmetic, written out here rather than imported: USD 600 billion over a 365-day year.
const perSecond = 600e9 / (365 * 86_400);
const T0 = Date.UTC(2025, 5, 1, 12);
const hour = 3_600_000;

const money = (value: number, lang = 'en', currency = 'USD') =>
  new Intl.NumberFormat(lang, {
    style: 'currency',
    currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(value);
const part = (el: RemittanceCounter, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const shown = (el: RemittanceCounter) => part(el, 'value')!.textContent.trim();
// Intl's no-break spaces count as spaces: what is compared is the words, not the spacing.
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const text = (el: RemittanceCounter, name: string) => squash(part(el, name)!.textContent);
const button = (el: RemittanceCounter) => el.shadowRoot!.querySelector('button')!;

function fakeClock(now = T0) {
  return sinon.useFakeTimers({
    now,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
  });
}

async function counter(template = html`<migration-remittance-counter></migration-remittance-counter>`) {
  const el = await fixture<RemittanceCounter>(template);
  await seen(el);
  await el.updateComplete;
  return el;
}

// Kept before any test fakes the clock: waiting for the browser needs real time.
const realSetTimeout = window.setTimeout.bind(window);

/** Resolves once the tab's visibility is `state`, or after 5 s of real time (under load the switch can take a while). */
function visibility(state: DocumentVisibilityState): Promise<void> {
  if (document.visibilityState === state) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      document.removeEventListener('visibilitychange', check);
      resolve();
    };
    const check = () => document.visibilityState === state && done();
    document.addEventListener('visibilitychange', check);
    realSetTimeout(done, 5000);
  });
}

/** Hides the tab: for real in Chromium (another tab in front), with a document.visibilityState stand-in elsewhere. */
async function hideTab(): Promise<() => Promise<void>> {
  if (isChromium) {
    const { targetId } = await executeServerCommand<{ targetId: string }, object>('cdp', {
      method: 'Target.createTarget',
      params: { url: 'about:blank', newWindow: false, background: false },
    });
    await visibility('hidden');
    expect(document.visibilityState).to.equal('hidden');
    return async () => {
      await executeServerCommand('cdp', { method: 'Target.closeTarget', params: { targetId } });
      await visibility('visible');
    };
  }
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
  return async () => {
    delete (document as { visibilityState?: unknown }).visibilityState;
    document.dispatchEvent(new Event('visibilitychange'));
  };
}

const hiddenHow = isChromium ? 'for real (Chromium: another tab in front)' : 'stand-in: document.visibilityState';

describe('<migration-remittance-counter>', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
  });

  describe('defaults', () => {
    it('with no attributes: the lead-in, $0, the 2017 basis, the pause button and the citation', async () => {
      clock = fakeClock();
      const el = await counter();
      expect(text(el, 'lead')).to.match(/^Since you started reading, migrants have sent home about \$0\b/);
      expect(shown(el)).to.equal('$0');
      expect(text(el, 'basis')).to.equal(
        'An illustration at the 2017 rate of some $600 billion a year (World Bank estimates), not a measurement.',
      );
      expect(button(el).textContent.trim()).to.equal('Pause');
      expect(text(el, 'credit')).to.equal(
        'UN Secretary-General, Making Migration Work for All (A/72/643), as quoted by IOM, 2018',
      );
      expect(part(el, 'source')!.querySelector('a')!.href).to.equal('https://undocs.org/A/72/643');
      expect(part(el, 'note')).to.equal(part(el, 'basis'));
    });

    it('computes the amount from a fake clock: $0 at first sight, the rate to the unit after one second', async () => {
      clock = fakeClock();
      const el = await counter();
      expect(shown(el)).to.equal('$0');
      await clock.tickAsync(1000);
      await el.updateComplete;
      expect(shown(el)).to.equal(money(perSecond));
      expect(shown(el)).to.equal('$19,026');
      clock.tick(60_000); // one jump: whatever the redraws in between, the amount is read from the clock
      await el.updateComplete;
      expect(shown(el)).to.equal(money(perSecond * 61));
    });

    it(`after an hour with the tab hidden (${hiddenHow}) shows exactly rate × elapsed, without redrawing meanwhile`, async () => {
      clock = fakeClock();
      const el = await counter();
      await clock.tickAsync(1000);
      await el.updateComplete;
      const show = await hideTab();
      const render = sinon.spy(el, 'render');
      await clock.tickAsync(hour);
      expect(render.callCount).to.equal(0);
      expect(clock.countTimers()).to.equal(0);
      await show();
      await el.updateComplete;
      expect(shown(el)).to.equal(money(perSecond * 3601));
      expect(shown(el)).to.equal('$68,512,177');
    });

    it('keeps exact time when moved in the DOM, with one timer before and after', async () => {
      clock = fakeClock();
      const el = await counter();
      const other = await fixture(html`<section></section>`);
      await clock.tickAsync(1000);
      expect(clock.countTimers()).to.equal(1);
      other.append(el);
      await seen(el);
      await el.updateComplete;
      expect(clock.countTimers()).to.equal(1);
      await clock.tickAsync(2000);
      await el.updateComplete;
      expect(shown(el)).to.equal(money(perSecond * 3));
    });
  });

  describe('since', () => {
    it('since="load" counts from the page load (performance.timeOrigin)', async () => {
      clock = fakeClock();
      const el = await counter(html`<migration-remittance-counter since="load"></migration-remittance-counter>`);
      await clock.tickAsync(2500);
      el.requestUpdate(); // draw now: between redraws the figure shown is up to one redraw old
      await el.updateComplete;
      expect(shown(el)).to.equal(money(perSecond * 2.5));
      expect(text(el, 'lead')).to.contain(stringsFor('en').counterSinceLoad);
    });

    it('a date counts from 00:00 UTC that day and is labelled as an illustration', async () => {
      clock = fakeClock(Date.UTC(2018, 0, 2, 0, 0, 10));
      const el = await counter(html`<migration-remittance-counter since="2018-01-01"></migration-remittance-counter>`);
      expect(shown(el)).to.equal(money(perSecond * (86_400 + 10)));
      expect(text(el, 'lead')).to.contain('Since January 1, 2018, at this rate, migrants would have sent home about');
      expect(part(el, 'lead')!.querySelector('time')!.getAttribute('datetime')).to.equal('2018-01-01');
      expect(text(el, 'note')).to.equal(
        'An illustration at the 2017 rate of some $600 billion a year (World Bank estimates), not a measurement.',
      );
    });

    it('a partner basis replaces the rate, the year and the source, linked; the built-in citation goes', async () => {
      clock = fakeClock();
      const el = await counter(
        html`<migration-remittance-counter annual-amount="31536000000" currency="EUR" year="2020" source="Partner data" source-url="https://example.org/data"></migration-remittance-counter>`,
      );
      await clock.tickAsync(1000);
      await el.updateComplete;
      expect(shown(el)).to.equal(money(1000, 'en', 'EUR'));
      expect(text(el, 'basis')).to.equal(
        'An illustration at the 2020 rate of some €31.536 billion a year (Partner data), not a measurement.',
      );
      expect(part(el, 'basis')!.querySelector('a')!.href).to.equal('https://example.org/data');
      expect(part(el, 'source')).to.equal(null);
    });

    it('currency="usd" in lower case is the built-in currency: the built-in basis and its citation stay', async () => {
      const el = await counter(html`<migration-remittance-counter currency="usd"></migration-remittance-counter>`);
      expect(text(el, 'basis')).to.equal(
        'An illustration at the 2017 rate of some $600 billion a year (World Bank estimates), not a measurement.',
      );
      expect(part(el, 'source')).not.to.equal(null);
    });

    it('a partner basis without a source leaves out the source and its separator', async () => {
      const el = await counter(
        html`<migration-remittance-counter annual-amount="700e9" year="2021"></migration-remittance-counter>`,
      );
      expect(text(el, 'basis')).to.equal(
        'An illustration at the 2021 rate of some $700 billion a year, not a measurement.',
      );
      expect(el.shadowRoot!.querySelector('.visually-hidden')!.textContent.trim()).to.equal(
        'Migrants send home about $22,197 every second.',
      );
    });
  });

  describe('redraws', () => {
    it('redraws four times a second while visible, on one timer', async () => {
      clock = fakeClock();
      const el = await counter();
      const render = sinon.spy(el, 'render');
      await clock.tickAsync(1000);
      expect(render.callCount).to.equal(4);
      expect(clock.countTimers()).to.equal(1);
    });

    it('does not redraw while offscreen (IntersectionObserver), then shows the exact amount', async () => {
      clock = fakeClock();
      const wrapper = await fixture(
        html`<div><div style="block-size: 300vh"></div><migration-remittance-counter since="load"></migration-remittance-counter></div>`,
      );
      const el = wrapper.querySelector('migration-remittance-counter')!;
      await el.updateComplete;
      for (let i = 0; i < 3; i++) await nextFrame();
      const render = sinon.spy(el, 'render');
      await clock.tickAsync(10_000);
      expect(render.callCount).to.equal(0);
      expect(clock.countTimers()).to.equal(0);
      el.scrollIntoView();
      await seen(el);
      await el.updateComplete;
      expect(shown(el)).to.equal(money(perSecond * 10));
      expect(clock.countTimers()).to.equal(1);
    });

    it('leaves no timer, observer or listener after removal, and restarts on reconnect', async () => {
      clock = fakeClock();
      const disconnect = sinon.spy(IntersectionObserver.prototype, 'disconnect');
      const el = await counter();
      await clock.tickAsync(500);
      const parent = el.parentElement!;
      el.remove();
      expect(clock.countTimers()).to.equal(0);
      expect(disconnect.callCount).to.be.at.least(1);
      const render = sinon.spy(el, 'render');
      document.dispatchEvent(new Event('visibilitychange'));
      await clock.tickAsync(5000);
      expect(render.callCount).to.equal(0);
      parent.append(el);
      await seen(el);
      await el.updateComplete;
      expect(clock.countTimers()).to.equal(1);
      expect(shown(el)).to.equal(money(perSecond * 5.5));
    });

    it(`under prefers-reduced-motion redraws at most every 5 s (${isChromium ? 'Chromium, emulated for real' : 'stand-in: matchMedia'})`, async () => {
      if (isChromium) {
        await executeServerCommand('cdp', {
          method: 'Emulation.setEmulatedMedia',
          params: { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] },
        });
      } else {
        const real = window.matchMedia.bind(window);
        sinon
          .stub(window, 'matchMedia')
          .callsFake((query: string) =>
            query.includes('prefers-reduced-motion')
              ? ({ matches: true, media: query } as MediaQueryList)
              : real(query),
          );
      }
      try {
        expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
        clock = fakeClock();
        const el = await counter();
        const render = sinon.spy(el, 'render');
        await clock.tickAsync(10_000);
        expect(render.callCount).to.equal(2);
        expect(shown(el)).to.equal(money(perSecond * 10));
        // The amount holds still between redraws: nothing changes until the next 5 s are up.
        await clock.tickAsync(4_999);
        expect([render.callCount, shown(el)]).to.deep.equal([2, '$190,259']);
        await clock.tickAsync(1);
        expect([render.callCount, shown(el)]).to.deep.equal([3, '$285,388']);
      } finally {
        if (isChromium) {
          await executeServerCommand('cdp', {
            method: 'Emulation.setEmulatedMedia',
            params: { features: [{ name: 'prefers-reduced-motion', value: '' }] },
          });
        }
      }
    });
  });

  describe('steady', () => {
    it('tabular digits in a box reserved for a day of growth: at $0 it fits the amount a day later', async () => {
      clock = fakeClock(Date.UTC(2018, 0, 2));
      const dayLater = await counter(
        html`<migration-remittance-counter since="2018-01-01"></migration-remittance-counter>`,
      );
      const el = await counter();
      expect([shown(el), shown(dayLater)]).to.deep.equal(['$0', '$1,643,835,616']);
      expect(getComputedStyle(part(el, 'value')!).fontVariantNumeric).to.contain('tabular-nums');
      // The value's box spans the reserved column; the width a day later needs is that of its text alone.
      const reserved = part(el, 'value')!.getBoundingClientRect().width;
      const range = document.createRange();
      range.selectNodeContents(part(dayLater, 'value')!);
      expect(range.getBoundingClientRect().width).to.be.above(0).and.at.most(reserved);
      const height = el.getBoundingClientRect().height;
      clock.tick(hour); // one jump of the clock, then one redraw: the amount comes from the clock

      await el.updateComplete;
      expect(shown(el)).to.equal('$68,493,151');
      expect(part(el, 'value')!.getBoundingClientRect().width).to.equal(reserved);
      expect(el.getBoundingClientRect().height).to.equal(height);
    });
  });

  describe('pause', () => {
    it('the button pauses and resumes by keyboard (Space, Enter); its name says what it will do; the attribute reflects', async () => {
      const el = await counter();
      const witness = await counter(); // keeps running beside it: its redraws show time passing
      button(el).focus();
      await sendKeys({ press: ' ' }); // the Space key, by the name every engine's driver knows
      await el.updateComplete;
      expect(el.paused).to.equal(true);
      expect(el.hasAttribute('paused')).to.equal(true);
      expect(button(el).hasAttribute('aria-pressed'), 'a name that changes, not a pressed state').to.equal(false);
      expect(button(el).textContent.trim()).to.equal('Resume');
      expect(
        getComputedStyle(el.shadowRoot!.querySelector('[part~="value"]')!).textDecorationStyle,
        'amount marked paused',
      ).to.equal('dashed');
      const frozen = shown(el);
      // Two redraws of the witness: more than one redraw interval has passed since the pause.
      const seenAmounts = new Set([shown(witness)]);
      await waitUntil(() => seenAmounts.add(shown(witness)).size > 2, 'the witness to redraw twice', { timeout: 5000 });
      await el.updateComplete;
      expect(shown(el)).to.equal(frozen);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.paused).to.equal(false);
      expect(button(el).textContent.trim()).to.equal('Pause');
      await waitUntil(() => shown(el) !== frozen, 'the amount to move again', { timeout: 5000 });
    });

    it('pause() freezes the amount, resume() continues from it; the events carry it (fake clock)', async () => {
      clock = fakeClock();
      const el = await counter();
      const events: Event[] = [];
      const parent = el.parentElement!;
      parent.addEventListener('migration-counter-pause', (e) => {
        expect(el.paused, 'state committed before the event').to.equal(true);
        events.push(e);
      });
      parent.addEventListener('migration-counter-resume', (e) => {
        expect(el.paused, 'state committed before the event').to.equal(false);
        events.push(e);
      });
      await clock.tickAsync(2000);
      el.pause();
      el.pause();
      await el.updateComplete;
      expect(clock.countTimers()).to.equal(0);
      await clock.tickAsync(hour);
      await el.updateComplete;
      expect(shown(el)).to.equal(money(perSecond * 2));
      el.resume();
      await clock.tickAsync(1000);
      await el.updateComplete;
      expect(shown(el)).to.equal(money(perSecond * 3));
      expect(events.map((e) => e.type)).to.deep.equal(['migration-counter-pause', 'migration-counter-resume']);
      const [paused, resumed] = events as [CounterPauseEvent, CounterResumeEvent];
      expect(paused).to.be.instanceOf(CounterPauseEvent);
      expect(resumed).to.be.instanceOf(CounterResumeEvent);
      expect(paused.amount).to.be.closeTo(perSecond * 2, 1e-6);
      expect(resumed.amount).to.be.closeTo(perSecond * 2, 1e-6);
      expect([paused.bubbles, paused.composed, resumed.bubbles, resumed.composed]).to.deep.equal([
        true,
        false,
        true,
        false,
      ]);
    });

    it('the paused attribute starts it frozen at $0 in view mode and exposes the amount to screen readers', async () => {
      clock = fakeClock();
      const el = await counter(html`<migration-remittance-counter paused></migration-remittance-counter>`);
      await clock.tickAsync(5000);
      await el.updateComplete;
      expect(shown(el)).to.equal('$0');
      expect(part(el, 'lead')!.hasAttribute('aria-hidden')).to.equal(false);
      el.removeAttribute('paused');
      await clock.tickAsync(1000);
      await el.updateComplete;
      expect(shown(el)).to.equal(money(perSecond));
      expect(part(el, 'lead')!.getAttribute('aria-hidden')).to.equal('true');
    });
  });

  describe('a11y', () => {
    for (const theme of ['light', 'dark']) {
      it(`passes axe in the ${theme} theme, ticking and paused`, async () => {
        const el = await counter(html`<migration-remittance-counter theme=${theme}></migration-remittance-counter>`);
        await expect(el).to.be.accessible();
        el.pause();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }

    it('hides the ticking digits from screen readers and keeps one stable sentence', async () => {
      const el = await counter();
      expect(part(el, 'lead')!.getAttribute('aria-hidden')).to.equal('true');
      const stable = el.shadowRoot!.querySelector('.visually-hidden')!;
      expect(stable.textContent.trim()).to.equal('Migrants send home about $19,026 every second.');
      expect(stable.getBoundingClientRect().width).to.be.at.most(1);
      expect(button(el).type).to.equal('button');
    });
  });

  describe('locale', () => {
    for (const lang of ['fr', 'ar', 'zh']) {
      it(`${lang}: amounts as Intl gives them, the ${lang} strings${lang === 'ar' ? ', right to left' : ''}`, async () => {
        clock = fakeClock();
        const wrapper = await fixture(
          html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}><migration-remittance-counter></migration-remittance-counter></div>`,
        );
        const el = wrapper.querySelector('migration-remittance-counter')!;
        await seen(el);
        await clock.tickAsync(1000);
        await el.updateComplete;
        const strings = stringsFor(lang);
        expect(shown(el)).to.equal(money(perSecond, lang));
        expect(text(el, 'lead')).to.contain(strings.counterSinceView);
        // The exact sentences in each language: test/languages.test.ts.
        expect(text(el, 'basis')).to.contain('World Bank estimates');
        expect(button(el).textContent.trim()).to.equal(strings.pause);
        expect(getComputedStyle(part(el, 'basis')!).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      });
    }

    it('re-renders in the new language when the page switches', async () => {
      const wrapper = await fixture(
        html`<div lang="en"><migration-remittance-counter paused></migration-remittance-counter></div>`,
      );
      const el = wrapper.querySelector('migration-remittance-counter')!;
      await el.updateComplete;
      wrapper.setAttribute('lang', 'es');
      await nextFrame();
      await el.updateComplete;
      expect(button(el).textContent.trim()).to.equal('Reanudar');
      expect(text(el, 'lead')).to.contain(stringsFor('es').counterSinceView);
    });
  });

  describe('bad input', () => {
    const cases: Array<[string, string, string]> = [
      ['annual-amount', 'abc', 'annual-amount="abc"'],
      ['annual-amount', '-1', 'annual-amount="-1"'],
      ['annual-amount', '0', 'annual-amount="0"'],
      ['annual-amount', '1e400', 'annual-amount="1e400"'],
      ['annual-amount', '1e300', 'annual-amount="1e300"'],
      ['since', 'not-a-date', 'since="not-a-date"'],
      ['since', '2999-01-01', 'since="2999-01-01"'],
      ['currency', 'ZZZ', 'currency="ZZZ"'],
      ['year', '0000', 'year="0000"'],
    ];
    for (const [attribute, value, named] of cases) {
      it(`${named}: no exception, no NaN, the built-in value, one warning`, async () => {
        clock = fakeClock();
        const warnings = captureWarnings();
        try {
          const el = document.createElement('migration-remittance-counter');
          el.setAttribute(attribute, value);
          const wrapper = await fixture(html`<div></div>`);
          wrapper.append(el);
          wrapper.append(el.cloneNode());
          await seen(el);
          await el.updateComplete;
          await clock.tickAsync(1000);
          await el.updateComplete;
          expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined|Infinity|null/);
          expect(shown(el)).to.equal(money(perSecond));
          expect(text(el, 'basis')).to.equal(
            'An illustration at the 2017 rate of some $600 billion a year (World Bank estimates), not a measurement.',
          );
          const mine = ours(warnings.messages);
          expect(mine).to.have.length(1);
          expect(mine[0]).to.contain('<migration-remittance-counter>').and.to.contain(`${attribute}="${value}"`);
        } finally {
          warnings.restore();
        }
      });
    }
  });
});
