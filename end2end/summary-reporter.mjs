// Prints one plain closing line that any CI log reader understands:
// "end2end: N passed, N failed, N skipped".
export default class SummaryReporter {
  constructor() { this.counts = { passed: 0, failed: 0, skipped: 0 }; }
  onTestEnd(test, result) {
    if (result.retry < test.retries && result.status !== 'passed') return;
    const s = result.status === 'passed' ? 'passed' : result.status === 'skipped' ? 'skipped' : 'failed';
    this.counts[s] += 1;
  }
  onEnd() {
    const { passed, failed, skipped } = this.counts;
    console.log(`end2end: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
