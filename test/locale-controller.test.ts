import { expect, fixture, html as fixtureHtml, nextFrame } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import sinon from 'sinon';
import { LocaleController } from '../src/locale-controller.js';
import { registerStrings } from '../src/i18n/index.js';
import { captureWarnings, ours } from './support/console.js';

class LocaleProbe extends LitElement {
  readonly locale = new LocaleController(this);
  renders = 0;
  override render() {
    this.renders += 1;
    return html`<span>${this.locale.lang} ${this.locale.dir} ${this.locale.strings.readReport}</span>`;
  }
}
customElements.define('locale-probe', LocaleProbe);

const text = (el: LocaleProbe) => el.shadowRoot!.textContent.trim();

describe('LocaleController', () => {
  it('takes the nearest [lang] ancestor and direction', async () => {
    const wrapper = await fixture(
      fixtureHtml`<div lang="fr"><section dir="rtl" lang="ar"><locale-probe></locale-probe></section></div>`,
    );
    const probe = wrapper.querySelector('locale-probe') as LocaleProbe;
    await probe.updateComplete;
    expect(text(probe)).to.equal('ar rtl اقرأ التقرير');
  });

  it('falls back to the document language, then English', async () => {
    const before = document.documentElement.lang;
    document.documentElement.lang = 'es';
    const probe = await fixture<LocaleProbe>(fixtureHtml`<locale-probe></locale-probe>`);
    expect(text(probe)).to.equal('es ltr Leer el informe');
    document.documentElement.removeAttribute('lang');
    await nextFrame();
    await probe.updateComplete;
    expect(text(probe)).to.equal('en ltr Read the report');
    document.documentElement.lang = before;
  });

  it('crosses shadow roots to find the language', async () => {
    const outer = await fixture(fixtureHtml`<div lang="ru"></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const probe = document.createElement('locale-probe') as LocaleProbe;
    shadow.append(probe);
    await probe.updateComplete;
    expect(text(probe)).to.equal('ru ltr Читать доклад');
  });

  it('re-renders once when an ancestor switches language or direction', async () => {
    const wrapper = await fixture(fixtureHtml`<div lang="en"><locale-probe></locale-probe></div>`);
    const probe = wrapper.querySelector('locale-probe') as LocaleProbe;
    await probe.updateComplete;
    const renders = probe.renders;
    wrapper.setAttribute('lang', 'zh');
    wrapper.setAttribute('dir', 'rtl');
    await nextFrame();
    await probe.updateComplete;
    expect(text(probe)).to.equal('zh rtl 阅读报告');
    expect(probe.renders).to.equal(renders + 1);
    wrapper.setAttribute('title', 'unrelated');
    await nextFrame();
    expect(probe.renders).to.equal(renders + 1);
  });

  it('follows a change of direction alone', async () => {
    const wrapper = await fixture(fixtureHtml`<div lang="ar" dir="ltr"><locale-probe></locale-probe></div>`);
    const probe = wrapper.querySelector('locale-probe') as LocaleProbe;
    await probe.updateComplete;
    expect(text(probe)).to.equal('ar ltr اقرأ التقرير');
    wrapper.setAttribute('dir', 'rtl');
    await nextFrame();
    await probe.updateComplete;
    expect(text(probe)).to.equal('ar rtl اقرأ التقرير');
  });

  it('an unknown language code warns once and uses English', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture(
        fixtureHtml`<div lang="not a language!"><locale-probe></locale-probe><locale-probe></locale-probe></div>`,
      );
      const probe = wrapper.querySelector('locale-probe') as LocaleProbe;
      await probe.updateComplete;
      expect(text(probe)).to.equal('en ltr Read the report');
      expect(ours(warnings.messages)).to.deep.equal([
        '<locale-probe>: ignoring lang="not a language!" (not a language this browser knows); using English.',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('re-renders when a partner registers strings', async () => {
    const probe = await fixture<LocaleProbe>(fixtureHtml`<locale-probe lang="en-x-test"></locale-probe>`);
    registerStrings('en-x-test', { readReport: 'Open the PDF' });
    await probe.updateComplete;
    expect(text(probe)).to.equal('en-x-test ltr Open the PDF');
  });

  it('a widget that left the page no longer follows registerStrings', async () => {
    const probe = await fixture<LocaleProbe>(fixtureHtml`<locale-probe lang="en-x-gone"></locale-probe>`);
    probe.remove();
    const renders = probe.renders;
    registerStrings('en-x-gone', { readReport: 'Gone' });
    await nextFrame();
    expect(probe.renders).to.equal(renders);
    expect(text(probe)).to.equal('en-x-gone ltr Read the report');
  });

  it('stops observing when the last widget leaves the page', async () => {
    const observe = sinon.spy(MutationObserver.prototype, 'observe');
    const disconnect = sinon.spy(MutationObserver.prototype, 'disconnect');
    try {
      const wrapper = await fixture(fixtureHtml`<div lang="fr"><locale-probe></locale-probe></div>`);
      const probe = wrapper.querySelector('locale-probe') as LocaleProbe;
      await probe.updateComplete;
      // The first widget on the page starts the shared observer of the page's lang and dir.
      const shared: unknown = observe.getCalls().find((call) => call.args[0] === document.documentElement)?.thisValue;
      expect(shared, 'an observer of <html> and below').to.be.instanceOf(MutationObserver);
      expect(disconnect.calledOn(shared)).to.equal(false);
      const renders = probe.renders;
      probe.remove();
      expect(disconnect.calledOn(shared), 'disconnected with the last widget').to.equal(true);
      wrapper.setAttribute('lang', 'es');
      await nextFrame();
      expect(probe.renders).to.equal(renders);
    } finally {
      observe.restore();
      disconnect.restore();
    }
  });
});
