// Strict Content-Security-Policy, sent as a real response header on a page of its own (the
// runner's own page needs inline scripts), with our bundle loaded twice from two URLs.
import { expect } from '@open-wc/testing';
import { widgetTags as tags } from '../support/frame-page.js';

interface CspPage extends Window {
  cspViolations: string[];
  pageErrors: string[];
  pageWarnings: string[];
}

async function openCspPage(): Promise<{ frame: HTMLIFrameElement; win: CspPage }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '900px';
  frame.style.blockSize = '1200px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/hardening/csp/page.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as CspPage;
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  const widgets = [...win.document.querySelectorAll(tags.join(','))] as unknown as {
    updateComplete: Promise<unknown>;
  }[];
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  return { frame, win };
}

describe('hardening: strict CSP as a response header', () => {
  let page: { frame: HTMLIFrameElement; win: CspPage };
  before(async () => {
    page = await openCspPage();
  });
  after(() => page.frame.remove());

  it('the header reaches the page', async () => {
    const response = await fetch('/test/hardening/csp/page.html');
    expect(response.headers.get('content-security-policy')).to.include("require-trusted-types-for 'script'");
  });

  it('every element renders, styled, with no violation and nothing thrown — bundle loaded twice', () => {
    const { win } = page;
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    for (const tag of tags) {
      const element = win.document.querySelector(tag)!;
      const root = element.shadowRoot!;
      expect(root, tag).to.not.equal(null);
      expect(root.textContent.trim().length, `${tag} shows text`).to.be.greaterThan(0);
      // Styled: the shadow root adopted our stylesheet, and the host is laid out as a block.
      expect(root.adoptedStyleSheets.length, `${tag} styles`).to.be.greaterThan(0);
      expect(win.getComputedStyle(element).display, tag).to.equal('block');
    }
  });

  it('the second copy says so once', () => {
    const ours = page.win.pageWarnings.filter((m) => m.startsWith('migration-widgets '));
    expect(ours).to.have.length(1);
    for (const tag of tags) expect(ours[0]).to.include(`<${tag}>`);
  });
});
