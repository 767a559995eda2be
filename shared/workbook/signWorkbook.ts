// Signs a built workbook with the installation's key: the `$signature` row goes at the end of
// `_gt_data`. The key must be the one whose fingerprint the Summary shows.
// eslint-disable-next-line no-restricted-imports -- shared/crypto is pure TypeScript, not node:crypto
import { signText, SIGNATURE_ALGORITHM, type SigningKey } from '../crypto/ed25519';
import type { BuiltWorkbook } from './buildWorkbookSpec';
import { MACHINE_SHEET, signatureRow } from './machineSheet';

export async function signWorkbook(built: BuiltWorkbook, key: SigningKey): Promise<BuiltWorkbook> {
  const machine = built.spec.sheets.find((s) => s.name === MACHINE_SHEET);
  if (machine === undefined) throw new Error('the workbook has no machine sheet to sign');
  const signature = await signText(built.toSign, key);
  const row = signatureRow({
    algorithm: SIGNATURE_ALGORITHM,
    publicKey: key.publicKey.toLowerCase(),
    signature,
  });
  const sheets = built.spec.sheets.map((s) =>
    s === machine ? { ...s, rows: [...s.rows, row] } : s,
  );
  return { ...built, spec: { ...built.spec, sheets } };
}
