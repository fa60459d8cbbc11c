import { EXIT } from "./exit-codes.js";
import type { Interrupts } from "./interrupts.js";

/** Everything the CLI touches outside itself, injectable so commands are tested in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Standard input, for `-` inputs. */
  stdin?: NodeJS.ReadableStream;
  /** Whether stderr is a terminal (progress bars are drawn only there). */
  isTTY: boolean;
  /** Ctrl-C and SIGTERM (none when absent: in-process runs). */
  interrupts?: Interrupts;
  /**
   * Resolves once what was written to stdout has left the process; when its reader has gone (`| head`),
   * ends the run quietly instead. Absent in-process, where stdout is a string.
   */
  flushStdout?: () => Promise<void>;
}

export function processIo(interrupts?: Interrupts): CliIo {
  return {
    stdout: (text) => {
      // After EPIPE the stream is destroyed at once, but its 'error' event waits for a turn of the
      // event loop that a long output loop may never give: stop here instead, quietly (see watchProcess).
      if (process.stdout.destroyed) process.exit(EXIT.ok);
      process.stdout.write(text);
    },
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    stdin: process.stdin,
    isTTY: Boolean(process.stderr.isTTY),
    interrupts,
    flushStdout: () =>
      new Promise<void>((resolve) => {
        if (process.stdout.destroyed) process.exit(EXIT.ok);
        // Called after every earlier write, with EPIPE when the reader closed the pipe meanwhile.
        process.stdout.write("", (error) => {
          if ((error as NodeJS.ErrnoException | null | undefined)?.code === "EPIPE") process.exit(EXIT.ok);
          resolve();
        });
      }),
  };
}
