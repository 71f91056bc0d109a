// What a widget costs the page in nodes, and whether its words survive into the accessibility tree.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';

const isChromium = /Chrome\//.test(navigator.userAgent);

/** Every node under the shadow root (elements, text, Lit's marker comments), the root itself aside. */
function shadowNodes(el: Element): number {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ALL);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
}

/** Text nodes of template indentation (white space with a line break): nothing a reader needs, one node each. */
function indentation(el: Element): string[] {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (/^\s*\n\s*$/.test(node.textContent!)) {
      const around = [node.previousSibling, node.nextSibling].map((n) => n?.nodeName ?? '|').join(' … ');
      found.push(`${node.parentNode!.nodeName}: ${around}`);
    }
  }
  return found;
}

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

/** The page's text as Chromium's accessibility tree holds it: its text leaves, joined with nothing between. */
async function accessibleText(): Promise<string> {
  const { nodes } = await executeServerCommand<{ nodes: AXNode[] }, { method: string }>('cdp', {
    method: 'Accessibility.getFullAXTree',
  });
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const text: string[] = [];
  const walk = (node: AXNode): void => {
    if (!node.ignored && node.role?.value === 'StaticText') text.push(node.name?.value ?? '');
    else node.childIds?.forEach((id) => walk(byId.get(id)!));
  };
  walk(nodes[0]!);
  return text.join('');
}

/**
 * Stand-in for the other engines, whose trees a test cannot read: Chromium's rule applied in the page — a text
 * node of white space alone beside a comment (Lit's marker) is dropped — then the shadow tree's shown text joined.
 */
function textWithoutLoneSpaces(el: Element): string {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT, (node) =>
    node.parentElement?.closest('[hidden], style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  );
  const text: string[] = [];
  const comment = (node: Node | null) => node?.nodeType === Node.COMMENT_NODE;
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const lone = !node.textContent!.trim() && (comment(node.previousSibling) || comment(node.nextSibling));
    if (!lone) text.push(node.textContent!);
  }
  return text.join('');
}

async function spoken(el: Element): Promise<string> {
  return (isChromium ? await accessibleText() : textWithoutLoneSpaces(el)).replace(/\s+/g, ' ');
}

const card = () => fixture(html`<migration-stat-card no-animation></migration-stat-card>`);
const quote = () => fixture(html`<migration-quote-block quote="legal-pathways"></migration-quote-block>`);
const counter = () => fixture(html`<migration-remittance-counter paused></migration-remittance-counter>`);
const panel = () => fixture(html`<migration-summary-panel></migration-summary-panel>`);

describe('markup', () => {
  describe('nodes per widget (elements, text and comments in the shadow root)', () => {
    it('a stat card: at most 70', async () => {
      expect(shadowNodes(await card())).to.be.at.most(70);
    });

    it('a quote block: at most 90', async () => {
      expect(shadowNodes(await quote())).to.be.at.most(90);
    });

    it('a remittance counter: at most 90', async () => {
      expect(shadowNodes(await counter())).to.be.at.most(90);
    });

    it('a summary panel: at most 90', async () => {
      expect(shadowNodes(await panel())).to.be.at.most(90);
    });

    for (const [name, make] of [
      ['stat card', card],
      ['quote block', quote],
      ['remittance counter', counter],
      ['summary panel', panel],
    ] as const) {
      it(`a ${name} has no text node of template indentation`, async () => {
        expect(indentation(await make())).to.deep.equal([]);
      });
    }
  });

  describe(`no words run together (${isChromium ? "Chromium's accessibility tree" : 'in-page stand-in: lone spaces dropped'})`, () => {
    it('a stat card: "about 85%"', async () => {
      const el = await fixture(
        html`<migration-stat-card no-animation fact="earnings-spent-in-host-country"></migration-stat-card>`,
      );
      expect(await spoken(el)).to.include('about 85%');
    });

    it('a stat card: its one-line credit', async () => {
      expect(await spoken(await card())).to.include(
        'UN Secretary-General, Making Migration Work for All (A/72/643), as quoted by IOM, 2018',
      );
    });

    it('a quote block: "migration. This", and the speaker apart from the role', async () => {
      const text = await spoken(await quote());
      expect(text).to.include('migration. This');
      expect(text).to.include('António Guterres, Secretary-General of the United Nations');
    });

    it('a remittance counter: its basis note', async () => {
      expect(await spoken(await counter())).to.include(
        'An illustration at the 2017 rate of some $600 billion a year (World Bank estimates), not a measurement.',
      );
    });

    it('a summary panel: its meta line', async () => {
      expect(await spoken(await panel())).to.include(
        'Report of the Secretary-General · A/72/643 · December 12, 2017 · 20 pages',
      );
    });
  });
});
