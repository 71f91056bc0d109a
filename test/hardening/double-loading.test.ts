// Two copies of the library on one page, or a tag already taken: no exception, one warning,
// every widget of ours renders.
import { expect } from '@open-wc/testing';
import { framePage, loadModule, widgetTags } from '../support/frame-page.js';

const bundle = `${location.origin}/dist/migration-widgets.js`;
const widgets = widgetTags.map((tag) => `<${tag}></${tag}>`).join('');

function record(win: Window) {
  const errors: string[] = [];
  const warnings: string[] = [];
  win.addEventListener('error', (event) => errors.push(String(event.message)));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const console = (win as unknown as { console: Console }).console;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { errors, ours: () => warnings.filter((m) => m.startsWith('migration-widgets ')) };
}

async function rendered(win: Window, tag: string): Promise<boolean> {
  await win.customElements.whenDefined(tag);
  const element = win.document.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(tag);
  await element?.updateComplete;
  return (element?.shadowRoot?.textContent?.trim().length ?? 0) > 0;
}

describe('hardening: double loading', () => {
  it('the standalone bundle plus the npm modules: one warning, every widget renders', async () => {
    const win = await framePage(widgets);
    const log = record(win);
    await loadModule(win, bundle);
    await loadModule(win, `${location.origin}/src/index.ts`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(log.errors).to.deep.equal([]);
    expect(log.ours()).to.have.length(1);
    for (const tag of widgetTags) expect(await rendered(win, tag), tag).to.equal(true);
  });

  it('a tag taken by an unrelated class stays theirs; the other widgets render', async () => {
    const win = await framePage(widgets);
    const log = record(win);
    class Theirs extends win.HTMLElement {
      connectedCallback() {
        this.textContent = 'their element';
      }
    }
    win.customElements.define('migration-quote-block', Theirs);
    await loadModule(win, bundle);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(log.errors).to.deep.equal([]);
    expect(win.customElements.get('migration-quote-block')).to.equal(Theirs);
    expect(win.document.querySelector('migration-quote-block')!.textContent).to.equal('their element');
    expect(log.ours()).to.have.length(1);
    expect(log.ours()[0]).to.include("<migration-quote-block> (another script's element)");
    for (const tag of widgetTags.filter((t) => t !== 'migration-quote-block')) {
      expect(await rendered(win, tag), tag).to.equal(true);
    }
  });
});

describe('hardening: properties set before the element is defined', () => {
  it('take effect once the script loads (a framework rendering first)', async () => {
    const win = await framePage(widgets);
    const set = (tag: string, name: string, value: unknown) =>
      ((win.document.querySelector(tag) as unknown as Record<string, unknown>)[name] = value);
    set('migration-stat-card', 'fact', 'earnings-remitted');
    set('migration-quote-block', 'quote', 'matter-of-choice');
    set('migration-remittance-counter', 'paused', true);
    set('migration-summary-panel', 'collapsed', true);
    await loadModule(win, bundle);
    for (const tag of widgetTags) await rendered(win, tag);
    const text = (tag: string) => win.document.querySelector(tag)!.shadowRoot!.textContent;
    expect(text('migration-stat-card')).to.include(new Intl.NumberFormat('en', { style: 'percent' }).format(0.15));
    expect(text('migration-quote-block')).to.include('matter of choice, not necessity');
    expect(win.document.querySelector('migration-remittance-counter')!.hasAttribute('paused')).to.equal(true);
    expect(win.document.querySelector('migration-summary-panel')!.hasAttribute('collapsed')).to.equal(true);
  });
});
