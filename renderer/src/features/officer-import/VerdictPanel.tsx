import { useTranslation } from 'react-i18next';
import { safeLine } from '../../../../shared/workbook/safeText';
import type { PackageSubmission, WorkbookSubmission } from './readSubmission';
import { differenceCount } from './readSubmission';
import { VisibleChanges } from './VisibleChanges';

/**
 * What verify found, in words: signed and intact, signed but changed, unsigned, signature
 * invalid, content GreenThread never writes. Only an intact workbook is said to be what the
 * company's GreenThread exported; every other verdict says that this cannot be confirmed.
 */
export function VerdictPanel({
  submission,
  children,
}: {
  submission: WorkbookSubmission | PackageSubmission;
  /** The cell-by-cell decisions and the key notice, shown inside the verdict. */
  children?: React.ReactNode;
}) {
  const { t } = useTranslation('officer');
  if (submission.kind === 'package') {
    return (
      <div className="panel verdict verdict-warn" data-testid="verdict" data-verdict="package">
        <h2>{t('verify.packageHead')}</h2>
        <p>{safeLine(submission.fileName, 255)}</p>
        <p>{t('verify.packageBody')}</p>
        {children}
      </div>
    );
  }
  const s = submission;
  const fingerprint = s.signature.status === 'unsigned' ? '' : s.signature.fingerprint;
  const count = differenceCount(s);
  const head =
    s.word === 'intact'
      ? t('verify.intactHead')
      : s.word === 'invalid'
        ? t('verify.invalidHead')
        : s.word === 'unsigned'
          ? t('verify.unsignedHead')
          : s.signature.status === 'valid'
            ? t('verify.signedChangedHead', { count })
            : t('verify.unsignedChangedHead', { count });
  const body =
    s.word === 'intact'
      ? t('verify.intactBody', { fingerprint })
      : s.word === 'invalid'
        ? t('verify.invalidBody', { fingerprint })
        : s.word === 'unsigned'
          ? t('verify.unsignedBody')
          : s.signature.status === 'valid'
            ? t('verify.signedChangedBody', { fingerprint })
            : t('verify.unsignedChangedBody');
  const tone =
    s.word === 'intact' ? 'verdict-good' : s.word === 'invalid' ? 'verdict-bad' : 'verdict-warn';
  return (
    <div className={`panel verdict ${tone}`} data-testid="verdict" data-verdict={s.word}>
      <h2>{head}</h2>
      <p>{safeLine(s.fileName, 255)}</p>
      <p>{body}</p>
      {!s.digestMatches && <p className="error">{t('import.machineDataChanged')}</p>}
      {s.foreign.length > 0 && (
        <>
          <h3>{t('verify.foreignHead')}</h3>
          <ul data-testid="foreign">
            {s.foreign.map((f, i) => (
              <li key={`${f.kind}-${String(i)}`}>
                {t(`verify.foreign.${f.kind}`)} ({safeLine(f.where, 200)})
              </li>
            ))}
          </ul>
        </>
      )}
      {s.visible.length > 0 && (
        <>
          <h3>{t('verify.visibleHead', { count: s.visible.length })}</h3>
          <VisibleChanges changes={s.visible} />
        </>
      )}
      {children}
      {s.notes.length > 0 && (
        <>
          <h3>{t('verify.notesHead', { count: s.notes.length })}</h3>
          <ul data-testid="reader-notes">
            {s.notes.map((n, i) => (
              <li key={`${n.sheet}-${n.cell}-${String(i)}`}>
                {safeLine(n.sheet, 31)} {n.cell}
                {n.author ? ` (${safeLine(n.author, 80)})` : ''}: {safeLine(n.text, 500)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
