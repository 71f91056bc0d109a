// Counts passed and failed tests over every engine from the runner's own results, for the
// closing "N passed, N failed" line. A test file that failed to load counts as one failure.
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
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, failedFiles: [] };
      for (const session of sessions) {
        const before = counts.failed;
        if (session.testResults) countSuite(session.testResults, counts);
        if (session.errors?.length && counts.failed === before) counts.failed += 1;
        if (!session.passed) counts.failedFiles.push(`${session.browser.name}: ${session.testFile}`);
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(counts, null, 2)}\n`);
    },
  };
}
