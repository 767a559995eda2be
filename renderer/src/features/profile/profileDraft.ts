import type { Certification, PermitKind, Process } from '../../../../shared/package/enums';
import { isoDate } from '../../../../shared/package/primitives';
import type { Organisation, Permit } from '../../../../shared/package/schema';
import { parseBounded, type FieldError } from './parseField';

export interface PermitDraft {
  id: string;
  kind: PermitKind;
  number: string;
  issuedOn: string;
  expiresOn: string;
  note: string;
}

/** The form as typed: numbers stay text so a half-typed "12," is never thrown away. */
export interface ProfileDraft {
  nameMn: string;
  nameEn: string;
  registrationNo: string;
  aimag: string;
  district: string;
  address: string;
  processes: Process[];
  employees: string;
  annualTurnoverMnt: string;
  womenOwnershipPct: string;
  womenSeniorMgmtPct: string;
  certifications: Certification[];
  permits: PermitDraft[];
}

export type TextField = 'nameMn' | 'nameEn' | 'registrationNo' | 'aimag' | 'district' | 'address';
export type NumberField =
  'employees' | 'annualTurnoverMnt' | 'womenOwnershipPct' | 'womenSeniorMgmtPct';
export type PermitField = 'number' | 'issuedOn' | 'expiresOn' | 'note';

export interface DraftErrors {
  fields: Partial<Record<TextField | NumberField, FieldError>>;
  /** Keyed by permit id, then field. */
  permits: Record<string, Partial<Record<PermitField, FieldError>>>;
  count: number;
}

const NUMBER_RULES: Record<NumberField, { max: number; whole?: boolean; percent?: boolean }> = {
  employees: { max: 1_000_000, whole: true },
  annualTurnoverMnt: { max: 1e15 },
  womenOwnershipPct: { max: 100, percent: true },
  womenSeniorMgmtPct: { max: 100, percent: true },
};
export const TEXT_FIELDS: readonly TextField[] = [
  'nameMn',
  'nameEn',
  'registrationNo',
  'aimag',
  'district',
  'address',
];
export const NUMBER_FIELDS = Object.keys(NUMBER_RULES) as NumberField[];
const MAX_TEXT = 500;

const numText = (n: number) => (n === 0 ? '' : String(n));

export function permitToDraft(p: Permit): PermitDraft {
  return {
    id: p.id,
    kind: p.kind,
    number: p.number ?? '',
    issuedOn: p.issuedOn ?? '',
    expiresOn: p.expiresOn ?? '',
    note: p.note ?? '',
  };
}

export function toDraft(org: Organisation): ProfileDraft {
  return {
    nameMn: org.nameMn,
    nameEn: org.nameEn,
    registrationNo: org.registrationNo,
    aimag: org.aimag,
    district: org.district,
    address: org.address,
    processes: [...org.processes],
    employees: numText(org.employees),
    annualTurnoverMnt: numText(org.annualTurnoverMnt),
    womenOwnershipPct: numText(org.womenOwnershipPct),
    womenSeniorMgmtPct: numText(org.womenSeniorMgmtPct),
    certifications: [...org.certifications],
    permits: org.permits.map(permitToDraft),
  };
}

function dateError(text: string): FieldError | null {
  if (text === '') return null;
  return isoDate.safeParse(text).success ? null : 'badDate';
}

function permitFromDraft(
  d: PermitDraft,
  previous: Permit | undefined,
): { permit: Permit; errors: Partial<Record<PermitField, FieldError>> } {
  const errors: Partial<Record<PermitField, FieldError>> = {};
  const permit: Permit = { id: d.id, kind: d.kind };
  const keepOld = (k: PermitField) => {
    const old = previous?.[k];
    if (old !== undefined) permit[k] = old;
  };
  for (const k of ['number', 'note'] as const) {
    if (d[k].length > MAX_TEXT) {
      errors[k] = 'tooLong';
      keepOld(k);
    } else if (d[k].trim() !== '') permit[k] = d[k].trim();
  }
  for (const k of ['issuedOn', 'expiresOn'] as const) {
    const e = dateError(d[k]);
    if (e) {
      errors[k] = e;
      keepOld(k);
    } else if (d[k] !== '') permit[k] = d[k];
  }
  if (permit.issuedOn && permit.expiresOn && permit.expiresOn < permit.issuedOn) {
    errors.expiresOn = 'expiresBeforeIssued';
    delete permit.expiresOn;
    keepOld('expiresOn');
  }
  return { permit, errors };
}

/**
 * Turns the draft into an organisation that passes the schema. A field with an error keeps its
 * last saved value (so everything else still autosaves) and is reported in `errors`.
 */
export function fromDraft(
  draft: ProfileDraft,
  base: Organisation,
): { organisation: Organisation; errors: DraftErrors } {
  const errors: DraftErrors = { fields: {}, permits: {}, count: 0 };
  const org: Organisation = { ...base };
  for (const f of TEXT_FIELDS) {
    const v = draft[f];
    if (v.length > MAX_TEXT) errors.fields[f] = 'tooLong';
    else if (f === 'nameMn' && v.trim() === '') errors.fields[f] = 'required';
    else org[f] = f === 'nameMn' ? v.trim() : v;
  }
  for (const f of NUMBER_FIELDS) {
    const r = parseBounded(draft[f], NUMBER_RULES[f]);
    if (!r.ok) errors.fields[f] = r.error;
    else org[f] = r.value ?? 0;
  }
  org.processes = [...draft.processes];
  org.certifications = [...draft.certifications];
  const previous = new Map(base.permits.map((p) => [p.id, p]));
  org.permits = draft.permits.map((d) => {
    const { permit, errors: pe } = permitFromDraft(d, previous.get(d.id));
    if (Object.keys(pe).length > 0) errors.permits[d.id] = pe;
    return permit;
  });
  errors.count =
    Object.keys(errors.fields).length +
    Object.values(errors.permits).reduce((n, e) => n + Object.keys(e).length, 0);
  return { organisation: org, errors };
}
