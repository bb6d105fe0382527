import type { Reporter, TestModule } from 'vitest/node';

/** The suite's time budget on a 2-core machine (issue 11): every test, unit and Chromium, in under a minute. */
const targetSeconds = 60;

/**
 * Prints two plain closing lines that any CI log reader understands: "N passed, N failed", and the suite's
 * own time against its target, "Suite time 48.2 s (target under 60 s)".
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
      if (module.state() === 'failed' && ![...module.children.allTests()].length) failed += 1;
    }
    // Since `vitest` started: loading the configuration, the global setup and every test file.
    const seconds = process.uptime();
    console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    console.log(
      `Suite time ${seconds.toFixed(1)} s (target under ${targetSeconds} s${seconds < targetSeconds ? '' : `: ${(seconds - targetSeconds).toFixed(1)} s over`})`,
    );
  }
}
