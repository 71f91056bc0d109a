import { expect, fixture, html } from '@open-wc/testing';
import { fillParts, fillTemplate, registerStrings, stringsFor } from '../src/i18n/index.js';
import { figures, unLanguages } from '../src/data/index.js';
import '../src/stat-card.js';

describe('i18n', () => {
  it('every UN language gives every key and every figure label, none empty', () => {
    const keys = Object.keys(stringsFor('en')).sort();
    for (const lang of unLanguages) {
      const strings = stringsFor(lang);
      expect(Object.keys(strings).sort(), lang).to.deep.equal(keys);
      for (const [key, value] of Object.entries(strings)) {
        if (typeof value === 'string') expect(value.trim(), `${lang}.${key}`).to.not.equal('');
      }
      for (const figure of figures) expect(strings.figureLabels[figure.id], `${lang} ${figure.id}`).to.be.a('string');
    }
  });

  it('English labels equal the data records', () => {
    for (const figure of figures) expect(stringsFor('en').figureLabels[figure.id]).to.equal(figure.label);
  });

  it('templates keep the same placeholders in every language', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    const en = stringsFor('en') as unknown as Record<string, unknown>;
    for (const lang of unLanguages) {
      const strings = stringsFor(lang) as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(en)) {
        if (typeof value === 'string')
          expect(placeholders(strings[key] as string), `${lang}.${key}`).to.deep.equal(placeholders(value));
      }
    }
  });

  it('falls back from region to language to English', () => {
    expect(stringsFor('fr-CA').readReport).to.equal(stringsFor('fr').readReport);
    expect(stringsFor('ZH-Hans-CN').sourceLine).to.equal('来源：{source}');
    expect(stringsFor('sw').sourceLine).to.equal('Source: {source}');
  });

  it('a partner adds a language or overrides one string', () => {
    registerStrings('pt', { readReport: 'Leia o relatório', figureLabels: { 'earnings-remitted': 'enviados' } });
    expect(stringsFor('pt-BR').readReport).to.equal('Leia o relatório');
    expect(stringsFor('pt').sourceLine).to.equal('Source: {source}');
    expect(stringsFor('pt').figureLabels['earnings-remitted']).to.equal('enviados');
    expect(stringsFor('pt').figureLabels['international-migrants']).to.equal('international migrants in the world');
  });

  it('fills placeholders and never prints "undefined"', () => {
    expect(fillTemplate('{count} pages', { count: 20 })).to.equal('20 pages');
    expect(fillTemplate('{count} {missing}', { count: 1 })).to.equal('1 ');
    const marker = { marker: true };
    expect(fillParts('a {x} b', { x: marker })).to.deep.equal(['a ', marker, ' b']);
  });
});

describe('i18n: a citation on a French page', () => {
  it('dates in French, both documents dated, the English titles marked lang="en"', async () => {
    const page = await fixture(html`<div lang="fr"><migration-stat-card no-animation></migration-stat-card></div>`);
    const card = page.querySelector('migration-stat-card')!;
    await card.updateComplete;
    const source = card.shadowRoot!.querySelector('[part~="source"]')!;
    expect([...source.querySelectorAll('time')].map((t) => t.textContent)).to.deep.equal([
      '12 décembre 2017',
      '12 janvier 2018',
    ]);
    expect([...source.querySelectorAll('cite')].map((c) => c.getAttribute('lang'))).to.deep.equal(['en', 'en']);
  });
});
