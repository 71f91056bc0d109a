// modes.js first: it loads Lit's hydration support, which must run before Lit itself.
import { inThreeModes } from './modes.js';
import { html } from 'lit';

inThreeModes({
  tag: 'migration-quote-block',
  built: '../../dist/quote-block.js',
  load: () => import('../../src/quote-block.js'),
  template: html`<migration-quote-block></migration-quote-block>`,
  part: 'quote',
  expected: {
    text:
      'The best way to end the stigma of illegality and abuse around migrants is, in fact, for governments ' +
      'to put in place more legal pathways for migration. This will remove incentives for individuals to ' +
      'break the rules, while better meeting the needs of markets for foreign labour. António Guterres, ' +
      'Secretary-General of the United Nations Source: as quoted in UN Migration Agency Welcomes UN ' +
      'Secretary General’s Report – Making Migration Work for All, IOM, the UN Migration Agency, January ' +
      '12, 2018, para. 7 Copy quote',
    parts: [
      'figure',
      'quote',
      'text',
      'fragment',
      'fragment',
      'caption',
      'attribution',
      'speaker',
      'role',
      'source',
      'source-label',
      'actions',
      'button copy-button',
      'status',
    ],
    links: [
      'https://www.iom.int/news/un-migration-agency-welcomes-un-secretary-generals-report-making-migration-work-all',
    ],
  },
  textBeforeScript:
    'The best way to end the stigma of illegality and abuse around migrants is, in fact, for governments ' +
    'to put in place more legal pathways for migration. This will remove incentives for individuals to ' +
    'break the rules, while better meeting the needs of markets for foreign labour. António Guterres, ' +
    'Secretary-General of the United Nations Source: as quoted in UN Migration Agency Welcomes UN ' +
    'Secretary General’s Report – Making Migration Work for All, IOM, the UN Migration Agency, January ' +
    '12, 2018, para. 7',
});
