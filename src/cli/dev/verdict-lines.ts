import { relative } from 'node:path';
import type { Verdict } from '../../sandbox/protocol';
import type { Subject } from './judging';

/**
 * A verdict as one line that must come out the same on every Node version and machine for the same seed:
 * the file, what the judge decided, how many schedules it took, and for a failure the replay line (which
 * encodes the schedule). `.ci/run` compares these lines across Node versions. Times are left out.
 */
export function verdictLine(subject: Subject, verdict: Verdict, root: string): string {
  const file = relative(root, subject.path);
  switch (verdict.status) {
    case 'pass':
      return `${file}: pass after ${verdict.summary.schedules} schedules`;
    case 'fail': {
      const replay = /^replay: (.*)$/m.exec(verdict.report)?.[1] ?? '(no replay line)';
      return `${file}: ${verdict.kind} after ${verdict.summary.schedules} schedules; replay: ${replay}`;
    }
    case 'pending':
    case 'hang':
    case 'error':
      return `${file}: ${verdict.status}: ${verdict.message.split('\n', 1)[0] ?? ''}`;
  }
}
