// expect: violation
// Bug: TODO(new kata): the bug in two or three sentences, as a learner would write it. It must be a bug
// JavaScript can have (an await between check and act), and the first line names how it must fail:
// violation, deadlock, livelock, crash, hang or across.
import { notImplemented } from '@kit';

export class ThreadPool {
  // TODO(new kata): the contract, exactly as the statement gives it (the spec's interface checks the same).
  async run(report: (text: string) => void): Promise<void> {
    notImplemented('ThreadPool.run');
  }
}
