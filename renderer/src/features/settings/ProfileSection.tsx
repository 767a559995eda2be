import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../shared/package/enums';
import { useLanguage } from '../../app/LanguageContext';
import { useAutosave } from '../../db/hooks/useAutosave';
import { saveProfile } from '../../db/repositories/profile';
import type { Profile } from '../../db/types';
import { profileSchema } from '../../db/rowSchemas';
import { recoverJournal } from '../../lib/typingJournal';

const JOURNAL = 'settings.profile';

/** The fields this form edits (the language follows the interface, not the form). */
function sameEditable(a: Profile, b: Profile): boolean {
  return a.name === b.name && a.role === b.role && a.affiliation === b.affiliation;
}

export function ProfileSection({ profile }: { profile: Profile }) {
  const { t } = useTranslation(['settings', 'firstStart', 'common']);
  const { language } = useLanguage();
  // Typing from before a reload that the database did not receive in time.
  const [recovered] = useState(() => recoverJournal(JOURNAL, profileSchema));
  const start = recovered ?? profile;
  const [name, setName] = useState(start.name);
  const [role, setRole] = useState<Role>(start.role);
  const [affiliation, setAffiliation] = useState(start.affiliation);
  const nameOrStored = name.trim() || profile.name;
  // A new object every render would look like a change every render and save in a loop.
  const value = useMemo(
    (): Profile => ({ name: nameOrStored, role, language, affiliation }),
    [nameOrStored, role, language, affiliation],
  );
  // The stored profile as this form last knew it (its start, or its own last save). A stored
  // profile that differs from it was changed elsewhere (a restore, another window): the form
  // takes it up instead of keeping, and later saving, its own older copy.
  const known = useRef<Profile>(start);
  const persist = useCallback(async (v: Profile) => {
    known.current = v;
    await saveProfile(v);
  }, []);
  const lastStored = useRef<Profile>(profile);
  useEffect(() => {
    // Only a change of the stored profile counts (on mount it may differ from a recovered edit).
    if (sameEditable(profile, lastStored.current)) return;
    lastStored.current = profile;
    if (sameEditable(profile, known.current)) return;
    known.current = profile;
    setName(profile.name);
    setRole(profile.role);
    setAffiliation(profile.affiliation);
  }, [profile]);
  const autosave = useAutosave(value, persist, {
    journalKey: JOURNAL,
    recovered: recovered !== undefined,
  });
  return (
    <section className="panel settings-section" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('profile')}</h2>
      <form className="form-grid" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('firstStart:name')}
          <input
            value={name}
            onChange={(e) => {
              setName(e.target.value);
            }}
            maxLength={200}
            aria-invalid={name.trim() === ''}
          />
          {name.trim() === '' && <span className="error">{t('common:errors.required')}</span>}
        </label>
        <label>
          {t('firstStart:role')}
          <select
            value={role}
            onChange={(e) => {
              setRole(e.target.value as Role);
            }}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`firstStart:roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(role === 'officer' ? 'firstStart:bank' : 'firstStart:company')}
          <input
            value={affiliation}
            onChange={(e) => {
              setAffiliation(e.target.value);
            }}
            maxLength={200}
          />
        </label>
      </form>
      <p className={autosave.status === 'error' ? 'status error' : 'status'} aria-live="polite">
        {autosave.status === 'saving'
          ? t('common:saving')
          : autosave.status === 'error'
            ? t('common:saveFailed', { error: String(autosave.error) })
            : t('common:saved')}
      </p>
    </section>
  );
}
