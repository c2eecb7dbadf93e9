import { exportedClass, type KataSpec } from '@spec';

interface ThreadPool {
  run(report: (text: string) => void): Promise<void>;
}
type ThreadPoolClass = new () => ThreadPool;

interface Params {
  /** How many tasks share one instance. */
  readonly tasks: number;
}

/**
 * Thread Pool: TODO(new kata): what one schedule does, and what every schedule must satisfy.
 * docs/writing-a-kata.md explains the choices that make a stress test strong.
 */
export const spec: KataSpec<ThreadPoolClass, Params> = {
  slug: 'thread-pool',
  load: (exports) => exportedClass<ThreadPoolClass>(exports, 'ThreadPool', ['run']),
  cases: () => [
    // TODO(new kata): small cases explored exhaustively, then sampled ones at the sizes where the classic bugs show.
    { label: 'two tasks', params: { tasks: 2 }, exhaustive: true },
    { label: 'three tasks, sampled with late starts', params: { tasks: 3 } },
  ],
  scenario(Impl, params, ctx) {
    const shared = new Impl();
    const reported: string[] = [];
    for (let i = 1; i <= params.tasks; i++) {
      ctx.spawn(`task ${i}`, () =>
        shared.run((text) => {
          reported.push(text);
          ctx.output(text);
        }),
      );
    }
    return {
      check() {
        // TODO(new kata): compare what the tasks did with what the statement promises.
        return reported.length === params.tasks
          ? undefined
          : { message: 'every task must report once', expected: `${params.tasks} reports`, actual: `${reported.length}` };
      },
    };
  },
};

export default spec;
