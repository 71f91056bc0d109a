import { expect } from '@open-wc/testing';
import { safeUrl } from '../src/safe-url.js';

describe('safeUrl', () => {
  it('accepts http and https, and resolves relative links against the page', () => {
    expect(safeUrl('https://undocs.org/A/72/643')).to.equal('https://undocs.org/A/72/643');
    expect(safeUrl('  http://example.org/x  ')).to.equal('http://example.org/x');
    expect(safeUrl('/reports/a')).to.equal(new URL('/reports/a', document.baseURI).href);
  });

  const tricks = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'javascript\u0000:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org',
    'blob:https://example.org/1',
    'https://exa mple.org',
    '\u2028javascript:alert(1)',
    '',
    '   ',
  ];
  for (const url of tricks) {
    it(`rejects ${JSON.stringify(url)}`, () => {
      expect(safeUrl(url)).to.equal(undefined);
    });
  }

  it('rejects non-strings', () => {
    expect(safeUrl(undefined)).to.equal(undefined);
    expect(safeUrl(null)).to.equal(undefined);
  });

  it('an entity-encoded scheme is only a harmless relative path', () => {
    const href = safeUrl('javascript&colon;alert(1)');
    expect(new URL(href!).protocol).to.match(/^https?:$/);
  });
});
