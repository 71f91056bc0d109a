import { ssrHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, nextFrame } from '@open-wc/testing';
import { html } from 'lit';
import { inThreeModes } from './modes.js';

inThreeModes({
  tag: 'migration-stat-card',
  built: '../../dist/stat-card.js',
  load: () => import('../../src/stat-card.js'),
  template: html`<migration-stat-card fact="remittances-2017" no-animation></migration-stat-card>`,
  part: 'value',
  expected: {
    text:
      '2017 about $600 billion sent home by migrants in 2017 in 2017 some USD 600 billion, per World ' +
      'Bank estimates SOURCE: UN Secretary-General, Making Migration Work for All (A/72/643), as ' +
      'quoted by IOM, 2018; based on World Bank estimates Full citation',
    parts: [
      'card',
      'icon',
      'year',
      'value',
      'label',
      'description',
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
    '2017 about $600 billion sent home by migrants in 2017 in 2017 some USD 600 billion, per World ' +
    'Bank estimates SOURCE: UN Secretary-General, Making Migration Work for All (A/72/643), as ' +
    'quoted by IOM, 2018; based on World Bank estimates',
});

describe('a stat card hydrated from the server’s render', () => {
  it('does not count up the value the reader already sees', async () => {
    const el = await ssrHydratedFixture(html`<migration-stat-card fact="remittances-2017"></migration-stat-card>`, {
      modules: ['../../dist/stat-card.js'],
    });
    await nextFrame();
    await nextFrame();
    expect(el.shadowRoot!.querySelector('[data-counting]')).to.equal(null);
  });
});
