import { describe, expect, it } from 'vitest';
import { organisationSchema } from '../../../../shared/package/schema';
import { blankOrganisation } from '../../../../renderer/src/db/repositories/organisations';
import { fromDraft, toDraft } from '../../../../renderer/src/features/profile/profileDraft';
import { mergeChanges } from '../../../../renderer/src/features/profile/mergeChanges';

describe('fromDraft', () => {
  const base = { ...blankOrganisation('Ноос ХХК'), employees: 40, womenOwnershipPct: 20 };

  it('round-trips a stored organisation unchanged', () => {
    const org = {
      ...base,
      processes: ['scouring' as const],
      permits: [{ id: 'p1', kind: 'water_use' as const, expiresOn: '2026-01-01' }],
    };
    const { organisation, errors } = fromDraft(toDraft(org), org);
    expect(errors.count).toBe(0);
    expect(organisation).toEqual(org);
  });

  it('keeps the stored value of an invalid field, saves the rest and counts the errors', () => {
    const draft = {
      ...toDraft(base),
      employees: '12.5',
      womenOwnershipPct: '120',
      annualTurnoverMnt: '1 500 000 000',
      nameMn: '  ',
    };
    const { organisation, errors } = fromDraft(draft, base);
    expect(errors.fields).toEqual({
      employees: 'notWhole',
      womenOwnershipPct: 'over100',
      nameMn: 'required',
    });
    expect(errors.count).toBe(3);
    expect(organisation.employees).toBe(40);
    expect(organisation.womenOwnershipPct).toBe(20);
    expect(organisation.nameMn).toBe('Ноос ХХК');
    expect(organisation.annualTurnoverMnt).toBe(1_500_000_000);
    expect(organisationSchema.safeParse(organisation).success).toBe(true);
  });

  it('refuses an expiry before the issue date and a non-date', () => {
    const draft = {
      ...toDraft(base),
      permits: [
        {
          id: 'p1',
          kind: 'eia' as const,
          number: ' 123 ',
          issuedOn: '2025-05-01',
          expiresOn: '2025-01-01',
          note: '',
        },
        {
          id: 'p2',
          kind: 'other' as const,
          number: '',
          issuedOn: '2025-02-30',
          expiresOn: '',
          note: '',
        },
      ],
    };
    const { organisation, errors } = fromDraft(draft, base);
    expect(errors.permits).toEqual({
      p1: { expiresOn: 'expiresBeforeIssued' },
      p2: { issuedOn: 'badDate' },
    });
    expect(organisation.permits).toEqual([
      { id: 'p1', kind: 'eia', number: '123', issuedOn: '2025-05-01' },
      { id: 'p2', kind: 'other' },
    ]);
    expect(organisationSchema.safeParse(organisation).success).toBe(true);
  });
});

describe('mergeChanges', () => {
  it('writes only the fields this form changed over what another window stored', () => {
    const before = { ...blankOrganisation('Ноос ХХК'), employees: 40, nameEn: 'Wool LLC' };
    const stored = { ...before, nameEn: 'Wool Group' }; // renamed in another window
    const after = { ...before, employees: 140 }; // this form changed staff only
    expect(mergeChanges(stored, before, after)).toEqual({
      ...before,
      nameEn: 'Wool Group',
      employees: 140,
    });
    const noContact = { ...before, contactName: 'Bat' };
    expect(mergeChanges(noContact, noContact, before).contactName).toBeUndefined();
  });
});
