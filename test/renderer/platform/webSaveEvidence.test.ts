// The browser build's "Save a copy…" of an evidence file: a download of exactly its bytes, under
// its cleaned name, as plain bytes the browser saves and does not render.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { webPlatform } from '../../../renderer/src/platform/webPlatform';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('webPlatform.saveFile of an evidence file', () => {
  it('downloads the exact bytes as application/octet-stream under the cleaned name', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:evidence';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);

    const result = await webPlatform.saveFile({
      kind: 'evidence',
      suggestedName: '../../CON.png',
      bytes,
    });

    expect(result).toEqual({ saved: true, name: 'evidence.png' });
    expect(clicked[0]?.download).toBe('evidence.png');
    expect(blobs[0]?.type).toBe('application/octet-stream');
    expect([...new Uint8Array(await blobs[0]!.arrayBuffer())]).toEqual([...bytes]);
  });
});
