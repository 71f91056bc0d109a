// The standalone file in a hardened JavaScript environment: an Object.prototype polluted by another script.
// (SES lockdown() and frozen intrinsics still fail: Lit's accessor decorators need a writable Symbol.metadata.)
import { expect } from '@open-wc/testing';
import { framePage, loadModule, widgetTags } from '../support/frame-page.js';

const bundle = `${location.origin}/dist/migration-widgets.js`;
const widgets = widgetTags.map((tag) => `<${tag}>fallback</${tag}>`).join('');

/** Every widget rendered its own shadow tree (not just the fallback), and no error reached the page. */
async function allRender(win: Window & typeof globalThis, errors: string[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(errors).to.deep.equal([]);
  for (const tag of widgetTags) {
    expect(win.customElements.get(tag), `${tag} defined`).not.to.equal(undefined);
    const element = win.document.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
    await element.updateComplete;
    expect(element.shadowRoot?.textContent?.trim().length ?? 0, `${tag} rendered`).to.be.above(0);
  }
  expect(errors).to.deep.equal([]);
}

function recordErrors(win: Window & typeof globalThis): string[] {
  const errors: string[] = [];
  win.addEventListener('error', (event) => errors.push(String(event.message)));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  // A render that throws is caught by the element and reported here.
  win.console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  return errors;
}

describe('hardening: hardened JavaScript environments', () => {
  it('with a polluted Object.prototype every widget renders its own words', async () => {
    const win = await framePage(widgets);
    const errors = recordErrors(win);
    const proto = win.Object.prototype as Record<string, unknown>;
    // Names our code reads from plain objects (not descriptor fields such as value or get, nor Lit's property options: those break any script).
    const keys = [
      'polluted',
      'lang',
      'year',
      'amount',
      'source',
      'label',
      'en',
      'quote',
      'text',
      'fact',
      'figureLabels',
    ];
    for (const key of keys) proto[key] = 'POLLUTED';
    try {
      await loadModule(win, bundle);
      await allRender(win, errors);
      for (const tag of widgetTags) {
        expect(win.document.querySelector(tag)!.shadowRoot!.textContent, tag).not.to.include('POLLUTED');
      }
    } finally {
      for (const key of keys) delete proto[key];
    }
  });
});
