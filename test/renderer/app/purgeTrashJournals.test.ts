import { beforeEach, describe, expect, it } from 'vitest';
import { purgeDueTrash } from '../../../renderer/src/app/trashActions';
import { saveAction } from '../../../renderer/src/db/repositories/actions';
import { openAssessment } from '../../../renderer/src/db/repositories/assessments';
import { saveOrganisation } from '../../../renderer/src/db/repositories/organisations';
import { moveToTrash } from '../../../renderer/src/db/repositories/trash';
import { actionJournalKey } from '../../../renderer/src/features/action-plan/actionJournal';
import { projectJournalKey } from '../../../renderer/src/features/green-project/projectJournal';
import { metricsJournalKey } from '../../../renderer/src/features/metrics/metricsJournal';
import { quickJournalKey } from '../../../renderer/src/features/monthly-entry/quickJournal';
import { profileJournalKey } from '../../../renderer/src/features/profile/profileJournal';
import { vcpJournalKey } from '../../../renderer/src/features/self-assessment/vcpJournal';
import {
  clearJournalsFor,
  readJournal,
  writeJournal,
} from '../../../renderer/src/lib/typingJournal';
import { freshDb, sampleOrganisation } from '../db/helpers';

const DAY = 86_400_000;

/** Every journal a form writes for one organisation, with the features' own key formats. */
function journalsOf(orgId: string, assessmentId: string, actionId: string): string[] {
  const keys = [
    metricsJournalKey(orgId),
    quickJournalKey(orgId),
    projectJournalKey(orgId),
    profileJournalKey(orgId),
    actionJournalKey(orgId, actionId),
    vcpJournalKey(assessmentId),
  ];
  for (const k of keys) writeJournal(k, { typed: k });
  return keys;
}

const present = (keys: readonly string[]) => keys.filter((k) => readJournal(k) !== undefined);

beforeEach(() => localStorage.clear());

describe('clearJournalsFor', () => {
  it('drops every journal of the organisation and nothing of another, even with dotted ids', () => {
    const gone = journalsOf('a', 'as-1', 'act.1');
    // "a.b" begins like "a.": a prefix match would take its journals too.
    const kept = journalsOf('a.b', 'as-2', 'act.2');
    writeJournal('settings.profile', { name: 'me' });
    clearJournalsFor('a', { assessmentIds: ['as-1'], actionIds: ['act.1'] });
    expect(present(gone)).toEqual([]);
    expect(present(kept)).toEqual(kept);
    expect(readJournal('settings.profile')).toEqual({ name: 'me' });
  });
});

describe('purging the trash', () => {
  it('clears the typing journals of purged organisations only', async () => {
    const db = freshDb();
    const ids = new Map<string, { assessment: string; action: string }>();
    for (const orgId of ['o1', 'o2']) {
      await saveOrganisation(sampleOrganisation(orgId, `Org ${orgId}`), {}, db);
      const a = await openAssessment({ orgId, instrument: 'vcp', period: '2025' }, db);
      const action = `act-${orgId}`;
      await saveAction(
        orgId,
        { id: action, source: { kind: 'manual' }, action: 'Fix', priority: 'low', status: 'open' },
        db,
      );
      ids.set(orgId, { assessment: a.id, action });
    }
    const t0 = new Date('2026-01-01T00:00:00Z');
    await moveToTrash('o1', db, t0);
    // o2 is in the trash too, but not yet for 30 days.
    await moveToTrash('o2', db, new Date(t0.getTime() + 20 * DAY));
    const o1 = ids.get('o1');
    const o2 = ids.get('o2');
    if (!o1 || !o2) throw new Error('setup');
    const gone = journalsOf('o1', o1.assessment, o1.action);
    const kept = journalsOf('o2', o2.assessment, o2.action);

    expect(await purgeDueTrash(new Date(t0.getTime() + 25 * DAY), db)).toEqual([]);
    expect(present(gone)).toEqual(gone);

    expect(await purgeDueTrash(new Date(t0.getTime() + 31 * DAY), db)).toEqual(['o1']);
    expect(present(gone)).toEqual([]);
    expect(present(kept)).toEqual(kept);
  });
});
