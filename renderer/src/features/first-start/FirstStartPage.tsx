import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, ROLES, type Role } from '../../../../shared/package/enums';
import { useLanguage } from '../../app/LanguageContext';
import { saveProfile } from '../../db/repositories/profile';

/** First start: language, role and name, before anything else. */
export function FirstStartPage() {
  const { t } = useTranslation(['firstStart', 'common']);
  const { language, setLanguage } = useLanguage();
  const [role, setRole] = useState<Role>('msme');
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [error, setError] = useState(false);

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError(true);
      return;
    }
    await saveProfile({ name: name.trim(), role, language, affiliation: organisation.trim() });
    window.location.hash =
      role === 'officer' ? '#/officer/portfolio' : role === 'trainer' ? '#/workshop/home' : '#/';
  }

  return (
    <section className="page first-start" aria-labelledby="fs-title">
      <h1 id="fs-title">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <form className="form-card" onSubmit={(e) => void onSubmit(e)}>
        <fieldset>
          <legend>{t('common:language')}</legend>
          {LANGUAGES.map((l) => (
            <label key={l} className="inline">
              <input
                type="radio"
                name="language"
                checked={language === l}
                onChange={() => setLanguage(l)}
              />
              {t(`common:languages.${l}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('role')}</legend>
          {ROLES.map((r) => (
            <label key={r} className="inline">
              <input type="radio" name="role" checked={role === r} onChange={() => setRole(r)} />
              {t(`roles.${r}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('name')}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error}
            maxLength={200}
            autoFocus
          />
          {error && <span className="error">{t('common:errors.required')}</span>}
        </label>
        <label>
          {t(role === 'officer' ? 'bank' : 'company')}
          <input
            value={organisation}
            onChange={(e) => setOrganisation(e.target.value)}
            maxLength={200}
          />
        </label>
        <button type="submit" className="primary">
          {t('start')}
        </button>
      </form>
    </section>
  );
}
