import { scheduling } from '../kit/scheduling';
import type { Run } from './run';
import type { Failure, ScenarioContext } from './spec';

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

  async activity(label: string, ms: number): Promise<void> {
    await scheduling().point(label);
    await scheduling().sleep(ms);
  }
}
