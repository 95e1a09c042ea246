/** A start-up failure with one line for the operator: what is wrong and how to fix it. Exit code 1, no stack. */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}
