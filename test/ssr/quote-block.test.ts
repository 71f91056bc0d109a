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
      'The best way to end the stigma of illegality and abuse around migrants is, in fact, for ' +
      'governments to put in place more legal pathways for migration. This will remove incentives for ' +
      'individuals to break the rules, while better meeting the needs of markets for foreign labour. ' +
      'António Guterres, Secretary-General of the United Nations Source: as quoted by IOM, 2018 Full ' +
      'citation Copy quote',
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
      'credit',
      'citation',
      'button citation-button',
      'button copy-citation-button',
      'citation-status',
      'actions',
      'button copy-button',
      'status',
    ],
    links: [
      'https://www.iom.int/news/un-migration-agency-welcomes-un-secretary-generals-report-making-migration-work-all',
      'https://www.iom.int/news/un-migration-agency-welcomes-un-secretary-generals-report-making-migration-work-all',
    ],
  },
  textBeforeScript:
    'The best way to end the stigma of illegality and abuse around migrants is, in fact, for ' +
    'governments to put in place more legal pathways for migration. This will remove incentives for ' +
    'individuals to break the rules, while better meeting the needs of markets for foreign labour. ' +
    'António Guterres, Secretary-General of the United Nations Source: as quoted by IOM, 2018',
});
