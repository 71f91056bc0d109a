import { expect } from '@open-wc/testing';
import { defineElement } from '../src/define.js';
import { version } from '../src/version.js';
import { captureWarnings, ours } from './support/console.js';

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('defineElement', () => {
  it('defines a free tag', () => {
    class Free extends HTMLElement {}
    defineElement('mw-test-free', Free);
    expect(customElements.get('mw-test-free')).to.equal(Free);
  });

  it('defining the same class again is no second copy: no warning', async () => {
    class Same extends HTMLElement {}
    defineElement('mw-test-same', Same);
    const warnings = captureWarnings();
    try {
      defineElement('mw-test-same', Same);
      await settle();
      expect(customElements.get('mw-test-same')).to.equal(Same);
      expect(ours(warnings.messages)).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('skips taken tags without throwing and warns once for all of them', async () => {
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    defineElement('mw-test-a', A);
    defineElement('mw-test-b', B);
    const warnings = captureWarnings();
    try {
      defineElement('mw-test-a', class extends HTMLElement {});
      defineElement('mw-test-b', class extends HTMLElement {});
      await settle();
      expect(customElements.get('mw-test-a')).to.equal(A);
      expect(ours(warnings.messages)).to.deep.equal([
        `migration-widgets v${version} loaded twice; kept the first definitions: <mw-test-a> (v${version}), <mw-test-b> (v${version}). This copy's classes (instanceof, events) do not match them; its registerStrings still reaches every widget.`,
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('leaves a tag taken by another script to it', async () => {
    class Theirs extends HTMLElement {}
    customElements.define('mw-test-theirs', Theirs);
    const warnings = captureWarnings();
    try {
      defineElement('mw-test-theirs', class extends HTMLElement {});
      await settle();
      expect(customElements.get('mw-test-theirs')).to.equal(Theirs);
      expect(ours(warnings.messages)[0]).to.include("<mw-test-theirs> (another script's element)");
    } finally {
      warnings.restore();
    }
  });
});
