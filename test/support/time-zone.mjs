// The browser tests run in a zone far from UTC (America/St_Johns, UTC−3:30 in winter) so that a date
// read in local time is a day off; TEST_TZ names another zone (npm test adds a UTC pass).
export const testTimeZone = process.env.TEST_TZ ?? 'America/St_Johns';

/** The environment Firefox and WebKit start in: they read the zone from TZ. */
export const zoneEnv = { ...process.env, TZ: testTimeZone };

/** Chromium ignores TZ once started: each test page gets the zone through the DevTools protocol. */
export async function createPageInZone({ context }) {
  const page = await context.newPage();
  await page.emulateTimezone(testTimeZone);
  return page;
}

/** executeServerCommand('time-zone') answers the zone the run asked for, so a test can check the engine is in it. */
export function timeZonePlugin() {
  return {
    name: 'time-zone',
    executeCommand: ({ command }) => (command === 'time-zone' ? testTimeZone : undefined),
  };
}
