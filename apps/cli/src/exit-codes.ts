/**
 * Exit codes a pipeline can branch on (docs/cli.md). The numbers are part of the CLI's
 * contract: they are printed by `lvsctl --help` and documented in docs/cli.md and the README.
 */
export const ExitCode = {
  /** Success, or nothing to change. */
  Ok: 0,
  /** Anything else: the server is unreachable, a concurrent change (412), a deployment that failed and could not roll back, … */
  Other: 1,
  /** `diff --exit-code` found changes. */
  Changes: 2,
  /** Invalid input: the spec file, an argument, or the API's 400/422 (the field paths are printed). */
  Invalid: 3,
  /** A deployment failed and was rolled back on the directors. */
  RolledBack: 4,
  /** Not authorised: no or a bad token (401), or a role or scope that does not allow it (403). */
  Unauthorised: 5,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export const EXIT_CODES_HELP = `Exit codes:
  0  success, or no change
  1  any other failure (server unreachable, concurrent change, deployment failed without rollback)
  2  diff --exit-code: there are changes
  3  invalid input (spec file, arguments, or the API's 400/422; field paths are printed)
  4  a deployment failed and was rolled back
  5  not authorised (401/403)`;

/** A failure with the exit code it maps to; `details` are printed one per line under the message. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: ExitCode = ExitCode.Other,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}
