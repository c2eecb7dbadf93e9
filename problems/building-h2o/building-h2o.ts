import { Barrier, Condition, Event, Lock, Semaphore, notImplemented } from '@kit';

/**
 * Make atoms bond into water: every hydrogen atom is a task that calls hydrogen(), every oxygen atom a task
 * that calls oxygen(), all on one shared H2O, started in any order. Each atom must call its release callback
 * exactly once, and the releases, taken three at a time in the order they happen, must always be two
 * hydrogens and one oxygen. Every task must return.
 * Replace each `notImplemented(...)` line; keep the class name and the method signatures.
 * Check your work with: npm run kata -- building-h2o   (stuck? npm run kata -- hint building-h2o)
 */
export class H2O {
  async hydrogen(releaseHydrogen: () => void): Promise<void> {
    return notImplemented('H2O.hydrogen');
  }

  async oxygen(releaseOxygen: () => void): Promise<void> {
    return notImplemented('H2O.oxygen');
  }
}
