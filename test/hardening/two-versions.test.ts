// Two copies of the library on one page: the first copy's classes own the widgets; what a page
// author configures through the other copy must still reach them, and the warning says what will not.
import { expect } from '@open-wc/testing';
import { framePage, loadModule } from '../support/frame-page.js';

const bundle = `${location.origin}/dist/migration-widgets.js`;
const modules = `${location.origin}/src/index.ts`;

/** Runs `code` as a module in the page (imports resolve against the test server) and waits for it. */
function runModule(win: Window, code: string): Promise<void> {
  return new Promise((resolve) => {
    (win as unknown as { moduleDone: () => void }).moduleDone = resolve;
    const script = win.document.createElement('script');
    script.type = 'module';
    script.textContent = `${code}\nwindow.moduleDone();`;
    win.document.head.append(script);
  });
}

const copyButton = (win: Window) =>
  win.document.querySelector('migration-quote-block')!.shadowRoot!.querySelector('[part~="copy-button"]')!.textContent;

async function settled(win: Window): Promise<void> {
  const el = win.document.querySelector('migration-quote-block') as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
}

describe('hardening: two versions on one page', () => {
  for (const [first, second] of [
    ['the standalone file', 'the npm modules'],
    ['the npm modules', 'the standalone file'],
  ]) {
    it(`registerStrings through the copy loaded second (${second}) reaches the widgets of the first (${first})`, async () => {
      const win = await framePage('<migration-quote-block></migration-quote-block>');
      const urls = first === 'the standalone file' ? [bundle, modules] : [modules, bundle];
      const warn = win.console.warn;
      const warnings: string[] = [];
      win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        await loadModule(win, urls[0]!);
        await win.customElements.whenDefined('migration-quote-block');
        await settled(win);
        expect(copyButton(win)).to.equal('Copy quote');
        await runModule(
          win,
          `import { registerStrings } from '${urls[1]}'; registerStrings('en', { copyQuote: 'Copy these words' });`,
        );
        await settled(win);
        expect(copyButton(win)).to.equal('Copy these words');
      } finally {
        win.console.warn = warn;
        win.frameElement!.remove();
      }
      const ours = warnings.filter((m) => m.startsWith('migration-widgets '));
      expect(ours).to.have.length(1);
      expect(ours[0]).to.include('kept the first definitions');
      expect(ours[0]).to.include('instanceof');
      expect(ours[0]).to.include('registerStrings still reaches every widget');
    });
  }
});
