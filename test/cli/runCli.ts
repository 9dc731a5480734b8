import { Writable } from 'node:stream';
import { main } from '../../src/cli/main';

/** Runs `dccs` in-process with captured output: `{ code, out, err }`. */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = sink();
  const err = sink();
  const code = await main(argv, out.stream, err.stream);
  return { code, out: out.text(), err: err.text() };
}

function sink() {
  let text = '';
  const stream = new Writable({ write(chunk, _enc, done) { text += String(chunk); done(); } });
  return { stream: stream as NodeJS.WritableStream, text: () => text };
}
