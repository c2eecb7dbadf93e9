/**
 * The progress line: a bar and "done/total schedules". `total` is the explorer's plan, which a case may
 * exceed (an exhaustive search counts as planned work only once it is known); then the bar shows full and
 * the count stands alone, never as "done/total" with done > total.
 */
export function renderProgress(label: string, done: number, total: number, width = 24): string {
  const over = done > total;
  const filled = over ? width : Math.max(0, Math.min(width, Math.round((done / total) * width)));
  const count = over ? `${done.toLocaleString('en-US')} schedules` : `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} schedules`;
  return `${label} ▕${'█'.repeat(filled)}${'░'.repeat(width - filled)}▏ ${count}`;
}

/** A one-line progress bar on stderr, only when stderr is a terminal; `done` erases it. */
export class ProgressBar {
  private shown = false;
  constructor(
    private readonly label: string,
    private readonly enabled = process.stderr.isTTY,
    private readonly write = (text: string): void => void process.stderr.write(text),
  ) {}

  update(done: number, total: number): void {
    if (!this.enabled || total <= 0) return;
    // Erase the line first: a shorter line would otherwise leave the end of the longer one behind.
    this.write(`\r\x1b[2K${renderProgress(this.label, done, total)}`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) this.write('\r\x1b[2K');
    this.shown = false;
  }
}
