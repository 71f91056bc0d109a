// A laptop that sleeps or a phone that locks: the monotonic clock stops, the wall clock does not.
// The counter must show the wall-clock amount as soon as it runs again.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/remittance-counter.js';
import type { RemittanceCounter } from '../../src/remittance-counter.js';
import { seen } from '../support/seen.js';

const hour = 3_600_000;

const shown = (el: RemittanceCounter) => el.shadowRoot!.querySelector('[part~="value"]')!.textContent.trim();

describe('hardening: the wall clock wins', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());

  /** A counter since 2018-01-01, on a fake clock at 2018-01-02 00:00 UTC: one day in. */
  async function counterOneDayIn() {
    const fake = sinon.useFakeTimers({
      now: Date.UTC(2018, 0, 2),
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
    });
    clock = fake;
    const el = await fixture<RemittanceCounter>(
      html`<migration-remittance-counter since="2018-01-01"></migration-remittance-counter>`,
    );
    await seen(el);
    await el.updateComplete;
    return { el, fake };
  }

  it('after a simulated 8 h sleep (performance.now frozen, Date.now 8 h on) the amount is the wall-clock amount', async () => {
    const { el, fake } = await counterOneDayIn();
    // USD 600 billion a year over 365 days, for one day.
    expect(shown(el)).to.equal('$1,643,835,616');
    // The sleep: only the wall clock moves (setSystemTime leaves performance.now and the timers alone).
    fake.setSystemTime(Date.now() + 8 * hour);
    fake.tick(250); // the first redraw after waking
    await el.updateComplete;
    // One day, eight hours and 250 ms (not one day and 250 ms: $1,643,840,373).
    expect(shown(el)).to.equal('$2,191,785,578');
  });

  it('a clock set back before the start shows nothing sent yet, never a negative amount', async () => {
    const { el, fake } = await counterOneDayIn();
    expect(shown(el)).to.equal('$1,643,835,616');
    // The reader's device clock is put back two days, before the counter's start.
    fake.setSystemTime(Date.UTC(2017, 11, 31));
    fake.tick(250);
    await el.updateComplete;
    expect(shown(el)).to.equal('$0');
  });
});
