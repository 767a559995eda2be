import { renderHook, waitFor } from '@testing-library/react';
import { useActions } from '../../../renderer/src/db/hooks/useActions';
import { useApplications } from '../../../renderer/src/db/hooks/useApplications';
import { useAssessment } from '../../../renderer/src/db/hooks/useAssessment';
import { useAssessmentHistory } from '../../../renderer/src/db/hooks/useAssessmentHistory';
import { useAuditTrail } from '../../../renderer/src/db/hooks/useAuditTrail';
import { useEvidenceFor } from '../../../renderer/src/db/hooks/useEvidenceFor';
import { useOrganisation } from '../../../renderer/src/db/hooks/useOrganisation';
import { useProfile } from '../../../renderer/src/db/hooks/useProfile';
import { useProject } from '../../../renderer/src/db/hooks/useProject';
import { useTrash } from '../../../renderer/src/db/hooks/useTrash';
import { saveAction } from '../../../renderer/src/db/repositories/actions';
import { recordApplicationImport } from '../../../renderer/src/db/repositories/applications';
import {
  openAssessment,
  setAnswer,
  submitAssessment,
} from '../../../renderer/src/db/repositories/assessments';
import { addEvidence, linkEvidence } from '../../../renderer/src/db/repositories/evidence';
import { saveOrganisation } from '../../../renderer/src/db/repositories/organisations';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { saveProject } from '../../../renderer/src/db/repositories/projects';
import { moveToTrash } from '../../../renderer/src/db/repositories/trash';
import { freshDb, samplePackage, sampleOrganisation } from './helpers';

describe('live hooks', () => {
  it('useOrganisation: null when absent, then follows writes', async () => {
    const db = freshDb();
    const { result } = renderHook(() => useOrganisation('o1', db));
    await waitFor(() => expect(result.current).toBeNull());
    await saveOrganisation(sampleOrganisation('o1'), {}, db);
    await waitFor(() => expect(result.current?.employees).toBe(120));
    await saveOrganisation({ ...sampleOrganisation('o1'), employees: 7 }, {}, db);
    await waitFor(() => expect(result.current?.employees).toBe(7));
  });

  it('useAssessment and useAssessmentHistory follow submission and the next version', async () => {
    const db = freshDb();
    const a = await openAssessment({ orgId: 'o1', instrument: 'vcp', period: '2025' }, db);
    const current = renderHook(() => useAssessment('o1', 'vcp', undefined, db));
    const history = renderHook(() => useAssessmentHistory(a.id, db));
    await waitFor(() => expect(current.result.current?.status).toBe('draft'));
    await submitAssessment(a.id, null, db);
    await waitFor(() => expect(current.result.current?.status).toBe('submitted'));
    await setAnswer(a.id, 'VCP-1', { answer: 'yes' }, db);
    await waitFor(() => expect(history.result.current?.map((v) => v.version)).toEqual([1, 2]));
  });

  it('useProject, useActions, useEvidenceFor, useAuditTrail, useProfile, useTrash', async () => {
    const db = freshDb();
    await saveOrganisation(sampleOrganisation('o1'), {}, db);
    await saveProfile(
      { name: 'Saraa', role: 'officer', language: 'en', affiliation: 'Khan Bank' },
      db,
    );
    await saveProject('o1', samplePackage().project!, undefined, db);
    await saveAction('o1', samplePackage().actions[1]!, db);
    await saveAction('o1', samplePackage().actions[0]!, db);
    const file = await addEvidence('o1', new Blob(['x']), 'x.pdf', 'application/pdf', db);
    await linkEvidence('o1', file.sha, { kind: 'action', actionId: 'act-1' }, db);

    const project = renderHook(() => useProject('o1', db));
    const actions = renderHook(() => useActions('o1', db));
    const evidence = renderHook(() =>
      useEvidenceFor('o1', { kind: 'action', actionId: 'act-1' }, db),
    );
    const audit = renderHook(() => useAuditTrail({ orgId: 'o1' }, db));
    const profile = renderHook(() => useProfile(db));
    const trash = renderHook(() => useTrash(db));
    await waitFor(() => expect(project.result.current?.title).toBe('Boiler replacement'));
    // High priority first.
    await waitFor(() =>
      expect(actions.result.current?.map((a) => a.id)).toEqual(['act-1', 'act-2']),
    );
    await waitFor(() => expect(evidence.result.current?.map((e) => e.name)).toEqual(['x.pdf']));
    await waitFor(() => expect(audit.result.current?.[0]?.action).toBe('link'));
    await waitFor(() => expect(profile.result.current?.name).toBe('Saraa'));
    await waitFor(() => expect(trash.result.current).toEqual([]));
    await moveToTrash('o1', db);
    await waitFor(() => expect(trash.result.current?.map((o) => o.id)).toEqual(['o1']));
  });

  it('useApplications filters the portfolio', async () => {
    const db = freshDb();
    const digest = 'e'.repeat(64);
    await recordApplicationImport(
      {
        orgId: 'o1',
        category: 'A',
        greenDecision: 'eligible',
        amountMnt: 5e8,
        womenLed: true,
        digest,
      },
      db,
    );
    await recordApplicationImport(
      {
        orgId: 'o2',
        category: 'B',
        greenDecision: 'not_eligible',
        amountMnt: 1e8,
        womenLed: false,
        digest,
      },
      db,
    );
    await recordApplicationImport(
      {
        orgId: 'o3',
        category: 'B',
        greenDecision: 'eligible',
        amountMnt: 3e8,
        womenLed: true,
        digest,
      },
      db,
    );
    const byCategory = renderHook(() => useApplications({ category: 'B' }, db));
    const womenGreen = renderHook(() =>
      useApplications({ womenLed: true, greenDecision: 'eligible', minAmountMnt: 4e8 }, db),
    );
    await waitFor(() =>
      expect(byCategory.result.current?.map((a) => a.orgId).sort()).toEqual(['o2', 'o3']),
    );
    await waitFor(() => expect(womenGreen.result.current?.map((a) => a.orgId)).toEqual(['o1']));
  });
});
