// modes.js first: it loads Lit's hydration support, which must run before Lit itself.
import { inThreeModes } from './modes.js';
import { html } from 'lit';

inThreeModes({
  tag: 'migration-summary-panel',
  built: '../../dist/summary-panel.js',
  load: () => import('../../src/summary-panel.js'),
  template: html`<migration-summary-panel></migration-summary-panel>`,
  part: 'panel',
  expected: {
    text:
      'Making Migration Work for All Report of the Secretary-General · A/72/643 · December 12, 2017 · 20 ' +
      'pages The report focuses on making migration work for all, emphasizing its links to the 2030 Agenda ' +
      'for Sustainable Development. Hide summary The report highlights: (a) options for Member States to ' +
      'help migrants fulfil their economic and social potential (b) steps to promote regular migration (c) ' +
      'policies to meet the legitimate security considerations of Member States concerning irregular ' +
      'migration It also explores the specific challenges arising from large mixed movements of migrants ' +
      'and refugees. The report offers suggestions for Member States to frame an action-oriented global ' +
      'compact, addressing aspects of migration from the subnational to the global level and a specific ' +
      'strategy for responding to large movements of migrants. The Secretary-General also sets out plans to ' +
      'conduct intensive consultations within the United Nations system to address how the Organization can ' +
      'adapt to provide better support for the global compact and sets out proposals for follow-up to the ' +
      'compact by Member States. Read the report العربية 中文 English Français Русский Español',
    parts: [
      'panel',
      'heading',
      'meta',
      'lead',
      'button toggle-button toggle',
      'details',
      'highlights',
      'figures',
      'figures-heading',
      'links',
      'read-link',
      'languages',
    ],
    links: [
      'https://undocs.org/A/72/643',
      'https://undocs.org/ar/A/72/643',
      'https://undocs.org/zh/A/72/643',
      'https://undocs.org/en/A/72/643',
      'https://undocs.org/fr/A/72/643',
      'https://undocs.org/ru/A/72/643',
      'https://undocs.org/es/A/72/643',
    ],
  },
});
