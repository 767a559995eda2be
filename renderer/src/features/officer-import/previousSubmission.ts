// Finds an earlier submission of the same organisation and lists what changed since.
import type { ApplicationPackage } from '../../../../shared/package/schema';
import { diffPackages, type PackageDifference } from '../../../../shared/workbook';

/** Envelope fields that change on every export; they are not "what the MSME changed". */
const ENVELOPE = new Set(['createdAt', 'preparedBy', 'appVersion', 'language']);

export interface KnownOrganisation {
  id: string;
  registrationNo: string;
  nameMn: string;
}

/** Same organisation: the same org id, or the same registration number (trimmed, non-empty). */
export function findSameOrganisation(
  pkg: ApplicationPackage,
  known: readonly KnownOrganisation[],
): KnownOrganisation | undefined {
  const reg = pkg.organisation.registrationNo.trim();
  return (
    known.find((o) => o.id === pkg.organisation.id) ??
    (reg === '' ? undefined : known.find((o) => o.registrationNo.trim() === reg))
  );
}

/** Field-by-field changes from the previous import to this one, envelope left out. */
export function changesSinceLastImport(
  previous: ApplicationPackage,
  next: ApplicationPackage,
): PackageDifference[] {
  // The organisation id may differ when matched by registration number; compare like for like.
  const aligned = { ...next, organisation: { ...next.organisation, id: previous.organisation.id } };
  return diffPackages(previous, aligned).filter(
    (d) => !(d.path.length === 1 && ENVELOPE.has(String(d.path[0]))),
  );
}
