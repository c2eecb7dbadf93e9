import { Condition, Event, Lock, Semaphore, notImplemented } from '@kit';

/**
 * Read-Write Lock: any number of readers may hold the lock together, a writer holds it alone, and a writer
 * that waits goes before every reader that asks after it. Replace each `notImplemented(...)` line; keep the
 * class name and method signatures.
 * Check your work with: npm run kata -- read-write-lock
 */
export class ReadWriteLock {
  /** Waits until this reader may read: no writer inside, and no writer waiting that asked before it. */
  async acquireRead(): Promise<void> {
    notImplemented('ReadWriteLock.acquireRead');
  }

  /** Called once by a reader that got in, when it has finished reading. */
  releaseRead(): void {
    notImplemented('ReadWriteLock.releaseRead');
  }

  /** Waits until this writer may write: nobody else inside. */
  async acquireWrite(): Promise<void> {
    notImplemented('ReadWriteLock.acquireWrite');
  }

  /** Called once by the writer that got in, when it has finished writing. */
  releaseWrite(): void {
    notImplemented('ReadWriteLock.releaseWrite');
  }
}
