import { relative } from 'node:path';
import { replayWith } from '../../report/failure-report';
import type { Verdict } from '../../sandbox/protocol';
import type { Subject } from './judging';

/**
 * A verdict as one line that must come out the same on every Node version and machine for the same seed:
 * the file, what the judge decided, how many schedules it took, and for a failure the replay line (which
 * encodes the schedule). `.ci/run` compares these lines across Node versions. Times are left out.
 */
export function verdictLine(subject: Subject, verdict: Verdict, root: string, seed: number): string {
  const file = relative(root, subject.path);
  switch (verdict.status) {
    case 'pass':
      return `${file}: pass after ${verdict.summary.schedules} schedules`;
    case 'fail': {
      const replay = replayWith(`npm run kata -- ${subject.kata.slug} --impl ${file} --seed ${seed}`)(verdict.failure.schedule);
      const warnings = verdict.failure.warnings.map((warning) => `; warning: ${warning}`).join('');
      return `${file}: ${verdict.kind} after ${verdict.summary.schedules} schedules; replay: ${replay}${warnings}`;
    }
    case 'pending':
    case 'hang':
    case 'error':
    case 'stopped':
      return `${file}: ${verdict.status}: ${verdict.message.split('\n', 1)[0] ?? ''}`;
  }
}
