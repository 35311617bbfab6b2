// The closing line of .ci/run, "N passed, N failed", from vitest's JSON report. Anything that kept
// a test from running counts as failed, so the line can never look green over tests that did not run:
// a skipped or todo test, a test file that failed to load (status "failed" with no test in it) or
// whose hooks failed (status "failed" with no failed test), and a run that exited non-zero with
// nothing else to show for it (an unhandled error).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** @param {any} report vitest's JSON report @param {number} exitStatus the test command's exit status */
export function summarize(report, exitStatus) {
  const skipped = report.numPendingTests + report.numTodoTests;
  const brokenFiles = report.testResults.filter((file) => file.status === 'failed'
    && !file.assertionResults.some((test) => test.status === 'failed'));
  let failed = report.numFailedTests + skipped + brokenFiles.length;
  if (exitStatus !== 0 && failed === 0) failed = 1;
  return {
    line: `${report.numPassedTests} passed, ${failed} failed`,
    brokenFiles: brokenFiles.map((file) => `${file.name}: ${String(file.message).split('\n')[0]}`),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [reportPath, status] = process.argv.slice(2);
  const { line, brokenFiles } = summarize(JSON.parse(readFileSync(reportPath, 'utf8')), Number(status));
  for (const file of brokenFiles) console.log(`not run (file failed): ${file}`);
  console.log(line);
}
