import { notImplemented } from '@kit';

/**
 * Encoder Round: TODO(new kata): one sentence saying what the learner's code must make happen.
 * Replace each `notImplemented(...)` line; keep the class name and method signatures.
 * Check your work with: npm run kata -- encoder-round
 */
export class EncoderRound {
  // TODO(new kata): the contract, exactly as the statement gives it (the spec's interface checks the same).
  async run(report: (text: string) => void): Promise<void> {
    notImplemented('EncoderRound.run');
  }
}
