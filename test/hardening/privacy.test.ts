// During a whole demo session (the demo page's widgets, scrolled through and operated), no widget
// makes a network request, sets a cookie, or touches localStorage, sessionStorage or IndexedDB.
import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { widgetTags } from '../support/frame-page.js';

describe('hardening: privacy during a demo session', () => {
  it('no request, no cookie, no storage, no IndexedDB', async () => {
    // The demo page's own markup, widgets and all, brought into this instrumented page.
    const demoHtml = await (await fetch('/demo/index.html')).text();
    const touched: string[] = [];
    const restore: Array<() => void> = [];
    const spy = <T extends object>(target: T, name: keyof T & string, label: string) => {
      const original = target[name] as unknown as (...args: unknown[]) => unknown;
      (target as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
        touched.push(label);
        return original.apply(this, args);
      };
      restore.push(() => ((target as Record<string, unknown>)[name] = original));
    };
    for (const name of ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const)
      spy(Storage.prototype, name, `Storage.${name}`);
    spy(IDBFactory.prototype, 'open', 'indexedDB.open');
    spy(window, 'fetch', 'fetch');
    spy(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest');
    spy(navigator, 'sendBeacon', 'sendBeacon');
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => (touched.push('cookie read'), cookie.get!.call(document) as string),
      set: (value) => (touched.push('cookie write'), cookie.set!.call(document, value)),
    });
    restore.push(() => delete (document as unknown as Record<string, unknown>).cookie);
    const requestsBefore = performance.getEntriesByType('resource').length;
    const demo = new DOMParser().parseFromString(demoHtml, 'text/html');
    // The partner page's own scripts, styles and pictures are not the widgets' requests.
    demo.querySelectorAll('script, link, img, picture, iframe').forEach((node) => node.remove());
    const container = document.createElement('div');
    container.append(...Array.from(demo.body.childNodes).map((node) => document.importNode(node, true)));
    try {
      document.body.append(container);
      const widgets = [...container.querySelectorAll<LitElement>(widgetTags.join(', '))];
      expect(widgets.length).to.be.greaterThan(3);
      for (const widget of widgets) {
        widget.scrollIntoView();
        await widget.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        // Operate every control a reader can: pause, show more, expand…
        for (const button of widget.shadowRoot!.querySelectorAll('button')) {
          if (!/copy|share/i.test(button.textContent ?? '') && !/copy|share/i.test(button.getAttribute('part') ?? ''))
            button.click();
        }
        await widget.updateComplete;
      }
      // The widgets' timed work has run while watched: every count-up in view has ended.
      const inViewport = (widget: Element) => {
        const { top, bottom } = widget.getBoundingClientRect();
        return bottom > 0 && top < innerHeight;
      };
      await waitUntil(
        () => widgets.filter(inViewport).every((widget) => !widget.shadowRoot!.querySelector('[data-counting]')),
        'count-ups to end',
        { timeout: 5000 },
      );
      expect(touched).to.deep.equal([]);
      expect(
        performance
          .getEntriesByType('resource')
          .slice(requestsBefore)
          .map((entry) => entry.name),
        'requests',
      ).to.deep.equal([]);
    } finally {
      container.remove();
      for (const undo of restore.reverse()) undo();
    }
  });
});
