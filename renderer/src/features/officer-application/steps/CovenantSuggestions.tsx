import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  covenantItem,
  type CovenantSuggestion,
} from '../../../../../shared/officer-record/covenantSuggestions';
import type { Language } from '../../../../../shared/package/enums';
import { saveAction } from '../../../db/repositories/actions';

/** One suggested covenant: its words editable before the officer accepts or rejects it. */
function SuggestionRow({
  orgId,
  s,
  language,
}: {
  orgId: string;
  s: CovenantSuggestion;
  language: Language;
}) {
  const { t } = useTranslation('screening');
  const [action, setAction] = useState(s.action[language]);
  const [covenant, setCovenant] = useState(s.covenant[language]);
  const [busy, setBusy] = useState(false);
  const decide = async (accepted: boolean) => {
    setBusy(true);
    try {
      await saveAction(orgId, covenantItem(s, { action, covenant }, accepted));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li data-testid="covenant-suggestion" data-id={s.id}>
      <label>
        {t('covenants.action')}
        <textarea
          rows={2}
          value={action}
          maxLength={10_000}
          onChange={(e) => setAction(e.target.value)}
        />
      </label>
      <label>
        {t('covenants.covenant')}
        <textarea
          rows={2}
          value={covenant}
          maxLength={10_000}
          onChange={(e) => setCovenant(e.target.value)}
        />
      </label>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={busy || action.trim() === ''}
          onClick={() => void decide(true)}
        >
          {t('covenants.accept')}
        </button>
        <button type="button" disabled={busy} onClick={() => void decide(false)}>
          {t('covenants.reject')}
        </button>
      </div>
    </li>
  );
}

/** Covenants suggested from the findings and the green decision, not yet accepted or rejected. */
export function CovenantSuggestions({
  orgId,
  suggestions,
  language,
}: {
  orgId: string;
  suggestions: readonly CovenantSuggestion[];
  language: Language;
}) {
  const { t } = useTranslation('screening');
  if (suggestions.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="covenants-title" data-testid="covenant-suggestions">
      <h3 id="covenants-title">{t('covenants.title')}</h3>
      <p className="hint">{t('covenants.intro')}</p>
      <ul className="covenant-suggestions">
        {suggestions.map((s) => (
          <SuggestionRow key={`${s.id}-${language}`} orgId={orgId} s={s} language={language} />
        ))}
      </ul>
    </section>
  );
}
