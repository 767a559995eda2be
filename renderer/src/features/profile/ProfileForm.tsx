import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { metricsForProcesses } from '../../../../shared/catalogue/metrics';
import type { Organisation } from '../../../../shared/package/schema';
import { hrefFor } from '../../app/router';
import { useAutosave } from '../../db/hooks/useAutosave';
import { organisationFromRow, updateOrganisation } from '../../db/repositories/organisations';
import { KeptTextNotice } from '../../components/KeptTextNotice';
import { clearJournal } from '../../lib/typingJournal';
import { changedKeys, differingText, withFields } from '../../lib/fieldChanges';
import { conflictingFields, mergeChanges } from './mergeChanges';
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
  // Typing from before a crash or reload that the database did not receive: offered back, never
  // written until the user says so (it may be older than what another window stored since).
  const [recovered, setRecovered] = useState(() => recoverProfile(saved.id));
  const [draft, setDraft] = useState<ProfileDraft>(() => toDraft(saved));
  const { organisation, errors } = fromDraft(draft, saved);
  // The same content must keep the same identity, or every stored update would trigger a save.
  const json = JSON.stringify(organisation);
  const value = useMemo(() => JSON.parse(json) as Organisation, [json]);
  // What this form last wrote (or took from the store): only fields changed since then are
  // written over the stored row, and only if no other window changed them meanwhile.
  const lastWritten = useRef(value);
  const valueRef = useRef(value);
  useLayoutEffect(() => {
    valueRef.current = value;
  }, [value]);
  // Fields another window changed that this form had changed too: the stored value is shown,
  // the user's is kept here to apply again or discard.
  const [conflict, setConflict] = useState<Organisation | null>(null);
  // Read, merge and write in one transaction, so another window's write cannot land between
  // this form reading the row and writing it back.
  const persist = useCallback(async (org: Organisation) => {
    // Showing another window's save is not an edit: nothing to write.
    if (JSON.stringify(org) === JSON.stringify(lastWritten.current)) return;
    let clash: string[] = [];
    const row = await updateOrganisation(org.id, (stored) => {
      clash = conflictingFields(stored, lastWritten.current, org);
      // The clashing fields are refused (they keep the other window's value); the rest merge.
      return withFields(mergeChanges(stored, lastWritten.current, org), stored, clash);
    });
    const now = organisationFromRow(row);
    lastWritten.current = now;
    if (clash.length > 0) setConflict((c) => withFields(c ?? now, org, clash));
    // The form shows what is stored now (other windows' fields, and the stored value of a refused
    // one), keeping only what the user typed during the write; a later edit counts from it.
    const shown = mergeChanges(now, org, valueRef.current);
    if (JSON.stringify(shown) !== JSON.stringify(valueRef.current)) setDraft(toDraft(shown));
  }, []);
  const autosave = useAutosave(value, persist, { delayMs: 500, journalKey });

  // Another window's save while this form has nothing unsaved: show it, so "Saved" is never
  // shown beside a value that is no longer the stored one.
  const savedJson = JSON.stringify(saved);
  useEffect(() => {
    const stored = JSON.parse(savedJson) as Organisation;
    if (autosave.hasPendingChanges) return;
    if (JSON.stringify(valueRef.current) !== JSON.stringify(lastWritten.current)) return;
    if (JSON.stringify(stored) === JSON.stringify(lastWritten.current)) return;
    lastWritten.current = stored;
    setDraft(toDraft(stored));
  }, [savedJson, autosave.hasPendingChanges]);

  const putBack = (mine: Organisation) => setDraft(toDraft({ ...valueRef.current, ...mine }));

  const update = (patch: Partial<ProfileDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const metricCount = metricsForProcesses(draft.processes).length;
  const orgLink = (section: string) => hrefFor({ name: 'org', orgId: saved.id, section });

  return (
    <form className="profile-form" onSubmit={(e) => e.preventDefault()} noValidate>
      {recovered && (
        <KeptTextNotice
          kind="recovered"
          testId="profile-recovered"
          yours={differingText(value, recovered)}
          onApply={() => {
            putBack(withFields(value, recovered, changedKeys(value, recovered)));
            setRecovered(undefined);
          }}
          onDiscard={() => {
            clearJournal(journalKey);
            setRecovered(undefined);
          }}
        />
      )}
      {conflict && (
        <KeptTextNotice
          kind="changedElsewhere"
          testId="profile-conflict"
          yours={differingText(value, conflict)}
          onApply={() => {
            putBack(withFields(value, conflict, changedKeys(value, conflict)));
            setConflict(null);
          }}
          onDiscard={() => setConflict(null)}
        />
      )}
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
