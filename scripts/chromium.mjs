// Debian's Chromium as every script here starts it: as root it needs --no-sandbox, and on a
// machine with no internet the background-networking flags keep it from retrying hosts.
export const chromiumPath = '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
