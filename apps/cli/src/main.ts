import { createInterface } from 'node:readline';
import { runCli } from './cli';
import { debugLog } from './debug';
import type { CliIo } from './io';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A password read from the terminal with echo off (readline writes nothing of what is typed). */
function promptSecret(question: string): Promise<string> {
  return new Promise((resolve) => {
    process.stderr.write(question);
    const rl = createInterface({ input: process.stdin, output: undefined, terminal: true });
    process.stdin.setRawMode?.(true);
    rl.question('', (answer) => {
      process.stdin.setRawMode?.(false);
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

const io: CliIo = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  env: process.env,
  isTTY: process.stdout.isTTY === true && !process.env.NO_COLOR,
  cwd: process.cwd(),
  readStdin,
  promptSecret: process.stdin.isTTY ? promptSecret : undefined,
};

// `lvsctl export x | head`: a reader that stops early is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

// Exit once the output is flushed: keep-alive sockets of the HTTP client (and socket.io's) would
// otherwise hold the process for seconds after the command is done.
debugLog(io, 'time', 'bundle loaded');
const exit = (code: number) => {
  debugLog(io, 'time', `exit ${code}`);
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
};
runCli(process.argv.slice(2), io).then(exit, (e: Error) => {
  process.stderr.write(`error: ${e.message}\n`);
  exit(1);
});
