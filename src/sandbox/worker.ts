import { parentPort, workerData } from 'node:worker_threads';
import { heartbeatWriter, readHeartbeat } from '../explorer/heartbeat';
import { installTimeSources } from '../explorer/time-sources';
import { describeValue } from '../report/describe-value';
import { guardGlobals, trapProcessExit } from './guards';
import { instrumentSpec } from './instrument-spec';
import { judge } from './judge';
import { playJudge } from '../play/play-judge';
import { currentThreadId } from './thread-cpu';
import { routeLearnerConsole } from './learner-console';
import type { CheckMessage, CheckRequest, Verdict, WorkerMessage } from './protocol';
import { VitalsWriter } from './vitals';
import { isJudged } from '../instrument/loader';
import { repoRoot } from '../repo-root';
import { realmChange, takeFingerprint } from './realm-fingerprint';

/**
 * The sandbox worker: judges the files it is sent, one at a time, posting each verdict. Started by
 * bootstrap.cjs; the watching thread (SandboxWorker) ends it unless the last check left it fit for another.
 */
const { heartbeat, vitals: vitalsBuffer } = workerData as { heartbeat: SharedArrayBuffer; vitals: SharedArrayBuffer };
const post = (message: WorkerMessage): void => parentPort?.postMessage(message);

const threadId = currentThreadId();
if (threadId !== undefined) post({ type: 'thread', id: threadId });

const vitals = new VitalsWriter(vitalsBuffer, () => readHeartbeat(heartbeat).running);
/** The console of the check under way: silent while exploring, or shown for a replay's first run. */
const learnerOutput = { quiet: true, scenarioRuns: 0 };
routeLearnerConsole(() => (learnerOutput.quiet ? 'silent' : 'first run'), () => learnerOutput.scenarioRuns);
// Before any file under test loads: what it does to the process is recorded as its own doing.
trapProcessExit(vitals);
guardGlobals(vitals);
// For the worker's lifetime (the judge's own call is then a no-op): installed before the first check's
// fingerprint of the realm, so that only what a judged file changes tells the realm apart afterwards.
installTimeSources();
const onResume = heartbeatWriter(heartbeat);

/**
 * Drops judged files (learner files, solutions, mutants) from Node's module cache, so that this check loads
 * them as they are on disk now, with their source maps: a worker judges the next file, or the same file
 * again after an edit (play, watch). Specs, the kit and the explorer stay loaded.
 */
function forgetJudgedModules(): void {
  for (const filename of Object.keys(require.cache)) {
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the cache is keyed by file name: deleting its entry is how Node unloads a module
    if (filename.endsWith('.ts') && isJudged(filename, repoRoot)) delete require.cache[filename];
  }
}

function check(request: CheckRequest): Promise<Verdict> {
  forgetJudgedModules();
  try {
    instrumentSpec(request.specPath, vitals, {
      onLoaded: (name) => post({ type: 'loaded', name }),
      onScenario: (run) => (learnerOutput.scenarioRuns = run),
    });
  } catch {
    // A spec that does not load: the judge reports it.
  }
  return request.play === undefined
    ? judge(request, {
        onCase: (label, taskNames) => post({ type: 'case', label, taskNames }),
        onProgress: (done, total) => post({ type: 'progress', done, total }),
        onResume,
      })
    : playJudge({ ...request, play: request.play }, onResume);
}

parentPort?.on('message', (message: CheckMessage) => {
  learnerOutput.quiet = message.quiet;
  learnerOutput.scenarioRuns = 0;
  const realm = takeFingerprint();
  check(message.request).then(
    (verdict) => {
      const realmChanged = realmChange(realm);
      post(realmChanged === undefined ? { type: 'verdict', verdict } : { type: 'verdict', verdict, realmChanged });
    },
    (error: unknown) =>
      post({ type: 'verdict', verdict: { status: 'error', message: `the checker itself failed: ${error instanceof Error ? (error.stack ?? error.message) : describeValue(error)}` } }),
  );
});
