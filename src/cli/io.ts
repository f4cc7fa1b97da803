/** What the CLI needs from the outside world, so tests can run it in-process as well. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a file, or standard input for "-". */
  readonly readInput: (path: string) => string;
  /** Whether to colour the output: a terminal, and no NO_COLOR. */
  readonly color: boolean;
}
