// Idiom: a fair order instead of writer preference. Everyone who cannot get in at once waits in one
// first-come-first-served line; whenever the lock frees up, the head of the line goes in, and if the head is
// a reader, so does every reader right behind it (up to the next writer). A reader who arrives while anyone
// waits joins the line, so it never overtakes a waiting writer; a writer waits only for those ahead of it.
interface Waiter {
  readonly kind: 'reader' | 'writer';
  readonly enter: () => void;
}

export class ReadWriteLock {
  private readers = 0;
  private writing = false;
  private readonly line: Waiter[] = [];

  async acquireRead(): Promise<void> {
    if (!this.writing && this.line.length === 0) {
      this.readers += 1;
      return;
    }
    await new Promise<void>((enter) => this.line.push({ kind: 'reader', enter }));
  }

  releaseRead(): void {
    this.readers -= 1;
    this.admit();
  }

  async acquireWrite(): Promise<void> {
    if (!this.writing && this.readers === 0 && this.line.length === 0) {
      this.writing = true;
      return;
    }
    await new Promise<void>((enter) => this.line.push({ kind: 'writer', enter }));
  }

  releaseWrite(): void {
    this.writing = false;
    this.admit();
  }

  private admit(): void {
    if (this.writing) return;
    const head = this.line[0];
    if (head?.kind === 'writer') {
      if (this.readers > 0) return;
      this.line.shift();
      this.writing = true;
      head.enter();
      return;
    }
    while (this.line[0]?.kind === 'reader') {
      this.readers += 1;
      this.line.shift()?.enter();
    }
  }
}
