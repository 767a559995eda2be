// The two bank-server channels: main holds the address the user set in Settings and sends the
// renderer's requests there and nowhere else (the renderer's CSP keeps connect-src 'self').
import { checkBankServerAddress } from '../../adapters/node/bankServer/address';
import { sendToBankServer, type BankServerFetch } from '../../adapters/node/bankServer/send';
import type { Handlers } from './handlerTypes';

/** Where main keeps the address between runs (a small file in the user-data folder). */
export interface BankServerStore {
  load(): Promise<string | null>;
  save(origin: string): Promise<void>;
}

export interface BankServerDeps {
  fetch: BankServerFetch;
  store: BankServerStore;
  timeoutMs?: number;
  maxReplyBytes?: number;
}

export interface TextFileFs {
  readFile(path: string): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
}

/** A file-backed store; a hand-edited file with an address the check refuses counts as none. */
export function fileBankServerStore(fs: TextFileFs, file: string): BankServerStore {
  return {
    async load() {
      try {
        const raw: unknown = JSON.parse(await fs.readFile(file));
        const origin =
          typeof raw === 'object' && raw !== null ? (raw as { origin?: unknown }).origin : null;
        if (typeof origin !== 'string') return null;
        const checked = checkBankServerAddress(origin);
        return checked.ok ? checked.origin : null;
      } catch {
        return null;
      }
    },
    save: (origin) => fs.writeFile(file, JSON.stringify({ origin })),
  };
}

export function createBankServerHandlers(
  deps: BankServerDeps,
): Pick<Handlers, 'bank-server:set-address' | 'bank-server:request'> {
  let held: Promise<string | null> | null = null;
  const origin = () => (held ??= deps.store.load());
  return {
    'bank-server:set-address': async (address) => {
      const checked = checkBankServerAddress(address);
      if (!checked.ok) return checked;
      await deps.store.save(checked.origin);
      held = Promise.resolve(checked.origin);
      return checked;
    },
    'bank-server:request': async (request) =>
      sendToBankServer(
        { fetch: deps.fetch, timeoutMs: deps.timeoutMs, maxReplyBytes: deps.maxReplyBytes },
        await origin(),
        request,
      ),
  };
}
