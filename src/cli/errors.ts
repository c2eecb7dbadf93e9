/** An error the user can fix, shown as one sentence without a stack trace; the CLI exits non-zero. */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
