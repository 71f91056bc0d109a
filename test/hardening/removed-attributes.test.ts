// A CMS or a framework removes an attribute it set (the property becomes null): that is no value, not a bad one.
import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { captureWarnings, ours } from '../support/console.js';

/** Per element, an attribute with a value it takes. */
const cases = [
  ['migration-stat-card', 'label', 'raised this year'],
  ['migration-quote-block', 'speaker', 'Alice'],
  ['migration-remittance-counter', 'source', 'Partner data'],
  ['migration-summary-panel', 'heading-level', '3'],
] as const;

describe('hardening: a removed attribute', () => {
  for (const [tag, attribute, value] of cases) {
    it(`<${tag}> ${attribute}="${value}", then removed: no warning`, async () => {
      const el = await fixture<LitElement>(`<${tag} ${attribute}="${value}"></${tag}>`);
      const warnings = captureWarnings();
      try {
        el.removeAttribute(attribute);
        await el.updateComplete;
        expect(ours(warnings.messages)).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });
  }
});
