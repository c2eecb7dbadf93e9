import { scheduling } from '../kit/scheduling';
import { type Run, TaskScheduling } from './run';
import type { Failure, ScenarioContext } from './spec';
import { schedulingContext } from '../kit/scheduling';
import { controlled } from '../kit/scheduling';

/** The `ScenarioContext` of one run. */
export class RunContext implements ScenarioContext {
  constructor(private readonly run: Run) {}

  spawn(name: string, body: () => unknown): void {
    this.run.spawn(name, body);
  }

  output(text: string): void {
    this.run.note({ kind: 'output', task: this.run.current(), text });
  }

  note(text: string): void {
    this.run.note({ kind: 'note', task: this.run.current(), text });
  }

  fail(failure: Failure): void {
    this.run.fail({ kind: 'violation', ...failure });
  }

  taskName(): string | undefined {
    const id = this.run.current();
    return id === undefined ? undefined : this.run.taskNames[id];
  }

  now(): number {
    return this.run.clock.now();
  }

  /**
   * An activity of the environment (eating, crossing, fetching): a scheduling point, then `ms` virtual ms on
   * an environment timer, which the explorer may make last longer than any timer the code under test has
   * pending. Awaiting it from code under test adds no second scheduling point.
   */
  activity(label: string, ms: number): Promise<void> {
    return controlled(this.activityBody(label, ms));
  }

  private async activityBody(label: string, ms: number): Promise<void> {
    await scheduling().point(label);
    const store = schedulingContext.getStore();
    if (store instanceof TaskScheduling && store.run === this.run) await this.run.sleep(store.task, ms, 'environment');
    else await scheduling().sleep(ms);
  }
}
