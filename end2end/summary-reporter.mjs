// Prints one plain closing line that any CI log reader understands:
// "end2end: N passed, N failed, N skipped" (another label with { label }).
export default class SummaryReporter {
  constructor(options = {}) {
    this.label = options.label ?? 'end2end';
    this.counts = { passed: 0, failed: 0, skipped: 0 };
  }
  onTestEnd(test, result) {
    if (result.retry < test.retries && result.status !== 'passed') return;
    const s = result.status === 'passed' ? 'passed' : result.status === 'skipped' ? 'skipped' : 'failed';
    this.counts[s] += 1;
  }
  onEnd() {
    const { passed, failed, skipped } = this.counts;
    console.log(`${this.label}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
