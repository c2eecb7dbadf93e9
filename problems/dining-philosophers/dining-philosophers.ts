import { Condition, Lock, Semaphore, notImplemented } from '@kit';

/**
 * Dining Philosophers: five philosophers share five forks; philosopher p's left fork is fork p and its right
 * fork is fork (p + 1) % 5. Make wantsToEat pick up both forks, eat, and put both forks down, so that no
 * fork is ever in two hands, nobody waits forever, and philosophers who share no fork can eat at the same time.
 * Replace the `notImplemented(...)` line; keep the class name and the method signature.
 * Check your work with: npm run kata -- dining-philosophers
 */
export class DiningPhilosophers {
  async wantsToEat(
    philosopher: number,
    pickLeftFork: () => void,
    pickRightFork: () => void,
    eat: () => Promise<void>,
    putLeftFork: () => void,
    putRightFork: () => void,
  ): Promise<void> {
    notImplemented('DiningPhilosophers.wantsToEat');
  }
}
