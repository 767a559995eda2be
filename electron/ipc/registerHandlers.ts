// The ONE place main registers IPC: every channel goes through handle(), which checks the sender
// frame (checklist item 17) and validates the argument before the handler runs.
import type { z } from 'zod';
import type { InvokeChannel, InvokeMap } from '../../shared/ipc/channels';
import { INVOKE } from '../../shared/ipc/channels';
import type { HandlerContext, Handlers, PdfSource } from './handlerTypes';
import { validators } from './validators';

export interface InvokeEventLike {
  senderFrame: { url: string } | null;
  sender: PdfSource;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
}

export type SenderCheck = (frameUrl: string) => boolean;

export function createHandle(ipcMain: IpcMainLike, isTrustedSender: SenderCheck) {
  return function handle<C extends InvokeChannel>(
    channel: C,
    schema: z.ZodType<InvokeMap[C]['arg']>,
    fn: (arg: InvokeMap[C]['arg'], ctx: HandlerContext) => Promise<InvokeMap[C]['result']>,
  ): void {
    ipcMain.handle(channel, async (event, ...args) => {
      const frameUrl = event.senderFrame?.url ?? '';
      if (!isTrustedSender(frameUrl)) {
        throw new Error(`${channel}: refused, the caller is not the GreenThread window`);
      }
      if (args.length > 1) {
        throw new Error(`${channel}: expected at most one argument, got ${args.length}`);
      }
      const parsed = schema.safeParse(args[0]);
      if (!parsed.success) {
        const detail = parsed.error.issues
          .map((issue) => `${issue.path.join('.') || '(argument)'}: ${issue.message}`)
          .join('; ');
        throw new Error(`${channel}: invalid argument: ${detail}`);
      }
      return fn(parsed.data, { sender: event.sender });
    });
  };
}

// Generic so TypeScript pairs each channel's validator with the same channel's handler.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
function registerOne<C extends InvokeChannel>(
  handle: ReturnType<typeof createHandle>,
  channel: C,
  handlers: Handlers,
): void {
  handle(channel, validators[channel], handlers[channel]);
}

/** Registers every channel in INVOKE; returns the channel names for the security self-check. */
export function registerHandlers(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isTrustedSender: SenderCheck,
): InvokeChannel[] {
  const handle = createHandle(ipcMain, isTrustedSender);
  const channels = Object.values(INVOKE);
  for (const channel of channels) registerOne(handle, channel, handlers);
  return channels;
}
