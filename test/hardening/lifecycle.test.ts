// 1,000 connect, move and disconnect cycles of each element leave nothing running.
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { instrumentRunningWork } from '../support/instrument.js';
import { widgetTags as tags } from '../support/frame-page.js';

const cycles = 1000;
const idle = { timeouts: 0, intervals: 0, frames: 0, observers: 0, listeners: [] };

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

for (const tag of tags) {
  describe(`hardening: lifecycle of <${tag}>`, () => {
    it(`${cycles} connect, move and disconnect cycles leave no timer, frame, observer or listener`, async () => {
      const a = document.createElement('div');
      const b = document.createElement('div');
      document.body.append(a, b);
      const tracker = instrumentRunningWork();
      try {
        const element = document.createElement(tag) as LitElement;
        // A timed counter, an animated card and a clamped quote must really start, or the test proves nothing.
        element.setAttribute('since', 'load');
        element.setAttribute('clamp', '2');
        let sawWork = false;
        for (let i = 0; i < cycles; i += 1) {
          a.append(element);
          if (i % 100 === 0) {
            await element.updateComplete;
            await frame();
            const live = tracker.live();
            sawWork ||= live.timeouts + live.intervals + live.frames + live.observers + live.listeners.length > 0;
          }
          b.append(element);
          element.remove();
        }
        await frame();
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(sawWork, 'the element did some work while connected').to.equal(true);
        expect(tracker.live()).to.deep.equal(idle);
      } finally {
        tracker.restore();
        a.remove();
        b.remove();
      }
    });
  });
}

describe('hardening: the counter’s redraw timer', () => {
  it('its redraw timer stops the moment the counter leaves the page, not at its next redraw', async () => {
    const tracker = instrumentRunningWork();
    const element = document.createElement('migration-remittance-counter');
    try {
      element.setAttribute('since', 'load');
      document.body.append(element);
      // Frame by frame, not waitUntil: its own timeouts would count.
      while (tracker.live().timeouts === 0) await frame();
      element.remove();
      expect(tracker.live().timeouts).to.equal(0);
    } finally {
      element.remove();
      tracker.restore();
    }
  });
});

describe('hardening: a stat card watches the viewport only while its count-up waits', () => {
  const rendered = async (element: HTMLElement) => {
    await (element as LitElement).updateComplete;
    await frame();
  };

  it('a card that will never count (no-animation) watches nothing; one waiting out of view watches itself', async () => {
    const tracker = instrumentRunningWork();
    const spacer = document.createElement('div');
    spacer.style.blockSize = '300vh';
    const still = document.createElement('migration-stat-card');
    still.setAttribute('no-animation', '');
    const waiting = document.createElement('migration-stat-card');
    try {
      document.body.append(still, spacer, waiting);
      await rendered(still);
      await rendered(waiting);
      expect(tracker.watching('IntersectionObserver'), 'the waiting card').to.equal(1);
      waiting.remove();
      expect(tracker.watching('IntersectionObserver'), 'the card that never counts').to.equal(0);
    } finally {
      still.remove();
      spacer.remove();
      waiting.remove();
      tracker.restore();
    }
  });

  it('a card in view stops watching once it has counted up', async () => {
    const tracker = instrumentRunningWork();
    const element = document.createElement('migration-stat-card');
    try {
      document.body.prepend(element);
      await rendered(element);
      const value = () => element.shadowRoot!.querySelector('[part~="value"]')!;
      const counting = () => value().querySelector('[data-counting]') !== null;
      // Frame by frame, not waitUntil: the count-up runs on frames, one second long. Until it has started and ended.
      let counted = false;
      for (let frames = 0; frames < 600 && (!counted || counting()); frames += 1) {
        counted ||= counting();
        await frame();
      }
      expect(counted, 'the card counted up').to.equal(true);
      expect(value().textContent).to.equal('258 million');
      expect(tracker.watching('IntersectionObserver')).to.equal(0);
    } finally {
      element.remove();
      tracker.restore();
    }
  });
});
