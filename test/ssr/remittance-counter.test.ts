// modes.js first: it loads Lit's hydration support, which must run before Lit itself.
import { inThreeModes } from './modes.js';
import { html } from 'lit';

inThreeModes({
  tag: 'migration-remittance-counter',
  built: '../../dist/remittance-counter.js',
  load: () => import('../../src/remittance-counter.js'),
  template: html`<migration-remittance-counter></migration-remittance-counter>`,
  part: 'basis',
  expected: {
    text:
      'Since you started reading, migrants have sent home about $0 Migrants send home about $19,026 ' +
      'every second. An illustration at the 2017 rate of some $600 billion a year (World Bank ' +
      'estimates), not a measurement. Pause Source: UN Secretary-General, Making Migration Work for ' +
      'All (A/72/643), as quoted by IOM, 2018 Full citation',
    parts: [
      'lead',
      'amount',
      'value',
      'basis note',
      'button pause-button',
      'source',
      'source-label',
      'credit',
      'citation',
      'button citation-button',
      'button copy-citation-button',
      'citation-status',
    ],
    links: [
      'https://undocs.org/A/72/643',
      'https://www.iom.int/news/un-migration-agency-welcomes-un-secretary-generals-report-making-migration-work-all',
      'https://undocs.org/A/72/643',
      'https://www.iom.int/news/un-migration-agency-welcomes-un-secretary-generals-report-making-migration-work-all',
    ],
  },
  textBeforeScript:
    'Migrants send home about $19,026 every second. An illustration at the 2017 rate of some $600 ' +
    'billion a year (World Bank estimates), not a measurement. Source: UN Secretary-General, Making ' +
    'Migration Work for All (A/72/643), as quoted by IOM, 2018',
});
