// The standalone file in hardened JavaScript environments: SES lockdown() (as MetaMask snaps and
// Agoric pages run), intrinsics frozen by hand, and an Object.prototype polluted by another script.
import { expect } from '@open-wc/testing';
import { framePage, loadModule, widgetTags } from '../support/frame-page.js';

const bundle = `${location.origin}/dist/migration-widgets.js`;
const widgets = widgetTags.map((tag) => `<${tag}>fallback</${tag}>`).join('');

function loadScript(win: Window, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = win.document.createElement('script');
    script.src = url;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${url}`));
    win.document.head.append(script);
  });
}

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
  it('under SES lockdown() the standalone file evaluates and every widget renders', async () => {
    const win = await framePage(widgets);
    const errors = recordErrors(win);
    await loadScript(win, `${location.origin}/node_modules/ses/dist/ses.umd.js`);
    (win as unknown as { lockdown: (options?: object) => void }).lockdown({
      errorTaming: 'unsafe',
      consoleTaming: 'unsafe',
    });
    expect(Object.isFrozen(win.Symbol), 'lockdown froze Symbol').to.equal(true);
    await loadModule(win, bundle);
    await allRender(win, errors);
  });

  it('with frozen intrinsics (Object, Symbol, Array, their prototypes) every widget renders', async () => {
    const win = await framePage(widgets);
    const errors = recordErrors(win);
    for (const intrinsic of [win.Object, win.Symbol, win.Array, win.Function, win.Promise, win.Reflect, win.JSON])
      Object.freeze(intrinsic);
    for (const proto of [win.Object.prototype, win.Array.prototype, win.Function.prototype, win.Promise.prototype])
      Object.freeze(proto);
    await loadModule(win, bundle);
    await allRender(win, errors);
  });

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
