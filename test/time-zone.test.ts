// The run's time zone reaches the engine (CDP in Chromium, TZ in Firefox and WebKit): without it a date
// read in local time instead of UTC would pass in every engine on a machine set to UTC.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// Minutes behind UTC on 1 January 2017 (winter time), per zone a run may ask for.
const januaryOffsets: Record<string, number> = { 'America/St_Johns': 210, UTC: 0 };

describe('test run: time zone', () => {
  it('the engine reports the zone the run asked for, and its offset from UTC', async () => {
    const zone = await executeServerCommand<string, undefined>('time-zone');
    expect(Object.keys(januaryOffsets), 'a zone this test knows').to.include(zone);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
    expect(new Date(2017, 0, 1).getTimezoneOffset()).to.equal(januaryOffsets[zone]);
  });
});
