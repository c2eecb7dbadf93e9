import { Condition, Event, Lock, Semaphore, notImplemented } from '@kit';

/** Verifies one user; takes a while (4 s of virtual time in the classic set-up). Given to you. */
export type Verify = (user: number, referee: number) => Promise<void>;

/**
 * Referee Queue: users join a line; `referees` referees, numbered 0 to referees - 1, each verify one user at
 * a time by awaiting verify(user, referee), taking users in the order they joined. A user never waits while
 * a referee is idle, and nothing polls. join() resolves once that user has been verified; close() says that
 * nobody else will join and resolves once everyone who joined has been verified.
 * Replace each `notImplemented(...)` line; keep the class name and method signatures.
 * Check your work with: npm run kata -- referee-queue
 */
export class RefereeQueue {
  constructor(
    readonly referees: number,
    readonly verify: Verify,
  ) {}

  async join(user: number): Promise<void> {
    notImplemented('RefereeQueue.join');
  }

  async close(): Promise<void> {
    notImplemented('RefereeQueue.close');
  }
}
