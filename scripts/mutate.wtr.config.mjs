// web-test-runner's config for npm run mutate: the project's, with a test timeout long enough that a
// loaded machine (mutation runs side by side) does not pass for a killed mutant.
import config from '../web-test-runner.config.mjs';

export default { ...config, testFramework: { config: { timeout: 60_000 } } };
