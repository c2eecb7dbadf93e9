import { parentPort, workerData } from 'node:worker_threads';
import { heartbeatWriter, readHeartbeat } from '../explorer/heartbeat';
import { describeValue } from '../report/describe-value';
import { guardGlobals, trapProcessExit } from './guards';
import { instrumentSpec } from './instrument-spec';
import { judge } from './judge';
import { playJudge } from '../play/play-judge';
import { currentThreadId } from './thread-cpu';
import { routeLearnerConsole } from './learner-console';
import type { CheckRequest, WorkerMessage } from './protocol';
import { VitalsWriter } from './vitals';

/** The sandbox worker: judges one request and posts the verdict. Started by bootstrap.cjs. */
const { request, heartbeat, vitals: vitalsBuffer, quiet } = workerData as {
  request: CheckRequest;
  heartbeat: SharedArrayBuffer;
  vitals: SharedArrayBuffer;
  quiet: boolean;
};
const post = (message: WorkerMessage): void => parentPort?.postMessage(message);

const threadId = currentThreadId();
if (threadId !== undefined) post({ type: 'thread', id: threadId });

const vitals = new VitalsWriter(vitalsBuffer, () => readHeartbeat(heartbeat).running);
let scenarioRuns = 0;
routeLearnerConsole(quiet ? 'silent' : 'first run', () => scenarioRuns);
// Before the file under test loads: what it does to the process is recorded as its own doing.
trapProcessExit(vitals);
guardGlobals(vitals);
try {
  instrumentSpec(request.specPath, vitals, {
    onLoaded: (name) => post({ type: 'loaded', name }),
    onScenario: (run) => (scenarioRuns = run),
  });
} catch {
  // A spec that does not load: the judge reports it.
}
const onResume = heartbeatWriter(heartbeat);
const answer =
  request.play === undefined
    ? judge(request, {
        onCase: (label, taskNames) => post({ type: 'case', label, taskNames }),
        onProgress: (done, total) => post({ type: 'progress', done, total }),
        onResume,
      })
    : playJudge({ ...request, play: request.play }, onResume);
answer.then(
  (verdict) => post({ type: 'verdict', verdict }),
  (error: unknown) =>
    post({ type: 'verdict', verdict: { status: 'error', message: `the checker itself failed: ${error instanceof Error ? (error.stack ?? error.message) : describeValue(error)}` } }),
);
