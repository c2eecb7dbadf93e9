const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const;

/**
 * What the code under test prints with console.*. While exploring it is silenced: thousands of schedules would
 * repeat it thousands of times. On a replay it is shown for the first run of the scenario only (the explorer
 * runs a replayed schedule again to check that it is deterministic; that second run would print it all twice),
 * along with what the file prints while it loads. The mode is asked at each call: a worker judges several files.
 */
export function routeLearnerConsole(mode: () => 'silent' | 'first run', currentRun: () => number): void {
  for (const method of methods) {
    const original = console[method].bind(console) as (...args: unknown[]) => void;
    console[method] = (...args: unknown[]) => {
      if (mode() === 'first run' && currentRun() <= 1) original(...args);
    };
  }
}
