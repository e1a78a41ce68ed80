// Sums vitest's JSON reports into the one plain line CI reads: "N passed, N failed".
// A report that is missing (its stage never ran) counts as a failure, so a run with no test is never green.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let missing = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`no test report at ${file}: that stage did not run`);
    missing += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A file that fails to load has no failing test but fails the run: count it.
  if (report.success === false && !report.numFailedTests) failed += report.numFailedTestSuites || 1;
}
console.log(`${passed} passed, ${failed + missing} failed`);
process.exit(failed + missing > 0 || passed === 0 ? 1 : 0);
