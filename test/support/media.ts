import { executeServerCommand } from '@web/test-runner-commands';

export const isChromium = /Chrome\//.test(navigator.userAgent);

type Condition = 'print' | 'forced-colors';

/** What a test name says about how the condition is produced in this engine. */
export function howEmulated(condition: Condition): string {
  return isChromium
    ? `Chromium: emulated ${condition}`
    : `stand-in: the shadow root’s ${condition} rules applied on screen`;
}

/**
 * Puts a widget under print media or forced colours: for real in Chromium (DevTools emulation),
 * elsewhere by applying its shadow root's matching `@media` rules as plain rules. Returns the undo.
 */
export async function emulate(element: Element, condition: Condition): Promise<() => Promise<void>> {
  if (isChromium) {
    const params =
      condition === 'print' ? { media: 'print' } : { features: [{ name: 'forced-colors', value: 'active' }] };
    await executeServerCommand('cdp', { method: 'Emulation.setEmulatedMedia', params });
    return async () => {
      await executeServerCommand('cdp', {
        method: 'Emulation.setEmulatedMedia',
        params: { media: '', features: [{ name: 'forced-colors', value: '' }] },
      });
    };
  }
  const root = element.shadowRoot!;
  const wanted = condition === 'print' ? /^print$/ : /forced-colors:\s*active/;
  const rules = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && wanted.test(rule.media.mediaText))
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
  if (!rules.length) throw new Error(`no ${condition} rules in <${element.localName}>'s shadow root`);
  const sheet = new CSSStyleSheet();
  for (const rule of rules) sheet.insertRule(rule, sheet.cssRules.length);
  const before = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...before, sheet];
  return () => {
    root.adoptedStyleSheets = before;
    return Promise.resolve();
  };
}
