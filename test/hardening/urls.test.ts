// Every URL attribute of every element: javascript:, data:, vbscript: in every disguise are never
// linked; a plain https address is.
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { widgetTags } from '../support/frame-page.js';

const disguises = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'JaVaScRiPt:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001\u0002javascript:alert(1)',
  ' \t\njavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'javascript&colon;alert(1)',
  'javascript&#58;alert(1)',
  'javascript&#x3A;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'VbScRiPt:msgbox(1)',
  '\u2028javascript:alert(1)',
  '\ufeffjavascript:alert(1)',
];

/** Every link in a shadow tree, nested roots included. */
function links(root: ShadowRoot | null): HTMLAnchorElement[] {
  if (!root) return [];
  const found = [...root.querySelectorAll('a')];
  for (const element of root.querySelectorAll('*')) found.push(...links(element.shadowRoot));
  return found;
}

async function render(tag: string, attribute: string, value: string): Promise<LitElement> {
  const element = document.createElement(tag) as LitElement;
  element.setAttribute('source', 'Partner source');
  element.setAttribute(attribute, value);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

for (const tag of widgetTags) {
  const attributes = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes.filter(
    (name) => name.endsWith('-url'),
  );
  for (const attribute of attributes) {
    describe(`hardening: <${tag} ${attribute}>`, () => {
      it('links a plain https address', async () => {
        const element = await render(tag, attribute, 'https://example.org/source');
        expect(links(element.shadowRoot).map((a) => a.href)).to.include('https://example.org/source');
        element.remove();
      });

      it(`never links ${disguises.length} disguised script and data URLs`, async () => {
        const warn = console.warn;
        console.warn = () => {};
        try {
          for (const value of disguises) {
            // The HTML parser decodes entities; setAttribute does not: try both ways in.
            for (const way of ['attribute', 'parsed'] as const) {
              let element: LitElement;
              if (way === 'attribute') element = await render(tag, attribute, value);
              else {
                // The HTML parser in every engine (setHTMLUnsafe is missing in some): no way in is skipped.
                const parsed = document
                  .createRange()
                  .createContextualFragment(
                    `<${tag} source="Partner source" ${attribute}="${value.replace(/"/g, '&quot;')}"></${tag}>`,
                  );
                element = parsed.firstElementChild as LitElement;
                expect(element?.localName, `parsed ${JSON.stringify(value)}`).to.equal(tag);
                document.body.append(element);
                await element.updateComplete;
              }
              for (const link of links(element.shadowRoot)) {
                expect(['http:', 'https:'], `${way} ${JSON.stringify(value)} → ${link.href}`).to.include(
                  new URL(link.href).protocol,
                );
              }
              element.remove();
            }
          }
        } finally {
          console.warn = warn;
        }
      });
    });
  }
}
