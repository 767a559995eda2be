import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VcpPillarId } from '../../../../shared/catalogue/types';
import { useLanguage } from '../../app/LanguageContext';
import { hrefFor } from '../../app/router';
import { useAssessmentHistory } from '../../db/hooks/useAssessmentHistory';
import type { VcpAssessmentRow } from '../../db/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDate } from '../../i18n/format';
import { KNOCKOUT_CAP_PCT } from '../../../../shared/scoring/vcpRules';
import type { PreSubmitReport } from './preSubmitCheck';

function IdList({
  ids,
  onGo,
  question,
}: {
  ids: readonly string[];
  onGo: (itemId: string) => void;
  question: (id: string) => string;
}) {
  return (
    <ul className="id-list">
      {ids.map((id) => (
        <li key={id}>
          <button type="button" className="link-button" onClick={() => onGo(id)}>
            {question(id)} ({id})
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Pre-submit check, submit (freezing a snapshot) and the version history. */
export function SubmitPanel({
  assessment,
  report,
  onSubmit,
  onGo,
  question = (id) => id,
  checking = false,
}: {
  assessment: VcpAssessmentRow;
  report: PreSubmitReport;
  /**
   * The firm's records (permits, wages) are still being read: their knock-outs are not in the
   * report yet, so submitting now would confirm fewer than the bank will see.
   */
  checking?: boolean;
  onSubmit: () => Promise<void>;
  onGo: (itemId: string, pillar?: VcpPillarId) => void;
  /** A question's words, shown with its id beside them. */
  question?: (id: string) => string;
}) {
  const { t } = useTranslation(['vcp', 'verdicts']);
  const [confirming, setConfirming] = useState(false);
  const { language } = useLanguage();
  const history = useAssessmentHistory(assessment.id);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const clean =
    report.unanswered.length === 0 &&
    report.missingEvidence.length === 0 &&
    report.knockOuts.length === 0;

  async function submit() {
    setBusy(true);
    setMessage(null);
    try {
      await onSubmit();
      setMessage({ text: t('submit.done', { version: assessment.version }), error: false });
    } catch (err) {
      setMessage({ text: err instanceof Error ? err.message : String(err), error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel submit-panel" aria-labelledby="vcp-check-title">
      <h2 id="vcp-check-title">
        {assessment.status === 'draft'
          ? t('check.title')
          : t('verdicts:submit.afterTitle', { version: assessment.version })}
      </h2>
      {clean && <p className="pass">{t('check.clean')}</p>}
      {report.unanswered.length > 0 && (
        <div data-testid="check-unanswered">
          <h3>{t('check.unanswered', { count: report.unanswered.length })}</h3>
          <IdList ids={report.unanswered} onGo={onGo} question={question} />
        </div>
      )}
      {report.missingEvidence.length > 0 && (
        <div data-testid="check-evidence">
          <h3>{t('check.missingEvidence', { count: report.missingEvidence.length })}</h3>
          <IdList ids={report.missingEvidence} onGo={onGo} question={question} />
        </div>
      )}
      {report.knockOuts.length > 0 && (
        <div data-testid="check-knockouts">
          <h3 className="fail">{t('check.knockOuts', { count: report.knockOuts.length })}</h3>
          <IdList ids={report.knockOuts} onGo={onGo} question={question} />
        </div>
      )}
      <p>
        <span className="badge" data-testid="vcp-status">
          {t(`status.${assessment.status}`)} · {t('version', { version: assessment.version })}
        </span>
      </p>
      {assessment.status === 'draft' ? (
        <>
          <button
            type="button"
            className="primary"
            disabled={!report.canSubmit || busy || checking}
            aria-describedby={checking ? 'vcp-checking' : undefined}
            // Knock-outs and missing documents never block, but the firm hears first what the
            // bank will see.
            onClick={() =>
              report.knockOuts.length > 0 || report.missingEvidence.length > 0
                ? setConfirming(true)
                : void submit()
            }
          >
            {t('submit.button')}
          </button>
          {checking && (
            <span id="vcp-checking" className="muted" role="status">
              {' '}
              {t('verdicts:submit.checking')}
            </span>
          )}
          <ConfirmDialog
            open={confirming}
            title={t('verdicts:submit.confirmTitle')}
            confirmLabel={t('verdicts:submit.confirmYes')}
            cancelLabel={t('verdicts:submit.confirmNo')}
            onConfirm={() => {
              setConfirming(false);
              void submit();
            }}
            onCancel={() => setConfirming(false)}
          >
            <p>{t('verdicts:submit.confirmIntro', { version: assessment.version })}</p>
            <ul data-testid="submit-confirm-list">
              {report.knockOuts.length > 0 && (
                <li>
                  {t('verdicts:submit.confirmKnockOuts', {
                    count: report.knockOuts.length,
                    cap: KNOCKOUT_CAP_PCT,
                  })}
                </li>
              )}
              {report.missingEvidence.length > 0 && (
                <li>
                  {t('verdicts:submit.confirmEvidence', { count: report.missingEvidence.length })}
                </li>
              )}
            </ul>
            <p>{t('verdicts:submit.confirmAfter')}</p>
          </ConfirmDialog>
          <p className="hint">{report.canSubmit ? t('submit.hint') : t('submit.blocked')}</p>
        </>
      ) : (
        <>
          <p className="hint">{t('submit.frozen', { next: assessment.version + 1 })}</p>
          <p>
            <a href={hrefFor({ name: 'org', orgId: assessment.orgId, section: 'actions' })}>
              {t('submit.next')}
            </a>
          </p>
        </>
      )}
      {message && (
        <p className={message.error ? 'toast error' : 'toast'} role="status">
          {message.text}
        </p>
      )}
      <h3>{t('history.title')}</h3>
      {history && history.length > 0 ? (
        <table className="data compact">
          <thead>
            <tr>
              <th scope="col">{t('history.version')}</th>
              <th scope="col">{t('history.status')}</th>
              <th scope="col">{t('history.submitted')}</th>
              <th scope="col">{t('history.answers')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((v) => (
              <tr key={`${String(v.version)}-${v.frozen ? 'f' : 'd'}`}>
                <td>v{v.version}</td>
                <td>
                  {t(`status.${v.status}`)}
                  {v.frozen ? ` · ${t('history.frozen')}` : ''}
                </td>
                <td>
                  {v.submittedAt ? formatDate(v.submittedAt, language) : '—'}
                  {v.submittedBy ? ` · ${v.submittedBy}` : ''}
                </td>
                <td className="num">{Object.keys(v.answers ?? {}).length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="hint">{t('history.none')}</p>
      )}
    </section>
  );
}
