import { csrFixture, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, nextFrame } from '@open-wc/testing';
import { html } from 'lit';
import { captureConsole, rendered } from './rendered.js';

// The server renders the built element (Node cannot run TypeScript); the page runs the source,
// imported by name below (the dev server maps a literal `.js` specifier to its `.ts` source).
const modules = ['../../dist/stat-card.js'];
const card = html`<migration-stat-card fact="remittances-2017" no-animation></migration-stat-card>`;
const expected = {
  text:
    '2017 about $ 600 B sent home by migrants in 2017 in 2017 some USD 600 billion, per World Bank estimates SOURCE ' +
    'Making Migration Work for All (A/72/643), United Nations, December 12, 2017; as quoted in UN Migration Agency ' +
    'Welcomes UN Secretary General’s Report – Making Migration Work for All, IOM, the UN Migration Agency, ' +
    'January 12, 2018, para. 3; based on World Bank estimates',
  parts: ['card', 'icon', 'year', 'value', 'label', 'description', 'source'],
  links: [
    'https://undocs.org/A/72/643',
    'https://www.iom.int/news/un-migration-agency-welcomes-un-secretary-generals-report-making-migration-work-all',
  ],
};

describe('stat card rendered on a server, before any script', () => {
  it('shows every word, part and link of the design', async () => {
    const el = await ssrNonHydratedFixture(card, { modules });
    expect(customElements.get('migration-stat-card'), 'the element is not defined yet').to.equal(undefined);
    expect(rendered(el)).to.deep.equal(expected);
  });
});

describe('stat card in the browser: rendered there, or taking over the server’s markup', () => {
  before(() => import('../../src/stat-card.js'));

  it('renders the same text, parts and links in the browser alone', async () => {
    expect(rendered(await csrFixture(card, { modules: [] }))).to.deep.equal(expected);
  });

  it('takes over the server’s markup: the same content, once, with no warning', async () => {
    const log = captureConsole();
    const el = await ssrHydratedFixture(card, { modules });
    log.restore();
    expect(rendered(el)).to.deep.equal(expected);
    expect(el.shadowRoot!.querySelectorAll('[part~="value"]')).to.have.length(1);
    expect(log.messages).to.deep.equal([]);
  });

  it('does not count up a prerendered value the reader already sees', async () => {
    const el = await ssrHydratedFixture(html`<migration-stat-card fact="remittances-2017"></migration-stat-card>`, {
      modules,
    });
    await nextFrame();
    await nextFrame();
    expect(el.shadowRoot!.querySelector('[data-counting]')).to.equal(null);
  });
});
