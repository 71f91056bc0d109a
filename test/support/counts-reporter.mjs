// Counts passed and failed tests per engine from the runner's own results, for npm test's closing
// line. A test file that failed to load counts as one failure; an engine that ran nothing shows 0.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function countsReporter(file) {
  let launchers = [];
  let testFiles = 0;
  return {
    start({ browsers, testFiles: files }) {
      launchers = browsers;
      testFiles = files.length;
    },
    onTestRunFinished({ sessions }) {
      // Every engine gets a row, even one whose every session failed to start.
      const browsers = Object.fromEntries(
        launchers.map(({ name }) => [name.toLowerCase(), { passed: 0, failed: 0, skipped: 0 }]),
      );
      const failedFiles = [];
      for (const session of sessions) {
        const counts = (browsers[session.browser.name.toLowerCase()] ??= { passed: 0, failed: 0, skipped: 0 });
        const before = counts.failed;
        if (session.testResults) countSuite(session.testResults, counts);
        if (session.errors?.length && counts.failed === before) counts.failed += 1;
        if (!session.passed) failedFiles.push(`${session.browser.name}: ${session.testFile}`);
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify({ testFiles, browsers, failedFiles }, null, 2)}\n`);
    },
  };
}
