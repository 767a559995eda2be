// One record changed here and on the bank server: the fields that differ in words, and the
// person's choice — keep this computer's version, take the server's, or merge field by field.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resolvePack } from '../../../../shared/catalogue/resolvePack';
import type { Side } from '../../../../shared/sync/mergeByField';
import { recordDifferences } from '../../../../shared/words/recordWords';
import { useLanguage } from '../../app/LanguageContext';
import type { SyncConflictRow } from '../../db/types';
import type { ConflictChoice } from '../../sync/resolveConflict';
import { ConflictIntro } from './ConflictIntro';

function packOf(record: Record<string, unknown> | null | undefined) {
  const { packId, packVersion } = record ?? {};
  if (typeof packId !== 'string' || typeof packVersion !== 'string') return undefined;
  const choice = resolvePack(packId, packVersion);
  return choice.ok ? choice.pack : undefined;
}

export function ConflictPanel({
  conflict: c,
  busy,
  onChoose,
}: {
  conflict: SyncConflictRow;
  busy: boolean;
  onChoose: (choice: ConflictChoice) => void;
}) {
  const { t } = useTranslation('bankServer');
  const { language } = useLanguage();
  const [fields, setFields] = useState<Record<string, Side>>({});
  const theirsKnown = c.theirs !== undefined && c.theirsVersion !== undefined;
  const lines = recordDifferences(
    c.table,
    c.mine,
    c.theirs ?? null,
    language,
    packOf(c.mine) ?? packOf(c.theirs),
  );
  const canMerge = theirsKnown && c.mine !== null && c.theirs !== null && lines.length > 1;
  const where =
    c.theirsAt === null
      ? t('changedAtHeadOffice')
      : t('changedAt', { branch: c.theirsAt ?? t('anotherBranch') });
  const side = (key: string): Side => fields[key] ?? 'theirs';
  return (
    <article className="panel" data-testid="sync-conflict">
      <ConflictIntro conflict={c} />
      {theirsKnown && <p data-testid="conflict-where">{where}</p>}
      {c.mine === null && <p>{t('mineRemoved')}</p>}
      {theirsKnown && c.theirs === null && <p>{t('theirsRemoved')}</p>}
      {lines.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>{t('field')}</th>
              <th>{t('mine')}</th>
              <th>{t('theirs')}</th>
              {canMerge && <th>{t('mergeTake')}</th>}
            </tr>
          </thead>
          <tbody>
            {lines.map((d) => (
              <tr key={d.key}>
                <td>{d.label}</td>
                <td>{d.mine}</td>
                <td>{theirsKnown ? d.theirs : t('theirsUnknown')}</td>
                {canMerge && (
                  <td>
                    {(['mine', 'theirs'] as const).map((s) => (
                      <label key={s}>
                        <input
                          type="radio"
                          name={`merge-${String(c.id)}-${d.key}`}
                          checked={side(d.key) === s}
                          onChange={() => setFields((f) => ({ ...f, [d.key]: s }))}
                        />
                        {t(s === 'mine' ? 'mine' : 'theirs')}
                      </label>
                    ))}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!theirsKnown && <p className="muted">{t('theirsUnknownHint')}</p>}
      <button
        type="button"
        disabled={busy}
        onClick={() => onChoose({ resolution: 'applied_mine' })}
      >
        {t('keepMine')}
      </button>{' '}
      <button
        type="button"
        disabled={busy || !theirsKnown}
        onClick={() => onChoose({ resolution: 'kept_server' })}
      >
        {t('keepTheirs')}
      </button>
      {canMerge && (
        <>
          {' '}
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              onChoose({
                resolution: 'merged',
                fields: Object.fromEntries(lines.map((d) => [d.key, side(d.key)])),
              })
            }
          >
            {t('merge')}
          </button>
        </>
      )}
    </article>
  );
}
