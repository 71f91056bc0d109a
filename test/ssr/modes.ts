import { csrFixture, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { captureConsole, rendered, type Rendered } from './rendered.js';

export interface Modes {
  tag: string;
  /** The built module the server renders (Node cannot run TypeScript), relative to test/ssr/. */
  built: string;
  /** Imports the element's source in the page: a literal `.js` specifier, which the dev server maps to `.ts`. */
  load: () => Promise<unknown>;
  template: TemplateResult;
  /** A part the content holds once. */
  part: string;
  expected: Rendered;
  /** The text before the script runs, where controls that need it are not shown (default: expected.text). */
  textBeforeScript?: string;
}

/**
 * The element's suite in three modes, as @lit-labs/testing runs it: its server render before any
 * script, rendered in the browser alone, and the server's render hydrated by Lit. Each shows the same
 * text, parts and links; hydrated, its content once and no warning.
 */
export function inThreeModes({ tag, built, load, template, part, expected, textBeforeScript }: Modes): void {
  const modules = [built];
  describe(`<${tag}> rendered on a server, before any script`, () => {
    it('shows every word, part and link', async () => {
      const el = await ssrNonHydratedFixture(template, { modules });
      expect(customElements.get(tag), 'not defined yet').to.equal(undefined);
      expect(rendered(el)).to.deep.equal({ ...expected, text: textBeforeScript ?? expected.text });
    });
  });

  describe(`<${tag}> in the browser`, () => {
    before(load);

    it('renders the same text, parts and links by itself', async () => {
      expect(rendered(await csrFixture(template, { modules: [] }))).to.deep.equal(expected);
    });

    it('hydrates the server’s render: the same content, once, with no warning', async () => {
      const log = captureConsole();
      const el = await ssrHydratedFixture(template, { modules });
      log.restore();
      expect(rendered(el)).to.deep.equal(expected);
      expect(el.shadowRoot!.querySelectorAll(`[part~="${part}"]`)).to.have.length(1);
      expect(log.messages).to.deep.equal([]);
    });
  });
}
