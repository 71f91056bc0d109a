// Test-runner commands that only Chromium can carry out (through puppeteer and the DevTools
// protocol). Tests call them with executeServerCommand(name, payload) and use an in-page
// stand-in in the other engines, saying so in the test's name.

/** The puppeteer page of a Chromium session, or an error naming the command. */
function chromiumPage(session, command) {
  if (session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name)) {
    throw new Error(`${command}: only Chromium can do this; use an in-page stand-in in ${session.browser.name}`);
  }
  return session.browser.getPage(session.id);
}

const sessions = new WeakMap();

const commands = {
  /** { permissions: ['clipboard-read', 'clipboard-write'] } grants them; [] revokes every permission. */
  async 'set-permissions'(page, { permissions }) {
    const context = page.browserContext();
    await context.clearPermissionOverrides();
    if (permissions.length) await context.overridePermissions(new URL(page.url()).origin, permissions);
    return true;
  },
  /** { method, params }: one DevTools-protocol call on the test page, e.g. Emulation.setEmulatedMedia. */
  async cdp(page, { method, params }) {
    // Emulation overrides end with their DevTools session: keep one per page for the page's life.
    let client = sessions.get(page);
    if (!client) {
      client = await page.createCDPSession();
      sessions.set(page, client);
    }
    return (await client.send(method, params)) ?? true;
  },
};

export function chromiumCommandsPlugin() {
  return {
    name: 'chromium-commands',
    async executeCommand({ command, payload, session }) {
      const run = commands[command];
      if (!run) return undefined;
      return run(chromiumPage(session, command), payload ?? {});
    },
  };
}
