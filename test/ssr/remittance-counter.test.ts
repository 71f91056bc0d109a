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
      'Since you started reading, migrants have sent home about $0 Migrants send home about $19,026 every second. ' +
      'An illustration at the 2017 rate of some $600 billion a year (World Bank estimates), not a measurement. ' +
      'Pause Source: Making Migration Work for All (A/72/643), United Nations, ' +
      'December 12, 2017; as quoted in UN Migration Agency Welcomes UN Secretary General’s Report – Making ' +
      'Migration Work for All, IOM, the UN Migration Agency, January 12, 2018, para. 3',
    parts: ['lead', 'amount', 'value', 'basis note', 'button pause-button', 'source', 'source-label'],
    links: [
      'https://undocs.org/A/72/643',
      'https://www.iom.int/news/un-migration-agency-welcomes-un-secretary-generals-report-making-migration-work-all',
    ],
  },
  // No frozen "$0 since you started reading" and no Pause button without the script: the rate and the annual figure.
  textBeforeScript:
    'at the 2017 rate of some $600B a year, World Bank estimates Migrants send home about $19,026 every ' +
    'second, at the 2017 rate of some $600B a year (World Bank estimates). Source: Making Migration Work ' +
    'for All (A/72/643), United Nations, December 12, 2017; as quoted in UN Migration Agency Welcomes UN ' +
    'Secretary General’s Report – Making Migration Work for All, IOM, the UN Migration Agency, January 12, ' +
    '2018, para. 3',
});
