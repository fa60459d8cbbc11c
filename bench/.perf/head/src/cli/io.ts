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
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    stdin: process.stdin,
    isTTY: Boolean(process.stderr.isTTY),
  };
}
