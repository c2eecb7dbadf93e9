import { floorSchedule, seededRandom } from '../../bench/floor';

describe('the floor (bare controlled scheduler)', () => {
  it('resumes every await of every task exactly once per schedule', async () => {
    const trace: number[] = [];
    await floorSchedule({ tasks: 3, awaits: 4 }, seededRandom(1), trace);
    expect(trace).toHaveLength(12);
    for (const task of [0, 1, 2]) expect(trace.filter((t) => t === task)).toHaveLength(4);
  });

  it('is reproducible from its seed and varies with it', async () => {
    const run = async (seed: number): Promise<string> => {
      const random = seededRandom(seed);
      const traces: string[] = [];
      for (let i = 0; i < 20; i++) {
        const trace: number[] = [];
        await floorSchedule({ tasks: 3, awaits: 4 }, random, trace);
        traces.push(trace.join(''));
      }
      return traces.join('|');
    };
    expect(await run(7)).toBe(await run(7));
    expect(await run(7)).not.toBe(await run(8));
  });

  it('explores different interleavings, not one fixed order', async () => {
    const random = seededRandom(3);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const trace: number[] = [];
      await floorSchedule({ tasks: 2, awaits: 2 }, random, trace);
      seen.add(trace.join(''));
    }
    // 2 tasks x 2 awaits: 4! / (2! 2!) = 6 interleavings, all reachable by random choice.
    expect(seen.size).toBe(6);
  });

  it('with an idle probe per decision, makes the same choices from the same seed', async () => {
    const traceOf = async (idleProbe: boolean): Promise<string> => {
      const random = seededRandom(5);
      const traces: string[] = [];
      for (let i = 0; i < 10; i++) {
        const trace: number[] = [];
        await floorSchedule({ tasks: 3, awaits: 4, idleProbe }, random, trace);
        traces.push(trace.join(''));
      }
      return traces.join('|');
    };
    expect(await traceOf(true)).toBe(await traceOf(false));
  });

  it('draws numbers in [0, 1)', () => {
    const random = seededRandom(42);
    for (let i = 0; i < 1000; i++) {
      const x = random();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
