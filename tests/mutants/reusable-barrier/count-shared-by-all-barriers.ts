// expect: violation
// Bug: the round state (the count and the current round's promise) is kept at the top of the module, as if
// there were only ever one barrier. One barrier alone works perfectly. Two barriers alive at once count into
// the same rounds: a task of the 2-party barrier can be the "last arrival" of a round made of its partner's
// arrival and an arrival at the other barrier, and leave while its own partner has not arrived.
let arrived = 0;
let release: () => void = () => undefined;
let over = new Promise<void>((resolve) => {
  release = resolve;
});

export class ReusableBarrier {
  constructor(private readonly parties: number) {}

  async wait(): Promise<number> {
    const index = arrived;
    arrived += 1;
    if (arrived >= this.parties) {
      const end = release;
      arrived = 0;
      over = new Promise<void>((resolve) => {
        release = resolve;
      });
      end();
      return index;
    }
    await over;
    return index;
  }
}
