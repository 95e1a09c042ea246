/** What a command may touch of the process: tests pass their own, main.ts passes the real one. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  /** stdout is a terminal: colours and the progress display (never in CI logs). */
  isTTY: boolean;
  cwd: string;
  /** Reads all of standard input (for `-f -` and `--password-stdin`). */
  readStdin(): Promise<string>;
  /** Asks for a secret on the terminal without echoing it; undefined when there is no terminal. */
  promptSecret?(question: string): Promise<string>;
}
