// Iframe editors, print iframes and Document Picture-in-Picture move a widget into another document
// (adoptNode) and back: browsers empty a shadow root's adoptedStyleSheets then, Lit does not re-adopt.
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { framePage, widgetTags } from '../support/frame-page.js';

/** Styled as the widget's own sheet says: a block (custom elements are inline by default) with its button styled. */
function styled(el: LitElement): { display: string; buttonCursor: string } {
  const view = el.ownerDocument.defaultView!;
  const button = el.shadowRoot!.querySelector('button');
  return {
    display: view.getComputedStyle(el).display,
    buttonCursor: button ? view.getComputedStyle(button).cursor : 'pointer',
  };
}

const styledLook = { display: 'block', buttonCursor: 'pointer' };

for (const tag of widgetTags) {
  describe(`hardening: adoption of <${tag}>`, () => {
    it('moved into an iframe document and back (adoptNode), it is styled and re-renders after each move', async () => {
      const win = await framePage('');
      const el = document.createElement(tag) as LitElement & { variant: string };
      document.body.append(el);
      await el.updateComplete;
      expect(styled(el)).to.deep.equal(styledLook);
      try {
        win.document.body.append(win.document.adoptNode(el));
        await el.updateComplete;
        expect(el.ownerDocument).to.equal(win.document);
        expect(styled(el), 'in the iframe').to.deep.equal(styledLook);
        el.variant = 'compact';
        await el.updateComplete;
        expect(el.getAttribute('variant'), 'still updating in the iframe').to.equal('compact');
        document.body.append(document.adoptNode(el));
        await el.updateComplete;
        expect(styled(el), 'back home').to.deep.equal(styledLook);
      } finally {
        el.remove();
        win.frameElement!.remove();
      }
    });

    it('created here and first connected in a print iframe: styled and rendered there, and after it comes home', async () => {
      const win = await framePage('');
      const el = document.createElement(tag) as LitElement & { variant: string };
      try {
        win.document.body.append(el);
        await el.updateComplete;
        expect(el.ownerDocument).to.equal(win.document);
        expect(el.shadowRoot!.textContent.trim()).not.to.equal('');
        expect(styled(el), 'in the print iframe').to.deep.equal(styledLook);
        document.body.append(document.adoptNode(el));
        el.variant = 'compact';
        await el.updateComplete;
        expect(el.getAttribute('variant'), 'still updating at home').to.equal('compact');
        expect(styled(el), 'back home').to.deep.equal(styledLook);
      } finally {
        el.remove();
        win.frameElement!.remove();
      }
    });
  });
}
