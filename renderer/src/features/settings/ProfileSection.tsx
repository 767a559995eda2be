import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../shared/package/enums';
import { useLanguage } from '../../app/LanguageContext';
import { KeptTextNotice } from '../../components/KeptTextNotice';
import { useFieldsAutosave } from '../../db/hooks/useFieldsAutosave';
import { saveProfileFields } from '../../db/repositories/profile';
import { profileSchema } from '../../db/rowSchemas';
import type { Profile } from '../../db/types';
import { differingText } from '../../lib/fieldChanges';
import { recoverJournal } from '../../lib/typingJournal';

const JOURNAL = 'settings.profile';

/**
 * The user's own profile. Each field autosaves on its own, checked against the value it was
 * based on: another window's change of another field is kept, the same field changed there
 * first is shown with this form's text kept aside. The language follows the interface.
 */
export function ProfileSection({ profile }: { profile: Profile }) {
  const { t } = useTranslation(['settings', 'firstStart', 'common']);
  const { language } = useLanguage();
  const editor = useFieldsAutosave<Profile>({
    stored: profile,
    write: (base, patch) => saveProfileFields(base, patch),
    fromConflict: (row) => profileSchema.parse((row as { value: unknown }).value),
    journalKey: JOURNAL,
    // Typing from before a crash that the database did not receive: offered, not written.
    recover: () => recoverJournal(JOURNAL, profileSchema),
    canSave: (p) => p.name.trim() !== '',
  });
  const { value, edit, autosave } = editor;
  useEffect(() => {
    edit((p) => (p.language === language ? p : { ...p, language }));
  }, [language, edit]);
  const nameMissing = value.name.trim() === '';
  return (
    <section className="panel settings-section" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('profile')}</h2>
      {editor.recovered && (
        <KeptTextNotice
          kind="recovered"
          testId="settings-profile-recovered"
          yours={differingText(value, { ...editor.recovered, language: value.language })}
          onApply={() => editor.putBack('recovered')}
          onDiscard={() => editor.discard('recovered')}
        />
      )}
      {editor.conflict && (
        <KeptTextNotice
          kind="changedElsewhere"
          testId="settings-profile-conflict"
          yours={differingText(value, editor.conflict)}
          onApply={() => editor.putBack('conflict')}
          onDiscard={() => editor.discard('conflict')}
        />
      )}
      <form className="form-grid" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('firstStart:name')}
          <input
            value={value.name}
            onChange={(e) => {
              const name = e.target.value;
              edit((p) => ({ ...p, name }));
            }}
            maxLength={200}
            aria-invalid={nameMissing}
          />
          {nameMissing && <span className="error">{t('common:errors.required')}</span>}
        </label>
        <label>
          {t('firstStart:role')}
          <select
            value={value.role}
            onChange={(e) => {
              const role = e.target.value as Role;
              edit((p) => ({ ...p, role }));
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
          {t(value.role === 'officer' ? 'firstStart:bank' : 'firstStart:company')}
          <input
            value={value.affiliation}
            onChange={(e) => {
              const affiliation = e.target.value;
              edit((p) => ({ ...p, affiliation }));
            }}
            maxLength={200}
          />
        </label>
      </form>
      <p
        className={autosave.status === 'error' || nameMissing ? 'status error' : 'status'}
        aria-live="polite"
      >
        {nameMissing
          ? t('common:saveFailed', { error: t('common:errors.required') })
          : autosave.status === 'saving'
            ? t('common:saving')
            : autosave.status === 'error'
              ? t('common:saveFailed', { error: String(autosave.error) })
              : t('common:saved')}
      </p>
    </section>
  );
}
