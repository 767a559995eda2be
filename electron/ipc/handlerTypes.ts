import type { PrintToPDFOptions } from 'electron';
import type { InvokeChannel, InvokeMap } from '../../shared/ipc/channels';

/** The part of WebContents a handler may use: printing the calling window to PDF. */
export interface PdfSource {
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
}

export interface HandlerContext {
  sender: PdfSource;
}

export type Handler<C extends InvokeChannel> = (
  arg: InvokeMap[C]['arg'],
  ctx: HandlerContext,
) => Promise<InvokeMap[C]['result']>;

export type Handlers = { [C in InvokeChannel]: Handler<C> };
