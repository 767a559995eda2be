import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { metricsForProcesses } from '../../../../shared/catalogue/metrics';
import type { Organisation } from '../../../../shared/package/schema';
import { hrefFor } from '../../app/router';
import { useAutosave } from '../../db/hooks/useAutosave';
import { updateOrganisation } from '../../db/repositories/organisations';
import { mergeChanges } from './mergeChanges';
import { ChoiceList } from './ChoiceList';
import { PermitsEditor } from './PermitsEditor';
import { ProfileFields } from './ProfileFields';
import { fromDraft, toDraft, type ProfileDraft } from './profileDraft';
import { profileJournalKey, recoverProfile } from './profileJournal';
import { SaveStatus } from './SaveStatus';
import { CERTIFICATIONS, PROCESSES } from '../../../../shared/package/enums';

/**
 * The whole profile as one draft. `saved` is the stored organisation (live): a field the user
 * has left invalid falls back to its stored value, so the rest keeps autosaving.
 */
export function ProfileForm({ saved }: { saved: Organisation }) {
  const { t } = useTranslation(['profile', 'common']);
  const journalKey = profileJournalKey(saved.id);
  // Typing from before a reload that the database did not receive in time.
  const [recovered] = useState(() => recoverProfile(saved.id));
  const [draft, setDraft] = useState<ProfileDraft>(() => toDraft(recovered ?? saved));
  const { organisation, errors } = fromDraft(draft, saved);
  // The same content must keep the same identity, or every stored update would trigger a save.
  const json = JSON.stringify(organisation);
  const value = useMemo(() => JSON.parse(json) as Organisation, [json]);
  // What this form last wrote: only fields changed since then are written over the stored row.
  // A recovered draft was never written, so its changes count from the stored organisation.
  const lastWritten = useRef(recovered ? saved : value);
  // Read, merge and write in one transaction, so another window's write cannot land between
  // this form reading the row and writing it back.
  const persist = useCallback(async (org: Organisation) => {
    await updateOrganisation(org.id, (stored) => mergeChanges(stored, lastWritten.current, org));
    lastWritten.current = org;
  }, []);
  const autosave = useAutosave(value, persist, {
    delayMs: 500,
    journalKey,
    recovered: recovered !== undefined,
  });

  const update = (patch: Partial<ProfileDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const metricCount = metricsForProcesses(draft.processes).length;
  const orgLink = (section: string) => hrefFor({ name: 'org', orgId: saved.id, section });

  return (
    <form className="profile-form" onSubmit={(e) => e.preventDefault()} noValidate>
      <SaveStatus status={autosave.status} error={autosave.error} invalidCount={errors.count} />
      <ProfileFields draft={draft} errors={errors.fields} onChange={update} />

      <fieldset className="panel choice-panel" aria-describedby="processes-help">
        <legend>{t('processes.title')}</legend>
        <p id="processes-help" className="hint">
          {t('processes.help')}
        </p>
        <ChoiceList
          name="process"
          options={PROCESSES}
          selected={draft.processes}
          label={(p) => t(`processes.names.${p}`)}
          onChange={(processes) => update({ processes })}
        />
        <p className="status" aria-live="polite" data-testid="process-count">
          {draft.processes.length === 0
            ? t('processes.none')
            : t('processes.count', { count: metricCount })}
        </p>
      </fieldset>

      <fieldset className="panel choice-panel" aria-describedby="certs-help">
        <legend>{t('certifications.title')}</legend>
        <p id="certs-help" className="hint">
          {t('certifications.help')}
        </p>
        <ChoiceList
          name="certification"
          options={CERTIFICATIONS}
          selected={draft.certifications}
          label={(c) => t(`certifications.names.${c}`)}
          onChange={(certifications) => update({ certifications })}
        />
      </fieldset>

      <PermitsEditor
        permits={draft.permits}
        errors={errors.permits}
        onChange={(permits) => update({ permits })}
      />

      <nav className="panel next-steps" aria-labelledby="profile-next">
        <h2 id="profile-next">{t('next.title')}</h2>
        {draft.processes.length === 0 ? (
          <p>{t('next.processesFirst')}</p>
        ) : (
          <ol>
            <li>
              <a href={orgLink('metrics')}>{t('next.metrics')}</a>
            </li>
            <li>
              <a href={orgLink('vcp')}>{t('next.vcp')}</a>
            </li>
            <li>
              <a href={orgLink('overview')}>{t('next.overview')}</a>
            </li>
          </ol>
        )}
      </nav>
    </form>
  );
}
