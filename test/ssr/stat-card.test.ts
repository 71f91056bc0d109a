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
      '2017 about $ 600 B sent home by migrants in 2017 in 2017 some USD 600 billion, per World Bank estimates SOURCE: ' +
      'Making Migration Work for All (A/72/643), United Nations, December 12, 2017; as quoted in UN Migration Agency ' +
      'Welcomes UN Secretary General’s Report – Making Migration Work for All, IOM, the UN Migration Agency, ' +
      'January 12, 2018, para. 3; based on World Bank estimates',
    parts: ['card', 'icon', 'year', 'value', 'label', 'description', 'source', 'source-label'],
    links: [
      'https://undocs.org/A/72/643',
      'https://www.iom.int/news/un-migration-agency-welcomes-un-secretary-generals-report-making-migration-work-all',
    ],
  },
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
