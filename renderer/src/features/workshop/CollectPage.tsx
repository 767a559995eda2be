import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectorView } from './projectorView';
import { useLanguage } from '../../app/LanguageContext';
import { hrefFor } from '../../app/router';
import { ProgressBar } from '../../components/ProgressBar';
import { platform } from '../../platform/platform';
import { describeRefusal } from '../../../../shared/workbook';
import { collectAll } from './collectFiles';
import { collectedFigures, useCollected, type CollectedEntry } from './collectStore';

type Phase =
  | { name: 'idle' }
  | { name: 'reading'; fraction: number; index: number; total: number }
  | { name: 'done'; added: number };

function EntryResult({ entry }: { entry: CollectedEntry }) {
  const { t } = useTranslation(['workshop', 'officer']);
  const { language } = useLanguage();
  switch (entry.kind) {
    case 'ok':
      return <span className="pass">{t('collect.ok')}</span>;
    case 'changed':
      return (
        <>
          <span className="badge warn">{t('collect.changed', { n: entry.changes })}</span>
          {entry.foreign && (
            <span className="badge bad" data-testid="collect-foreign">
              {t('collect.foreign', {
                what: entry.foreign.map((k) => t(`officer:verify.foreign.${k}`)).join(', '),
              })}
            </span>
          )}
        </>
      );
    case 'tampered':
      return <span className="badge bad">{t('collect.tampered')}</span>;
    case 'duplicate':
      return <span className="badge warn">{t('collect.duplicate', { n: entry.sameAs })}</span>;
    case 'refused':
      return (
        <span className="fail">
          {t('collect.refused', {
            // The technical detail is English only: a Mongolian screen shows the reason alone.
            reason: describeRefusal(
              language === 'mn' ? { ...entry.refusal, detail: undefined } : entry.refusal,
              language,
            ),
          })}
        </span>
      );
  }
}

export function CollectPage() {
  const { t } = useTranslation(['workshop', 'common']);
  const entries = useCollected();
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const [namesWanted, setShowNames] = useState(false);
  // File names often carry a participant's or company's name: never on the projector.
  const [projector] = useProjectorView();
  const showNames = namesWanted && !projector;
  const participants = collectedFigures(entries).length;

  async function open() {
    const files = await platform.openFiles({ kind: 'workbook', multiple: true });
    if (files.length === 0) return;
    setPhase({ name: 'reading', fraction: 0, index: 0, total: files.length });
    const added = await collectAll(files, (fraction, index) =>
      setPhase({ name: 'reading', fraction, index, total: files.length }),
    );
    setPhase({ name: 'done', added: added.length });
  }

  return (
    <>
      <h1>{t('collect.title')}</h1>
      <p className="lead">{t('collect.lead')}</p>
      <div className="row-actions">
        <button
          type="button"
          className="primary"
          disabled={phase.name === 'reading'}
          onClick={() => void open()}
        >
          {t('collect.open')}
        </button>
        <label className="inline">
          <input
            type="checkbox"
            checked={showNames}
            disabled={projector}
            onChange={(e) => setShowNames(e.target.checked)}
          />
          {projector ? t('collect.namesHiddenProjector') : t('collect.showNames')}
        </label>
      </div>
      {phase.name === 'reading' && (
        <ProgressBar
          fraction={phase.fraction}
          label={t('collect.reading', {
            n: Math.min(phase.index + 1, phase.total),
            total: phase.total,
          })}
        />
      )}
      {phase.name === 'done' && (
        <p className="status" role="status">
          {t('collect.done', { n: phase.added, participants })}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="muted workshop-empty">{t('collect.empty')}</p>
      ) : (
        <table className="data collect-results" data-testid="collect-results">
          <thead>
            <tr>
              <th>#</th>
              <th>{t('collect.who')}</th>
              {showNames && <th>{t('collect.file')}</th>}
              <th>{t('collect.result')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={i} data-kind={e.kind}>
                <td className="num">{i + 1}</td>
                <td>
                  {e.kind === 'ok' || e.kind === 'changed'
                    ? t('collect.participant', { n: e.participant })
                    : t('collect.notCounted')}
                </td>
                {showNames && <td className="file-name">{e.fileName}</td>}
                <td>
                  <EntryResult entry={e} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {participants > 0 && (
        <p>
          <a href={hrefFor({ name: 'workshop', section: 'benchmark' })}>
            {t('collect.toBenchmark', { n: participants })}
          </a>
        </p>
      )}
    </>
  );
}
