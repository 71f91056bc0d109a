// The standalone file in hardened JavaScript environments: SES lockdown(), frozen intrinsics without SES, and an
// Object.prototype polluted by another script. (Before 0.2 the first two failed: the accessor decorators' down-levelling
// wrote Symbol.metadata on a frozen Symbol.)
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
  // A render that throws is caught by the element and reported here (SES's console is frozen: there, an empty shadow root tells).
  if (!Object.isFrozen(win.console))
    win.console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  return errors;
}

/** What SES's lockdown() freezes, frozen by hand: every global constructor and namespace, with its prototype. */
const freezeIntrinsics = `
  for (const name of Object.getOwnPropertyNames(globalThis)) {
    if (!/^[A-Z]/.test(name)) continue;
    const value = globalThis[name];
    if ((typeof value !== 'function' && typeof value !== 'object') || value === null) continue;
    Object.freeze(value);
    if (value.prototype) Object.freeze(value.prototype);
  }
  for (const value of [Object.prototype, Function.prototype, Array.prototype, Symbol, Reflect, Math, JSON, Intl]) Object.freeze(value);
`;

describe('hardening: hardened JavaScript environments', () => {
  it('under SES lockdown() every widget renders its own words', async () => {
    const ses = `${location.origin}/node_modules/ses/dist/ses.umd.js`;
    const win = await framePage(widgets, `<script src="${ses}"></script><script>lockdown();</script>`);
    const errors = recordErrors(win);
    expect(Object.isFrozen(win.Symbol), 'lockdown() ran').to.equal(true);
    await loadModule(win, bundle);
    await allRender(win, errors);
  });

  it('with frozen intrinsics (no SES) every widget renders its own words', async () => {
    const win = await framePage(widgets, `<script>${freezeIntrinsics}</script>`);
    const errors = recordErrors(win);
    expect(Object.isFrozen(win.Array.prototype), 'intrinsics frozen').to.equal(true);
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
