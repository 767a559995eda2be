// The one text an installation signs for a workbook: the package digest, the digest of the
// visible-cell snapshot and what the reader needs to interpret both. Verify rebuilds it from
// what the file holds now, so a change to the data, to any visible cell recorded at export or
// to the layout makes the signature fail, even when the plain SHA-256 was recomputed.
// eslint-disable-next-line no-restricted-imports -- shared/crypto is pure TypeScript, not node:crypto
import { sha256HexOfText, sha256HexOfTextAsync } from '../crypto/sha256';
import { canonicalJson } from './canonical';
import type { VisibleLayout } from './layout';
import type { Snapshot } from './snapshot';

export interface SignedFormInput {
  /** packageDigest of the package as read (not the `$digest` cell). */
  digest: string;
  snapshot: Snapshot;
  packId: string;
  packVersion: string;
  language: string;
  layout: VisibleLayout;
}

export function signedForm(input: SignedFormInput): string {
  return formText(input, sha256HexOfText(canonicalJson(input.snapshot)));
}

/** The same text, its snapshot hashed by the platform where it can (verify). */
export async function signedFormAsync(input: SignedFormInput): Promise<string> {
  return formText(input, await sha256HexOfTextAsync(canonicalJson(input.snapshot)));
}

function formText(input: SignedFormInput, visibleCellsDigest: string): string {
  return canonicalJson({
    purpose: 'greenthread-workbook-signature',
    version: 1,
    packageDigest: input.digest,
    visibleCellsDigest,
    packId: input.packId,
    packVersion: input.packVersion,
    language: input.language,
    layout: input.layout,
  });
}
