import { scheduling, schedulingContext } from '../../src/kit/scheduling';
import type { Failure, ScenarioContext } from '../../src/explorer/spec';
import { type BaselineRun, BaselineScheduling } from './run';

/**
 * The `ScenarioContext` a kata spec gets under a baseline, so that the very specs the explorer runs
 * (tests/stress/<slug>.ts) run unchanged. Output and notes only feed the explorer's failure picture, so
 * they are dropped here; the calling task is known from the scheduling store, as in the explorer.
 */
export class BaselineContext implements ScenarioContext {
  constructor(private readonly run: BaselineRun) {}

  spawn(name: string, body: () => unknown): void {
    this.run.spawn(name, body);
  }

  output(_text: string): void {
    // only the explorer draws a failure picture
  }

  note(_text: string): void {
    // only the explorer draws a failure picture
  }

  fail(failure: Failure): void {
    this.run.end({ kind: 'violation', message: failure.message });
  }

  taskName(): string | undefined {
    const store = schedulingContext.getStore();
    return store instanceof BaselineScheduling && store.run === this.run ? store.task.name : undefined;
  }

  now(): number {
    return this.run.now();
  }

  async activity(label: string, ms: number): Promise<void> {
    await scheduling().point(label);
    await scheduling().sleep(ms);
  }
}
