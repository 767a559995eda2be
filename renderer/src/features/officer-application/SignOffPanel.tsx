import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import {
  signOffProblems,
  signOffSchema,
  type SignOff,
} from '../../../../shared/officer-record/signOff';
import { useAssessmentHistory } from '../../db/hooks/useAssessmentHistory';
import { useProfile } from '../../db/hooks/useProfile';
import { assessmentPeriodOf } from '../../db/package/importAssessments';
import { openAssessment } from '../../db/repositories/assessments';
import {
  amendSignedOff,
  isLocked,
  signOff,
  SignOffOutdatedError,
} from '../../db/repositories/signOff';
import { formatDate } from '../../i18n/format';
import { screeningSaved } from './saveScreening';
import { signedVersions } from './signedVersions';
import type { ApplicationData } from './useApplicationData';

/** What a sign-off would record now: the engine's suggestions beside the officer's choices. */
export function signOffDraft(
  data: ApplicationData,
  who: { name: string; role: string; date: string; recommendation?: string },
): SignOff {
  const es = data.results.es;
  const green = data.results.green;
  const decision = data.pkg.project?.decision;
  const amendment = data.esAssessment?.statusNote;
  const { recommendation, ...person } = who;
  return {
    kind: 'signoff',
    ...person,
    ...(recommendation?.trim() ? { recommendation: recommendation.trim() } : {}),
    ...(data.esAssessment && data.esAssessment.version > 1 && amendment
      ? { amendmentReason: amendment }
      : {}),
    category: {
      suggested: es.suggestedCategory,
      final: es.finalCategory,
      ...(es.override ? { reason: es.override.reason } : {}),
    },
    green: green
      ? {
          suggested: green.suggestedDecision,
          final: decision?.decision ?? null,
          ...(decision?.reason ? { reason: decision.reason } : {}),
        }
      : null,
  };
}

function SignedLine({ s, version }: { s: SignOff; version: number }) {
  const { t } = useTranslation(['officer', 'common']);
  const { language } = useLanguage();
  return (
    <>
      {t('signoff.signedLine', {
        version,
        name: s.name,
        role: s.role,
        date: formatDate(s.date, language),
      })}{' '}
      · {t('signoff.categoryLine', { suggested: s.category.suggested, final: s.category.final })}
      {s.green?.final &&
        ` · ${t('signoff.greenLine', {
          suggested: t(`decision.${s.green.suggested}`),
          final: t(`decision.${s.green.final}`),
        })}`}
      {s.amendmentReason && ` · ${t('signoff.amendedBecause', { reason: s.amendmentReason })}`}
    </>
  );
}

/** Sign-off (name, role, date) locks the screening and decision; an amendment is a new version. */
export function SignOffPanel({ data }: { data: ApplicationData }) {
  const { t } = useTranslation(['officer', 'common']);
  const profile = useProfile();
  const history = useAssessmentHistory(data.esAssessment?.id);
  const [name, setName] = useState<string | null>(null);
  const [role, setRole] = useState<string | null>(null);
  const [date, setDate] = useState(data.today);
  const [reason, setReason] = useState('');
  const [recommendation, setRecommendation] = useState('');
  const [error, setError] = useState<string | null>(null);
  const locked = isLocked(data.esAssessment);
  const who = {
    name: name ?? profile?.name ?? '',
    role: role ?? t('signoff.defaultRole'),
    date,
    recommendation,
  };
  const draft = signOffDraft(data, who);
  const problems = signOffProblems(draft);
  const valid = signOffSchema.safeParse(draft).success && problems.length === 0;
  const signed = signedVersions(history);
  const last = signed.at(-1);

  async function onSign(e: SyntheticEvent) {
    e.preventDefault();
    if (!valid) return;
    setError(null);
    try {
      // A change made just before (an override, a check) may still be on its way: it lands
      // first, and the sign-off is refused if this screen was drawn before it.
      await screeningSaved();
      const id =
        data.esAssessment?.id ??
        (
          await openAssessment({
            orgId: data.app.orgId,
            instrument: 'es',
            period: assessmentPeriodOf(data.pkg),
            packId: data.pack.id,
            packVersion: data.pack.version,
          })
        ).id;
      await signOff(id, draft, undefined, { screening: data.pkg.es, project: data.pkg.project });
    } catch (x) {
      if (x instanceof SignOffOutdatedError) setError(t('signoff.outdated'));
      else setError(x instanceof Error ? x.message : String(x));
    }
  }

  async function onAmend(e: SyntheticEvent) {
    e.preventDefault();
    if (!data.esAssessment) return;
    try {
      await amendSignedOff(data.esAssessment.id, reason);
      setReason('');
    } catch (x) {
      setError(x instanceof Error ? x.message : String(x));
    }
  }

  return (
    <section
      className={`panel signoff ${locked ? 'locked' : ''}`}
      aria-labelledby="signoff-title"
      data-testid="signoff"
    >
      <h2 id="signoff-title">{t('signoff.title')}</h2>
      {locked && last ? (
        <>
          <p data-testid="signoff-locked">
            <strong>{t('signoff.locked')}</strong> <SignedLine s={last.s} version={last.version} />
          </p>
          <form className="inline-form" onSubmit={(e) => void onAmend(e)}>
            <label className="grow">
              {t('signoff.amendReason')}
              <textarea
                rows={2}
                value={reason}
                maxLength={5000}
                onChange={(e) => setReason(e.target.value)}
              />
            </label>
            <button type="submit" disabled={reason.trim().length < 10}>
              {t('signoff.amend', { version: last.version + 1 })}
            </button>
          </form>
        </>
      ) : (
        <form className="inline-form" onSubmit={(e) => void onSign(e)}>
          {data.esAssessment && data.esAssessment.version > 1 && (
            <p className="hint" data-testid="signoff-amending">
              {t('signoff.amending', {
                version: data.esAssessment.version,
                reason: data.esAssessment.statusNote ?? '',
              })}
            </p>
          )}
          <p>
            {t('signoff.categoryLine', {
              suggested: draft.category.suggested,
              final: draft.category.final,
            })}
            {draft.green &&
              ` · ${t('signoff.greenLine', {
                suggested: t(`decision.${draft.green.suggested}`),
                final: draft.green.final ? t(`decision.${draft.green.final}`) : '—',
              })}`}
          </p>
          <label className="grow">
            {t('signoff.recommendation')}
            <textarea
              rows={3}
              value={recommendation}
              maxLength={5000}
              onChange={(e) => setRecommendation(e.target.value)}
            />
          </label>
          <label>
            {t('signoff.name')}
            <input value={who.name} maxLength={500} onChange={(e) => setName(e.target.value)} />
          </label>
          <label>
            {t('signoff.role')}
            <input value={who.role} maxLength={500} onChange={(e) => setRole(e.target.value)} />
          </label>
          <label>
            {t('signoff.date')}
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <button type="submit" className="primary" disabled={!valid}>
            {t('signoff.sign')}
          </button>
          {problems.length > 0 && (
            <ul className="error" data-testid="signoff-problems">
              {problems.map((p) => (
                <li key={p}>{t(`signoff.problem.${p}`)}</li>
              ))}
            </ul>
          )}
        </form>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {signed.length > 0 && (
        <details>
          <summary>{t('signoff.history', { count: signed.length })}</summary>
          <ol data-testid="signoff-history">
            {signed.map((v) => (
              <li key={v.version}>
                <SignedLine s={v.s} version={v.version} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
