// The engines the browser tests can run in; ENGINES (a comma list) picks some, and a typo must stop the run.
export const engineNames = ['chromium', 'firefox', 'webkit'];

/** The engines named in `list` (all when unset), or an error naming each unknown one. */
export function selectedEngines(list = engineNames.join(',')) {
  const engines = list.split(',').map((name) => name.trim());
  const unknown = engines.filter((name) => !engineNames.includes(name));
  if (unknown.length) {
    throw new Error(
      `ENGINES: unknown engine ${unknown.map((n) => `"${n}"`).join(', ')} (use ${engineNames.join(', ')})`,
    );
  }
  return engines;
}
