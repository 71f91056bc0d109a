// Prerendered widgets with the script never loaded (this file imports no element): every word and
// link is there, nothing overflows a phone's column, and no control that needs a script is shown.
import { ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';

const modules = ['../../dist/index.js'];
const page = (lang: string, dir: string) =>
  html`<div lang=${lang} dir=${dir} style="inline-size: 360px">
    <migration-stat-card fact="remittances-2017"></migration-stat-card>
    <migration-quote-block></migration-quote-block>
    <migration-remittance-counter></migration-remittance-counter>
    <migration-summary-panel></migration-summary-panel>
  </div>`;

/** Elements in the widget's shadow root wider than the widget. */
function overflowing(host: Element): string[] {
  const width = host.getBoundingClientRect().width;
  return [...host.shadowRoot!.querySelectorAll('*')]
    .filter((node) => node.getBoundingClientRect().width > width + 0.5)
    .map((node) => `${host.localName} ${node.localName}.${node.getAttribute('part') ?? ''}`);
}

/** Buttons a reader can see. */
const visibleButtons = (host: Element) =>
  [...host.shadowRoot!.querySelectorAll('button')].filter((b) => b.checkVisibility({ visibilityProperty: true }));

for (const [lang, dir] of <Array<[string, string]>>[
  ['en', 'ltr'],
  ['ar', 'rtl'],
]) {
  describe(`prerendered widgets without a script (${lang})`, () => {
    it('show their design and links, fit 360 px and show no control that needs the script', async () => {
      const container = await ssrNonHydratedFixture(page(lang, dir), { modules });
      const hosts = [...container.children];
      expect(customElements.get('migration-stat-card'), 'no script').to.equal(undefined);
      expect(hosts.map((host) => host.shadowRoot?.querySelectorAll('a[href]').length)).to.deep.equal([4, 2, 4, 7]);
      expect(hosts.flatMap(overflowing)).to.deep.equal([]);
      expect(hosts.flatMap(visibleButtons).map((b) => b.textContent.trim())).to.deep.equal([]);
    });
  });
}

describe('a prerendered summary panel without a script', () => {
  it('the summary panel shows and hides its summary, a <details> that needs no script', async () => {
    const container = await ssrNonHydratedFixture(page('en', 'ltr'), { modules });
    const root = container.querySelector('migration-summary-panel')!.shadowRoot!;
    const toggle = root.querySelector<HTMLElement>('[part~="toggle-button"]')!;
    const shown = (name: string) => root.querySelector(`[part~="${name}"]`)!.checkVisibility();
    expect([toggle.innerText.trim(), shown('meta'), shown('details')]).to.deep.equal(['Hide summary', true, true]);
    toggle.click();
    expect(customElements.get('migration-summary-panel'), 'no script').to.equal(undefined);
    expect([toggle.innerText.trim(), shown('meta'), shown('details')]).to.deep.equal(['Show summary', false, false]);
    toggle.click();
    expect([toggle.innerText.trim(), shown('meta'), shown('details')]).to.deep.equal(['Hide summary', true, true]);
  });
});
