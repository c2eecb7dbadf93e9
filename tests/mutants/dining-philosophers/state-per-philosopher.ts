// expect: violation
// Bug: the textbook monitor that keeps one state per philosopher (thinking / hungry / eating) and lets p eat
// when neither neighbour is eating. It assumes one call per philosopher at a time. When two calls of the
// same philosopher overlap, the second finds its neighbours not eating and starts too: it picks up forks
// its own first call still holds. Shows only in the cases where a philosopher calls from two tasks at once.
import { Condition } from '@kit';

type State = 'thinking' | 'hungry' | 'eating';

export class DiningPhilosophers {
  private readonly state: State[] = ['thinking', 'thinking', 'thinking', 'thinking', 'thinking'];
  private readonly changed = new Condition();

  async wantsToEat(
    philosopher: number,
    pickLeftFork: () => void,
    pickRightFork: () => void,
    eat: () => Promise<void>,
    putLeftFork: () => void,
    putRightFork: () => void,
  ): Promise<void> {
    const left = (philosopher + 4) % 5;
    const right = (philosopher + 1) % 5;
    await this.changed.acquire();
    this.state[philosopher] = 'hungry';
    await this.changed.waitFor(() => this.state[left] !== 'eating' && this.state[right] !== 'eating');
    this.state[philosopher] = 'eating';
    pickLeftFork();
    pickRightFork();
    this.changed.release();
    await eat();
    await this.changed.acquire();
    putLeftFork();
    putRightFork();
    this.state[philosopher] = 'thinking';
    this.changed.notifyAll();
    this.changed.release();
  }
}
