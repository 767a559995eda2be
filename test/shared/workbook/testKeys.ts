// Fixed signing keys for tests (RFC 8032 seeds of 0x11… and 0x22…): the first stands for the
// exporting installation, the second for "another computer".
import type { SigningKey } from '../../../shared/crypto/ed25519';
import { signWorkbook, type BuiltWorkbook } from '../../../shared/workbook';

export const TEST_KEY: SigningKey = {
  secretKey: '11'.repeat(32),
  publicKey: 'd04ab232742bb4ab3a1368bd4615e4e6d0224ab71a016baf8520a332c9778737',
  createdAt: '2026-12-01T00:00:00.000Z',
};

export const OTHER_KEY: SigningKey = {
  secretKey: '22'.repeat(32),
  publicKey: 'a09aa5f47a6759802ff955f8dc2d2a14a5c99d23be97f864127ff9383455a4f0',
  createdAt: '2026-12-01T00:00:00.000Z',
};

export function signedWith(
  built: BuiltWorkbook,
  key: SigningKey = TEST_KEY,
): Promise<BuiltWorkbook> {
  return signWorkbook(built, key);
}
