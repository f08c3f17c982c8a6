// Ends the run with one plain line, "tests: N passed, N failed, N skipped", that CI logs and
// tools outside vitest can read. A test file that fails to load, or a suite whose hooks fail,
// has no failed test of its own yet fails the run: each counts as one failure, named above the line.
import type { Reporter, SerializedError, TestModule, TestSuite } from 'vitest/node';

/** The file or suite with the first error that stopped it, for each one that could not run. */
function brokenSuites(modules: ReadonlyArray<TestModule>): string[] {
  const broken: string[] = [];
  const visit = (suite: TestModule | TestSuite, name: string) => {
    const [first] = suite.errors();
    if (first) broken.push(`${name}: ${first.message.split('\n')[0] ?? ''}`);
    for (const child of suite.children.suites()) visit(child, `${name} > ${child.name}`);
  };
  for (const module of modules) visit(module, module.relativeModuleId);
  return broken;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    // With NEO4J_URI set, vitest.config.ts runs two projects, one per engine: each gets its line too.
    const perProject = new Map<string, typeof counts>();
    for (const module of testModules) {
      const project = perProject.get(module.project.name) ?? { passed: 0, failed: 0, skipped: 0 };
      perProject.set(module.project.name, project);
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed' || state === 'failed' || state === 'skipped') {
          counts[state] += 1;
          project[state] += 1;
        }
      }
    }
    const broken = brokenSuites(testModules);
    const lines = broken.map((b) => `could not load or run: ${b}`);
    lines.push(...unhandledErrors.map((e) => `unhandled error: ${e.message.split('\n')[0] ?? ''}`));
    counts.failed += broken.length + unhandledErrors.length;
    if (perProject.size > 1) {
      for (const [name, c] of perProject) lines.push(`tests on ${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
    }
    process.stdout.write(`\n${lines.map((l) => `${l}\n`).join('')}tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}
