/**
 * The kit: asyncio-style synchronization primitives for katas. Import it as `@kit`.
 * Every primitive blocks through one FIFO `WaitQueue`, which the explorer controls under test.
 */
export { Barrier } from './barrier';
export { Condition } from './condition';
export { BrokenBarrierError, NotImplementedError, UsageError, notImplemented } from './errors';
export { Event } from './event';
export { Lock } from './lock';
export { BoundedSemaphore, Semaphore } from './semaphore';
export { sleep } from './sleep';
export { WaitQueue } from './wait-queue';
