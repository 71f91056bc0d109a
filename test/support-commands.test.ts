// The Chromium-only test commands do what they say (the element suites rely on them).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const isChromium = /Chrome\//.test(navigator.userAgent);

describe('test support: Chromium commands', () => {
  it(isChromium ? 'cdp emulates reduced motion for real (Chromium)' : 'commands refuse outside Chromium', async () => {
    const emulate = (value: string) =>
      executeServerCommand('cdp', {
        method: 'Emulation.setEmulatedMedia',
        params: { features: [{ name: 'prefers-reduced-motion', value }] },
      });
    if (!isChromium) {
      let refused = false;
      try {
        await emulate('reduce');
      } catch {
        refused = true;
      }
      expect(refused).to.equal(true);
      return;
    }
    await emulate('reduce');
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    await emulate('');
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(false);
  });
});
