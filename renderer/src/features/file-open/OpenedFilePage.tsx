import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { safeLine } from '../../../../shared/workbook/safeText';
import { useLanguage } from '../../app/LanguageContext';
import { hrefFor } from '../../app/router';
import { readSubmission, type Submission } from '../officer-import/readSubmission';
import { SubmissionSummary } from '../officer-import/SubmissionSummary';
import { VerdictPanel } from '../officer-import/VerdictPanel';
import '../officer-import/officer-import.css';
import { useHandedFile } from './useHandedFile';

type Phase =
  | { name: 'none' }
  | { name: 'reading'; fileName: string }
  | { name: 'read'; submission: Submission };

/**
 * A workbook or package opened from the desktop by someone who is not a loan officer: what it
 * holds and whether it is intact, read with the same reader the officer's import uses, and never
 * stored. The file lives only in this page's state; leaving the page lets it go.
 */
export function OpenedFilePage() {
  const { t } = useTranslation(['fileOpen', 'officer', 'common']);
  const { language } = useLanguage();
  const [phase, setPhase] = useState<Phase>({ name: 'none' });

  useHandedFile('preview', (file) => {
    setPhase({ name: 'reading', fileName: file.name });
    void readSubmission(file, language).then((submission) =>
      setPhase({ name: 'read', submission }),
    );
  });

  const submission = phase.name === 'read' ? phase.submission : null;
  return (
    // officer-import: the verdict and summary panels look as they do in the officer's import.
    <section className="page officer-import opened-file" aria-labelledby="opened-title">
      <h1 id="opened-title">{t('preview.title')}</h1>
      <p className="lead">{t('preview.intro')}</p>
      {phase.name === 'none' && <p className="muted">{t('preview.none')}</p>}
      {phase.name === 'reading' && (
        <p role="status">{t('preview.reading', { name: safeLine(phase.fileName, 255) })}</p>
      )}
      {submission?.kind === 'unreadable' && (
        <div className="panel verdict verdict-bad" role="alert" data-testid="opened-verdict">
          <h2>{t('preview.unreadable')}</h2>
          <p>
            <strong>{safeLine(submission.fileName, 255)}</strong>: {submission.reason}
          </p>
          <p className="hint">{t('preview.notStored')}</p>
        </div>
      )}
      {submission && submission.kind !== 'unreadable' && (
        <>
          {/* The officer's own verdict panel: the preview claims exactly what import would. */}
          <div data-testid="opened-verdict">
            <VerdictPanel submission={submission}>
              {submission.kind === 'changed' && <p className="hint">{t('preview.changedHint')}</p>}
              <p className="hint">{t('preview.notStored')}</p>
            </VerdictPanel>
          </div>
          <SubmissionSummary pkg={submission.pkg} />
        </>
      )}
      <p>
        <a href={hrefFor({ name: 'home' })}>{t('preview.back')}</a>
      </p>
    </section>
  );
}
