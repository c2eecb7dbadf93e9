/** A one-line progress bar on stderr, only when stderr is a terminal; `done` erases it. */
export class ProgressBar {
  private shown = false;
  constructor(
    private readonly label: string,
    private readonly enabled = process.stderr.isTTY,
  ) {}

  update(done: number, total: number): void {
    if (!this.enabled || total <= 0) return;
    const width = 24;
    const filled = Math.min(width, Math.round((done / total) * width));
    process.stderr.write(`\r${this.label} ▕${'█'.repeat(filled)}${'░'.repeat(width - filled)}▏ ${done}/${total} schedules`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) process.stderr.write('\r\x1b[2K');
    this.shown = false;
  }
}
