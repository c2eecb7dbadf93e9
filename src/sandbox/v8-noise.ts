import { Transform, type TransformCallback } from 'node:stream';

/**
 * Filters what V8 prints by itself, past any JavaScript, to the process's stderr when an exception escapes
 * Node's promise-rejection hook: with deep async recursion the hook itself overflows the stack, and every
 * time V8 prints
 *
 *     Exception in PromiseRejectCallback:
 *     <file>:<line>
 *     <the source line: the whole transpiled file, minified>
 *     <a caret line>
 *     (blank)
 *     RangeError: Maximum call stack size exceeded
 *     (blank)
 *
 * The verdict already names the recursion (the task threw RangeError), so these blocks are dropped; every
 * other line passes unchanged. A block that does not end as expected within a few lines is let through.
 */
export class V8NoiseFilter extends Transform {
  private partial = '';
  private state: 'pass' | 'block' | 'after-error' = 'pass';
  private blockLines: string[] = [];
  private sawBlank = false;

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback): void {
    const lines = (this.partial + chunk.toString()).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.handleLine(line);
    done();
  }

  override _flush(done: TransformCallback): void {
    if (this.partial !== '') this.handleLine(this.partial, false);
    if (this.state === 'block') this.release();
    done();
  }

  private handleLine(line: string, newline = true): void {
    const out = (text: string): void => void this.push(newline ? `${text}\n` : text);
    if (this.state === 'after-error') {
      this.state = 'pass';
      if (line.trim() === '') return; // the blank line that closes the block
    }
    if (this.state === 'pass') {
      if (line === 'Exception in PromiseRejectCallback:') {
        this.state = 'block';
        this.blockLines = [line];
        this.sawBlank = false;
        return;
      }
      out(line);
      return;
    }
    this.blockLines.push(line);
    if (line.trim() === '') this.sawBlank = true;
    else if (this.sawBlank && /^[A-Za-z_$][\w$]*: /.test(line)) {
      this.state = 'after-error';
      this.blockLines = [];
      return;
    }
    if (this.blockLines.length > 8) this.release();
  }

  /** Not a block after all: let its lines through. */
  private release(): void {
    for (const line of this.blockLines) this.push(`${line}\n`);
    this.blockLines = [];
    this.state = 'pass';
  }
}
