// A partner's quote as a CMS writes it: paragraphs, <br>, lists; a <noscript> or a comment inside.
import { expect, fixture } from '@open-wc/testing';
import '../../src/quote-block.js';
import type { QuoteBlock } from '../../src/quote-block.js';
import { captureWarnings } from '../support/console.js';

/**
 * The quote's lines as shown: its text split at the line breaks it holds, which its white-space rule
 * draws as breaks (WebKitGTK's innerText ignores pre-line inside a shadow root, so the text is read).
 */
function lines(el: QuoteBlock): string[] {
  const text = el.shadowRoot!.querySelector<HTMLElement>('[part~="text"]')!;
  expect(getComputedStyle(text).whiteSpace).to.be.oneOf(['pre-line', 'pre-wrap', 'break-spaces']);
  return text.textContent
    .replace(/[“”]/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '');
}

async function quote(markup: string): Promise<QuoteBlock> {
  const warnings = captureWarnings();
  try {
    const el = await fixture<QuoteBlock>(markup);
    await el.updateComplete;
    return el;
  } finally {
    warnings.restore();
  }
}

describe('hardening: partner quotes as written', () => {
  it('the text attribute: each newline is a line break, shown as text', async () => {
    const el = await quote(
      '<migration-quote-block text="We must act now.&#10;Migration works."></migration-quote-block>',
    );
    expect(lines(el)).to.deep.equal(['We must act now.', 'Migration works.']);
    expect(el.shadowRoot!.querySelector('[part~="text"] br')).to.equal(null);
  });

  it('inner text (deprecated path): paragraphs, <br> and list items keep their breaks, as text', async () => {
    const el = await quote(`<migration-quote-block>
      <p>We must act
        now.</p><p>Migration works.</p>
      <ul><li>One</li><li>Two</li></ul>Three<br>Four
    </migration-quote-block>`);
    expect(lines(el)).to.deep.equal(['We must act now.', 'Migration works.', 'One', 'Two', 'Three', 'Four']);
    const text = el.shadowRoot!.querySelector('[part~="text"]')!;
    expect(text.querySelectorAll('p, br, li').length, 'no markup carried over').to.equal(0);
  });

  it('inner text: <noscript>, <script>, <style>, <template> content and comments inside are ignored', async () => {
    const el = await quote(`<migration-quote-block><p>Safe<noscript><p>Enable JavaScript</p></noscript>
      <!-- an editor's note --><script type="text/plain">var x;</script><style>p{}</style><template>hidden</template>
      and orderly.</p></migration-quote-block>`);
    expect(lines(el)).to.deep.equal(['Safe and orderly.']);
  });
});
