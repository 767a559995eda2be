// One batch worker: runs single-file commands it is sent, one at a time, with what they print
// captured and handed back (see batchHost.ts).
import { parentPort } from 'node:worker_threads';
import { runCli } from './main';
import { nodeIo } from './nodeIo';

const port = parentPort;
if (port) {
  const base = nodeIo();
  port.on('message', (argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const io = {
      ...base,
      argv,
      stdout: (t: string) => void (stdout += t),
      stderr: (t: string) => void (stderr += t),
    };
    void runCli(io).then(
      (code) => port.postMessage({ code, stdout, stderr }),
      (error: unknown) =>
        port.postMessage({ code: 2, stdout, stderr: `${stderr}${String(error)}\n` }),
    );
  });
}
