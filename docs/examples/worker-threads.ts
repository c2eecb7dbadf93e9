import { Worker } from 'node:worker_threads';

/** CPU-bound work goes to another thread; here the worker's code is given as a string (eval: true). */
const sumInWorker = (to: number): Promise<number> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       let sum = 0;
       for (let i = 1; i <= workerData; i++) sum += i;
       parentPort.postMessage(sum);`,
      { eval: true, workerData: to },
    );
    worker.once('message', (sum: number) => {
      resolve(sum);
      void worker.terminate();
    });
    worker.once('error', reject);
  });

export async function main(): Promise<string[]> {
  // Two workers compute at the same time, on two cores; the main thread only awaits their messages.
  const sums = await Promise.all([sumInWorker(1_000), sumInWorker(100_000)]);
  return sums.map((sum, i) => `worker ${i + 1}: ${sum}`);
}
