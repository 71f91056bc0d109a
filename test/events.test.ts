// Every reader action fires a typed event named migration-<element>-<action> that bubbles (not
// composed) with its detail, so a partner can count them. Clipboard and share are in-page stand-ins
// here (every engine); the quote block's own suite copies through Chromium's real clipboard.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import {
  CounterPauseEvent,
  CounterResumeEvent,
  QuoteCopyEvent,
  QuoteShareEvent,
  QuoteToggleEvent,
  SummaryToggleEvent,
  type QuoteBlock,
  type RemittanceCounter,
  type SummaryPanel,
} from '../src/index.js';

const button = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${name}"]`)!;

/** Replaces a navigator member for one test (the in-page stand-in); returns the undo. */
function standIn(name: 'clipboard' | 'share', value: unknown): () => void {
  Object.defineProperty(navigator, name, { value, configurable: true });
  return () => delete (navigator as unknown as Record<string, unknown>)[name];
}

/** The next event of this type on `target`, typed as the class it is. */
const next = <T extends Event>(target: EventTarget, type: string) => oneEvent(target, type) as unknown as Promise<T>;

async function inWrapper<T extends Element>(template: ReturnType<typeof html>, tag: string) {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector(tag) as T & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  return { wrapper, el };
}

describe('reader actions fire typed, bubbling events', () => {
  it('quote block: "Copy quote" fires migration-quote-block-copy with the copied text', async () => {
    const undo = standIn('clipboard', { writeText: async () => undefined });
    try {
      const { wrapper, el } = await inWrapper<QuoteBlock>(
        html`<migration-quote-block text="Our words." speaker="Ana Silva"></migration-quote-block>`,
        'migration-quote-block',
      );
      const heard = next<QuoteCopyEvent>(wrapper, 'migration-quote-block-copy');
      button(el, 'copy-button').click();
      const event = await heard;
      expect(event).to.be.instanceOf(QuoteCopyEvent);
      expect(event.composed).to.equal(false);
      expect(event.text).to.equal('“Our words.” — Ana Silva.');
      expect(event.copied).to.equal(true);
    } finally {
      undo();
    }
  });

  it('quote block: a refused copy fires the event with copied false', async () => {
    const undo = standIn('clipboard', undefined);
    try {
      const { wrapper, el } = await inWrapper<QuoteBlock>(
        html`<migration-quote-block text="Our words."></migration-quote-block>`,
        'migration-quote-block',
      );
      const heard = next<QuoteCopyEvent>(wrapper, 'migration-quote-block-copy');
      button(el, 'copy-button').click();
      expect((await heard).copied).to.equal(false);
    } finally {
      undo();
    }
  });

  it('quote block: "Share" fires migration-quote-block-share once the sheet took it', async () => {
    const undo = standIn('share', async () => undefined);
    try {
      const { wrapper, el } = await inWrapper<QuoteBlock>(
        html`<migration-quote-block text="Our words."></migration-quote-block>`,
        'migration-quote-block',
      );
      await el.updateComplete;
      const heard = next<QuoteShareEvent>(wrapper, 'migration-quote-block-share');
      button(el, 'share-button').click();
      const event = await heard;
      expect(event).to.be.instanceOf(QuoteShareEvent);
      expect(event.text).to.equal('“Our words.”');
    } finally {
      undo();
    }
  });

  it('quote block: "Show more" / "Show less" fires migration-quote-block-toggle with expanded', async () => {
    const { wrapper, el } = await inWrapper<QuoteBlock>(
      html`<div style="inline-size: 10rem"><migration-quote-block clamp="1"></migration-quote-block></div>`,
      'migration-quote-block',
    );
    const more = button(el, 'more-button');
    let heard = next<QuoteToggleEvent>(wrapper, 'migration-quote-block-toggle');
    more.click();
    const opened = await heard;
    expect(opened).to.be.instanceOf(QuoteToggleEvent);
    expect(opened.expanded).to.equal(true);
    heard = next<QuoteToggleEvent>(wrapper, 'migration-quote-block-toggle');
    more.click();
    expect((await heard).expanded).to.equal(false);
  });

  it('summary panel: "Hide summary" / "Show summary" fires migration-summary-panel-toggle with collapsed', async () => {
    const { wrapper, el } = await inWrapper<SummaryPanel>(
      html`<migration-summary-panel></migration-summary-panel>`,
      'migration-summary-panel',
    );
    const toggle = button(el, 'toggle-button');
    expect(toggle.part.contains('button') && toggle.part.contains('toggle')).to.equal(true, 'old part name kept');
    const heard = next<SummaryToggleEvent>(wrapper, 'migration-summary-panel-toggle');
    toggle.click();
    const event = await heard;
    expect(event).to.be.instanceOf(SummaryToggleEvent);
    expect(event.collapsed).to.equal(true);
    expect(el.collapsed).to.equal(true);
  });

  it('remittance counter: pause and resume fire migration-remittance-counter-pause/-resume, and the old names until 0.3', async () => {
    const { wrapper, el } = await inWrapper<RemittanceCounter>(
      html`<migration-remittance-counter since="load"></migration-remittance-counter>`,
      'migration-remittance-counter',
    );
    const heard: Event[] = [];
    for (const type of [
      'migration-remittance-counter-pause',
      'migration-counter-pause',
      'migration-remittance-counter-resume',
      'migration-counter-resume',
    ])
      wrapper.addEventListener(type, (event) => heard.push(event));
    const pause = button(el, 'pause-button');
    expect(getComputedStyle(pause).borderTopWidth).to.equal('2px');
    pause.click();
    pause.click();
    expect(heard.map((event) => event.type)).to.deep.equal([
      'migration-remittance-counter-pause',
      'migration-counter-pause',
      'migration-remittance-counter-resume',
      'migration-counter-resume',
    ]);
    expect(heard[0]).to.be.instanceOf(CounterPauseEvent);
    expect(heard[2]).to.be.instanceOf(CounterResumeEvent);
    expect((heard[0] as CounterPauseEvent).amount).to.be.greaterThan(0);
  });
});
