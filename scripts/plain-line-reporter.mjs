/**
 * Ends the run with one plain line any CI can read: `tests: N passed, N failed, N skipped`.
 * Counts every test in every browser.
 */
export function plainLineReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        if (!suite) return;
        for (const test of suite.tests) {
          if (test.skipped) skipped += 1;
          else if (test.passed) passed += 1;
          else failed += 1;
        }
        for (const child of suite.suites) walk(child);
      };
      let broken = 0;
      for (const session of sessions) {
        walk(session.testResults);
        if (!session.passed && (session.errors?.length ?? 0) > 0) broken += 1;
      }
      // A file that fails to load has no tests; count it as a failure so the line never hides it.
      failed += broken;
      setTimeout(() => console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`), 0);
    },
  };
}
