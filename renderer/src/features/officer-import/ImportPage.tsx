import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { navigate } from '../../app/router';
import { resolvePack } from '../../../../shared/catalogue/resolvePack';
import type { ApplicationPackage } from '../../../../shared/package/schema';
import {
  applyChanges,
  checkKeyPin,
  columnLetter,
  type PackageDifference,
  type PinCheck,
} from '../../../../shared/workbook';
import { formatIssues } from '../../../../shared/package/parsePackage';
import { useOrganisations } from '../../db/hooks/useOrganisations';
import { useProfile } from '../../db/hooks/useProfile';
import { useSyncStatus } from '../../db/hooks/useSyncStatus';
import { getKeyPin } from '../../db/repositories/signingKeyPins';
import { formatDate } from '../../i18n/format';
import { platform } from '../../platform/platform';
import type { OpenedFile } from '../../../../shared/ipc/contract';
import { openErrorText } from '../file-open/openErrorText';
import { useHandedFile } from '../file-open/useHandedFile';
import { AcceptanceBox } from './AcceptanceBox';
import { ChangesReview, type ChangeDecision } from './ChangesReview';
import { KeyPinNotice } from './KeyPinNotice';
import { changesSinceLastImport, findSameOrganisation } from './previousSubmission';
import { differenceCount, readSubmission, type Submission } from './readSubmission';
import { ResubmissionDiff } from './ResubmissionDiff';
import { getLastImport } from '../../db/repositories/lastImport';
import { PackNote } from './PackNote';
import {
  acceptingOfficer,
  OlderSubmissionError,
  storeSubmission,
  UnacceptedSubmissionError,
  WrongPurposeError,
  type SubmissionTrust,
} from '../../db/repositories/submissions';
import { purposeMismatchText } from '../../../../shared/monitoring/purpose';
import { SubmissionSummary } from './SubmissionSummary';
import { VerdictPanel } from './VerdictPanel';
import './officer-import.css';

function packOf(pkg: ApplicationPackage) {
  const choice = resolvePack(pkg.packId, pkg.packVersion);
  return choice.ok ? choice.pack : undefined;
}

type Phase =
  | { name: 'idle' }
  | { name: 'reading'; fileName: string; progress: number }
  | { name: 'read'; submission: Submission };

export function ImportPage() {
  const { t } = useTranslation(['officer', 'common']);
  const { language } = useLanguage();
  const organisations = useOrganisations();
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const [decisions, setDecisions] = useState<ChangeDecision[]>([]);
  const [previous, setPrevious] = useState<{
    orgId: string;
    name: string;
    differences: PackageDifference[] | null;
    /** The last import, to name what its changed lists held (a month, a permit). */
    last: ApplicationPackage | null;
  } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [storing, setStoring] = useState(false);
  const [accepted, setAccepted] = useState(false);
  const [acceptNewKey, setAcceptNewKey] = useState(false);
  const [pinCheck, setPinCheck] = useState<PinCheck>({ status: 'not_signed' });
  const profile = useProfile();
  const sync = useSyncStatus();
  const officerName = acceptingOfficer(profile?.name, sync?.device);

  const submission = phase.name === 'read' ? phase.submission : null;
  const pkg = submission && submission.kind !== 'unreadable' ? submission.pkg : null;

  useEffect(() => {
    let live = true;
    setPinCheck({ status: 'not_signed' });
    if (!submission || submission.kind === 'unreadable' || submission.kind === 'package') return;
    const registrationNo = submission.pkg.organisation.registrationNo;
    // the pin belongs to the organisation already here (same id or registration number)
    const orgId = previous?.orgId;
    void (orgId ? getKeyPin(orgId) : Promise.resolve(undefined)).then((pin) => {
      if (live) setPinCheck(checkKeyPin(pin, registrationNo, submission.signature));
    });
    return () => {
      live = false;
    };
  }, [submission, previous?.orgId]);

  useEffect(() => {
    let live = true;
    setPrevious(null);
    if (!pkg || !organisations) return;
    const same = findSameOrganisation(pkg, organisations);
    if (!same) return;
    void getLastImport(same.id).then((last) => {
      if (!live) return;
      setPrevious({
        orgId: same.id,
        name: same.nameMn,
        differences: last ? changesSinceLastImport(last, pkg) : null,
        last: last ?? null,
      });
    });
    return () => {
      live = false;
    };
  }, [pkg, organisations]);

  async function open(kind: 'workbook' | 'package') {
    setError(null);
    let files: OpenedFile[];
    try {
      files = await platform.openFiles({ kind, multiple: false });
    } catch (e) {
      // Refused before reading (too large for its kind): shown as an unreadable file.
      const reason = openErrorText(e, t, language);
      setPhase({
        name: 'read',
        submission: { kind: 'unreadable', source: kind, fileName: '', reason },
      });
      return;
    }
    const file = files[0];
    if (!file) return;
    await read(file);
  }

  async function read(file: OpenedFile) {
    setError(null);
    setPhase({ name: 'reading', fileName: file.name, progress: 0 });
    const result = await readSubmission(file, language, (fraction) => {
      setPhase({ name: 'reading', fileName: file.name, progress: fraction });
    });
    setDecisions(result.kind === 'changed' ? result.changes.map(() => 'reject') : []);
    setAccepted(false);
    setAcceptNewKey(false);
    setPhase({ name: 'read', submission: result });
  }

  // A file opened from the desktop (double-click, Recent files) comes in here, after the
  // user confirmed it; it is read exactly as a picked one.
  useHandedFile('officer-import', (file) => void read(file));

  // Anything but a signed, intact workbook from the key on file needs the officer's named yes.
  const needsAcceptance =
    submission !== null &&
    submission.kind !== 'unreadable' &&
    (submission.kind !== 'intact' || pinCheck.status === 'other');
  const canStore = !storing && (!needsAcceptance || (accepted && officerName !== ''));

  function finalPackage(): ApplicationPackage | string {
    if (!submission || submission.kind === 'unreadable') return 'unreadable';
    if (submission.kind !== 'changed') return submission.pkg;
    const accepted = submission.changes.filter((_, i) => decisions[i] === 'accept');
    const applied = applyChanges(submission.pkg, accepted);
    return applied.ok ? applied.value : formatIssues(applied.issues, 3);
  }

  function trustOf(): SubmissionTrust | null {
    if (!submission || submission.kind === 'unreadable') return null;
    if (submission.kind === 'package') {
      return {
        verdict: 'unsigned',
        signature: { status: 'unsigned' },
        differences: 0,
        accepted,
        acceptedCells: [],
        acceptNewKey: false,
      };
    }
    const acceptedCells = submission.changes
      .filter((_, i) => decisions[i] === 'accept')
      .map(
        (c) =>
          `${c.sheet}!${columnLetter(c.col)}${String(c.row)} ${c.id} ${c.field}: ${String(c.before ?? '—')} → ${String(c.after ?? '—')}`,
      );
    return {
      verdict: submission.word,
      signature: submission.signature,
      differences: differenceCount(submission),
      accepted: needsAcceptance ? accepted : true,
      acceptedCells,
      acceptNewKey,
    };
  }

  async function confirm() {
    if (!submission || !canStore) return;
    const trust = trustOf();
    const final = finalPackage();
    if (typeof final === 'string') {
      setError(t('import.cannotApply', { detail: final }));
      return;
    }
    setStoring(true);
    try {
      const row = await storeSubmission(final, {
        fileName: submission.fileName,
        ...(previous ? { existingOrgId: previous.orgId } : {}),
        ...(trust ? { trust } : {}),
      });
      navigate({ name: 'officer', section: 'application', id: row.id, tab: 'screening' });
    } catch (e) {
      setError(
        e instanceof OlderSubmissionError
          ? t('import.olderRefused', {
              offered: formatDate(e.offered, language),
              onFile: formatDate(e.onFile, language),
            })
          : e instanceof UnacceptedSubmissionError
            ? t('verify.acceptFirst')
            : e instanceof WrongPurposeError
              ? purposeMismatchText(e.mismatch, language)
              : t('import.storeFailed', { detail: e instanceof Error ? e.message : String(e) }),
      );
      setStoring(false);
    }
  }

  return (
    <section className="page officer-import" aria-labelledby="import-title">
      <h1 id="import-title">{t('import.title')}</h1>
      <p className="lead">{t('import.intro')}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void open('workbook')}>
          {t('import.openWorkbook')}
        </button>
        <button type="button" onClick={() => void open('package')}>
          {t('import.openPackage')}
        </button>
      </div>

      {phase.name === 'reading' && (
        <div className="panel" role="status">
          <p>{t('import.reading', { name: phase.fileName })}</p>
          <progress
            className="progress"
            max={1}
            value={phase.progress}
            aria-label={t('import.reading', { name: phase.fileName })}
          />
        </div>
      )}

      {submission?.kind === 'unreadable' && (
        <div className="panel verdict verdict-bad" role="alert" data-testid="verdict">
          <h2>{t(submission.wrongPurpose ? 'import.wrongPurpose' : 'import.unreadable')}</h2>
          <p>
            <strong>{submission.fileName}</strong>: {submission.reason}
          </p>
          {!submission.wrongPurpose && <p className="hint">{t('import.unreadableNext')}</p>}
        </div>
      )}

      {submission && submission.kind !== 'unreadable' && (
        <>
          <VerdictPanel submission={submission}>
            {submission.kind === 'changed' && submission.changes.length > 0 && (
              <>
                <h3>{t('verify.editableHead', { count: submission.changes.length })}</h3>
                <p className="hint">{t('import.changedHint')}</p>
                <ChangesReview
                  pack={packOf(submission.pkg)}
                  changes={submission.changes}
                  decisions={decisions}
                  onDecide={(i, d) => setDecisions((all) => all.map((x, j) => (j === i ? d : x)))}
                />
              </>
            )}
            {submission.kind !== 'package' && (
              <KeyPinNotice
                check={pinCheck}
                registrationNo={submission.pkg.organisation.registrationNo.trim()}
                acceptNewKey={acceptNewKey}
                onAcceptNewKey={setAcceptNewKey}
              />
            )}
          </VerdictPanel>
          <SubmissionSummary pkg={submission.pkg} />
          <PackNote packId={submission.pkg.packId} packVersion={submission.pkg.packVersion} />
          {previous && (
            <ResubmissionDiff
              orgName={previous.name}
              differences={previous.differences}
              records={previous.last ? [submission.pkg, previous.last] : [submission.pkg]}
              pack={packOf(submission.pkg)}
            />
          )}
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          {needsAcceptance && (
            <AcceptanceBox officerName={officerName} accepted={accepted} onAccept={setAccepted} />
          )}
          <div className="button-row">
            <button
              type="button"
              className="primary"
              disabled={!canStore}
              onClick={() => void confirm()}
            >
              {needsAcceptance
                ? t('verify.confirmAccepted')
                : previous
                  ? t('import.confirmResubmission')
                  : t('import.confirm')}
            </button>
            <button type="button" onClick={() => setPhase({ name: 'idle' })}>
              {t('common:cancel')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
