import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../shared/package/enums';
import { useLanguage } from '../../app/LanguageContext';
import { useAutosave } from '../../db/hooks/useAutosave';
import { saveProfile } from '../../db/repositories/profile';
import type { Profile } from '../../db/types';
import { profileSchema } from '../../db/rowSchemas';
import { clearJournal, readJournal, writeJournal } from '../../lib/typingJournal';

const JOURNAL = 'settings.profile';

/** A value typed before a reload that the database did not receive in time. */
function recovered(stored: Profile): Profile {
  const parsed = profileSchema.safeParse(readJournal(JOURNAL));
  return parsed.success ? { ...parsed.data, language: stored.language } : stored;
}

export function ProfileSection({ profile }: { profile: Profile }) {
  const { t } = useTranslation(['settings', 'firstStart', 'common']);
  const { language } = useLanguage();
  const [start] = useState(() => recovered(profile));
  const [name, setName] = useState(start.name);
  const [role, setRole] = useState<Role>(start.role);
  const [affiliation, setAffiliation] = useState(start.affiliation);
  const value: Profile = { name: name.trim() || profile.name, role, language, affiliation };
  const autosave = useAutosave(value, async (v) => {
    await saveProfile(v);
    clearJournal(JOURNAL);
  });
  // Replay a recovered value the database never received.
  useEffect(() => {
    if (JSON.stringify(start) !== JSON.stringify(profile)) {
      void saveProfile({ ...start, language }).then(() => clearJournal(JOURNAL));
    }
    // Only once, for the value recovered at mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const journal = (next: Partial<Profile>) => writeJournal(JOURNAL, { ...value, ...next });
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
              journal({ name: e.target.value.trim() || profile.name });
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
              journal({ role: e.target.value as Role });
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
              journal({ affiliation: e.target.value });
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
