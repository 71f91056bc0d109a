// A partner's text may carry a bidi control character (U+202E RIGHT-TO-LEFT OVERRIDE, pasted from a
// CMS or typed in on purpose): it may reverse the partner's own words, never the widget's words after them.
import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import type { MigrationElement } from '../../src/migration-element.js';

const rlo = '\u202E';

/** The text node holding exactly `data` inside the widget's shadow root. */
function textNode(el: Element, data: string): Text {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) if ((walker.currentNode as Text).data === data) return walker.currentNode as Text;
  throw new Error(`no text ${JSON.stringify(data)} in <${el.localName}>`);
}

/** Where each character is drawn: the left edge of its box (spaces left out: an engine may put their box anywhere). */
function lefts(range: Range): number[] {
  const result: number[] = [];
  const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    if (!range.intersectsNode(node)) continue;
    for (let i = 0; i < node.data.length; i++) {
      if (/\s/.test(node.data[i]!)) continue;
      const char = document.createRange();
      char.setStart(node, i);
      char.setEnd(node, i + 1);
      result.push(char.getBoundingClientRect().left);
    }
  }
  return result;
}

/**
 * What the reader sees after the partner's text, up to the end of its line: the words themselves, and
 * whether each character is drawn to the right of the one before it and of the partner's text.
 */
function after(el: Element, partnerText: string, line: string) {
  const partner = textNode(el, partnerText);
  const range = document.createRange();
  range.selectNodeContents(el.shadowRoot!.querySelector(`[part~="${line}"]`)!);
  range.setStartAfter(partner);
  const partnerRange = document.createRange();
  partnerRange.selectNodeContents(partner);
  const xs = [partnerRange.getBoundingClientRect().right, ...lefts(range)];
  return {
    text: range.toString().replace(/\s+/g, ' '),
    leftToRight: xs.every((x, i) => i === 0 || x >= xs[i - 1]! - 0.5),
    xs: xs.map(Math.round).join(' '),
  };
}

async function widget(markup: string): Promise<MigrationElement> {
  const wrap = await fixture<HTMLDivElement>(`<div lang="en" dir="ltr" style="inline-size: 900px">${markup}</div>`);
  const el = wrap.firstElementChild as MigrationElement;
  await el.updateComplete;
  return el;
}

describe('hardening: a bidi override in partner text stays inside it', () => {
  it('speaker="\\u202EAlice": the role and date after it still read left to right, after the speaker', async () => {
    const el = await widget(
      `<migration-quote-block speaker="${rlo}Alice" speaker-role="Mayor" date="2020-01-02"></migration-quote-block>`,
    );
    const seen = after(el, `${rlo}Alice`, 'attribution');
    expect(seen.text).to.equal(', Mayor, January 2, 2020');
    expect(seen.leftToRight, seen.xs).to.equal(true);
  });

  it('speaker-role="\\u202EMayor": the date after it still reads left to right, after the role', async () => {
    const el = await widget(
      `<migration-quote-block speaker="Alice" speaker-role="${rlo}Mayor" date="2020-01-02"></migration-quote-block>`,
    );
    const seen = after(el, `${rlo}Mayor`, 'attribution');
    expect(seen.text).to.equal(', January 2, 2020');
    expect(seen.leftToRight, seen.xs).to.equal(true);
  });

  it('a counter’s source="\\u202EPartner": the rest of its note still reads left to right, after the source', async () => {
    const el = await widget(
      `<migration-remittance-counter annual-amount="1000" source="${rlo}Partner"></migration-remittance-counter>`,
    );
    const seen = after(el, `${rlo}Partner`, 'basis');
    expect(seen.text).to.equal('), not a measurement.');
    expect(seen.leftToRight, seen.xs).to.equal(true);
  });

  it('a partner quote text="\\u202EWe must act": the closing mark still follows the words, none drawn before them', async () => {
    const el = await widget(`<migration-quote-block text="${rlo}We must act"></migration-quote-block>`);
    const words = document.createRange();
    words.selectNodeContents(textNode(el, `${rlo}We must act`));
    // The opening mark hangs outside the text's box: the words start its line, the closing mark comes after them.
    const line = el.shadowRoot!.querySelector('[part~="text"]')!.getBoundingClientRect();
    expect(words.getBoundingClientRect().left - line.left).to.be.closeTo(0, 0.5);
  });
});
