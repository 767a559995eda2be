import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VcpPillarId } from '../../../../shared/catalogue/types';
import { useLanguage } from '../../app/LanguageContext';
import { hrefFor } from '../../app/router';
import { useAssessmentHistory } from '../../db/hooks/useAssessmentHistory';
import type { VcpAssessmentRow } from '../../db/types';
import { formatDate } from '../../i18n/format';
import type { PreSubmitReport } from './preSubmitCheck';

function IdList({ ids, onGo }: { ids: readonly string[]; onGo: (itemId: string) => void }) {
  return (
    <ul className="id-list">
      {ids.map((id) => (
        <li key={id}>
          <button type="button" className="link-button" onClick={() => onGo(id)}>
            {id}
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
}: {
  assessment: VcpAssessmentRow;
  report: PreSubmitReport;
  onSubmit: () => Promise<void>;
  onGo: (itemId: string, pillar?: VcpPillarId) => void;
}) {
  const { t } = useTranslation('vcp');
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
      <h2 id="vcp-check-title">{t('check.title')}</h2>
      {clean && <p className="pass">{t('check.clean')}</p>}
      {report.unanswered.length > 0 && (
        <div data-testid="check-unanswered">
          <h3>{t('check.unanswered', { count: report.unanswered.length })}</h3>
          <IdList ids={report.unanswered} onGo={onGo} />
        </div>
      )}
      {report.missingEvidence.length > 0 && (
        <div data-testid="check-evidence">
          <h3>{t('check.missingEvidence', { count: report.missingEvidence.length })}</h3>
          <IdList ids={report.missingEvidence} onGo={onGo} />
        </div>
      )}
      {report.knockOuts.length > 0 && (
        <div data-testid="check-knockouts">
          <h3 className="fail">{t('check.knockOuts', { count: report.knockOuts.length })}</h3>
          <IdList ids={report.knockOuts} onGo={onGo} />
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
            disabled={!report.canSubmit || busy}
            onClick={() => void submit()}
          >
            {t('submit.button')}
          </button>
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
