// Turns the pure decision into a fetch Response for protocol.handle. No electron import:
// Response is a Node global, so this runs in tests as it does in main.
import type { AppProtocolFs, AppProtocolRequest } from './resolveAppRequest';
import { resolveAppRequest } from './resolveAppRequest';

export interface ServeAppFs extends AppProtocolFs {
  readFile(path: string): Promise<Uint8Array<ArrayBuffer>>;
}

export async function serveAppRequest(
  request: AppProtocolRequest,
  rootDir: string,
  fs: ServeAppFs,
): Promise<Response> {
  const decision = await resolveAppRequest(request, rootDir, fs);
  const body = decision.body.kind === 'file' ? await fs.readFile(decision.body.path) : null;
  return new Response(body, { status: decision.status, headers: decision.headers });
}
