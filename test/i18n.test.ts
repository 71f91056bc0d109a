import { expect, fixture, html } from '@open-wc/testing';
import { fillParts, fillTemplate, hasStrings, registerStrings, stringsFor, type UiStrings } from '../src/i18n/index.js';
import { glossary } from '../src/i18n/glossary.js';
import { figures, unLanguages } from '../src/data/index.js';
import '../src/stat-card.js';

/** Every text of a language's strings, named by key (`figureLabels.<id>.<category>` for a label's forms). */
function texts(strings: UiStrings): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(strings)) {
    if (typeof value === 'string') out.set(key, [value]);
  }
  for (const [id, label] of Object.entries(strings.figureLabels))
    out.set(`figureLabels.${id}`, typeof label === 'string' ? [label] : Object.values(label));
  return out;
}

describe('i18n', () => {
  it('every UN language gives every key and every figure label, none empty', () => {
    const keys = Object.keys(stringsFor('en')).sort();
    for (const lang of unLanguages) {
      const strings = stringsFor(lang);
      expect(Object.keys(strings).sort(), lang).to.deep.equal(keys);
      for (const [key, value] of Object.entries(strings)) {
        if (typeof value === 'string') expect(value.trim(), `${lang}.${key}`).to.not.equal('');
      }
      for (const figure of figures) {
        const label = strings.figureLabels[figure.id];
        const forms = typeof label === 'string' ? [label] : Object.values(label ?? {});
        expect(forms.length, `${lang} ${figure.id}`).to.be.above(0);
        for (const form of forms) expect(form.trim(), `${lang} ${figure.id}`).to.not.equal('');
        if (typeof label === 'object') expect(label.other, `${lang} ${figure.id} other`).to.be.a('string');
      }
    }
  });

  it('no Chinese label is a fragment that begins with 的', () => {
    for (const [key, forms] of texts(stringsFor('zh'))) {
      for (const text of forms) expect(text.startsWith('的'), key).to.equal(false);
    }
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

  it('falls back from region to language to English; Traditional Chinese is not Simplified', () => {
    expect(stringsFor('fr-CA').readReport).to.equal('Lire le rapport');
    expect(stringsFor('ZH-Hans-CN').sourceLine).to.equal('来源：{source}');
    expect(stringsFor('zh-CN').sourceLine).to.equal('来源：{source}');
    expect(stringsFor('sw').sourceLine).to.equal('Source: {source}');
    for (const tag of ['zh-Hant', 'zh-Hant-TW', 'zh-TW', 'zh-HK', 'zh-MO']) {
      expect(hasStrings(tag), tag).to.equal(false);
      expect(stringsFor(tag).sourceLine, tag).to.equal('Source: {source}');
    }
    expect(hasStrings('zh')).to.equal(true);
    expect(hasStrings('pt-BR')).to.equal(false);
  });

  it('a partner can add Traditional Chinese', () => {
    registerStrings('zh-Hant', { readReport: '閱讀報告' });
    expect(stringsFor('zh-TW').readReport).to.equal('閱讀報告');
    expect(stringsFor('zh-Hant-HK').readReport).to.equal('閱讀報告');
    expect(stringsFor('zh-CN').readReport).to.equal('阅读报告');
  });

  it('a partner adds a language or overrides one string', () => {
    registerStrings('pt', { readReport: 'Leia o relatório', figureLabels: { 'earnings-remitted': 'enviados' } });
    expect(stringsFor('pt-BR').readReport).to.equal('Leia o relatório');
    expect(stringsFor('pt').sourceLine).to.equal('Source: {source}');
    expect(stringsFor('pt').figureLabels['earnings-remitted']).to.equal('enviados');
    expect(stringsFor('pt').figureLabels['international-migrants']).to.deep.equal({
      one: 'international migrant in the world',
      other: 'international migrants in the world',
    });
  });

  it('a partner’s regional strings build on their language, not on English', () => {
    registerStrings('fr-CA', { readReport: 'Consulter le rapport' });
    expect(stringsFor('fr-CA').readReport).to.equal('Consulter le rapport');
    expect(stringsFor('fr-CA').sourceLine).to.equal('Source\u00A0: {source}');
  });

  it('fills placeholders and never prints "undefined"', () => {
    expect(fillTemplate('{count} pages', { count: 20 })).to.equal('20 pages');
    expect(fillTemplate('{count} {missing}', { count: 1 })).to.equal('1 ');
    const marker = { marker: true };
    expect(fillParts('a {x} b', { x: marker })).to.deep.equal(['a ', marker, ' b']);
  });
});

describe('glossary', () => {
  it('each concept is said with its chosen term wherever it is used, in every UN language', () => {
    for (const entry of glossary) {
      for (const lang of unLanguages) {
        const all = texts(stringsFor(lang));
        for (const key of entry.keys) {
          const forms = all.get(key);
          expect(forms, `${lang}.${key}`).to.not.equal(undefined);
          for (const text of forms!) {
            const found = entry.terms[lang].some((term) => text.includes(term));
            expect(
              found,
              `${lang}.${key} says "${entry.concept}" as ${entry.terms[lang].join(' / ')}: ${text}`,
            ).to.equal(true);
          }
        }
      }
    }
  });

  it('no forbidden rendering appears in any language', () => {
    const forbidden = glossary.flatMap((entry) => entry.forbidden ?? []);
    expect(forbidden).to.include.members(['rythme', 'ritmo', 'темп', '速度', 'مقتبس']);
    for (const lang of unLanguages) {
      for (const [key, forms] of texts(stringsFor(lang))) {
        for (const text of forms) {
          for (const word of forbidden) expect(text.toLowerCase(), `${lang}.${key}`).to.not.include(word);
        }
      }
    }
  });

  it('the strings use the UN terms named in the issue', () => {
    expect(stringsFor('ar').asQuotedIn).to.equal('كما ورد في');
    expect(stringsFor('zh').counterSinceView).to.include('原籍国');
    expect(stringsFor('fr').counterNote).to.include('niveau de {year}');
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
    // Each title sits in an English, left-to-right run (the credit's and the full citation's).
    expect([...source.querySelectorAll('cite')].map((c) => c.closest('[lang]')?.getAttribute('lang'))).to.deep.equal([
      'en',
      'en',
      'en',
    ]);
  });
});
