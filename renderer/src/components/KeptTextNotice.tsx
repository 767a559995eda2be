import { useTranslation } from 'react-i18next';

/**
 * The user's own text, kept aside where it could not simply be saved, until applied or dropped:
 * - `changedElsewhere`: a write was refused because another window changed the same thing
 *   first; the field shows the stored value (an alert: the user's edit did not land).
 * - `recovered`: typing the journal kept from before a crash or a closed window; offered back,
 *   never written on its own (then it saves as any edit would).
 */
export type KeptTextKind = 'changedElsewhere' | 'recovered';

const LOOK: Record<KeptTextKind, { texts: string; className: string; role: 'alert' | 'status' }> = {
  changedElsewhere: {
    texts: 'changedElsewhere',
    className: 'toast error changed-elsewhere',
    role: 'alert',
  },
  recovered: { texts: 'recoveredText', className: 'toast recovered-text', role: 'status' },
};

export function KeptTextNotice({
  kind,
  yours,
  onApply,
  onDiscard,
  testId,
  figure = false,
}: {
  kind: KeptTextKind;
  yours: string;
  onApply: () => void;
  onDiscard: () => void;
  testId?: string;
  /** The kept value is a number (a monthly figure): "Your figure", not "Your text". */
  figure?: boolean;
}) {
  const { t } = useTranslation('common');
  const { texts, className, role } = LOOK[kind];
  const worded = figure && kind === 'changedElsewhere' ? 'Figure' : '';
  return (
    <div className={className} role={role} data-testid={testId}>
      <p>{t(`${texts}.notice${worded}`)}</p>
      {yours !== '' && (
        <p>
          {t(`${texts}.yours${worded}`)}: <q>{yours}</q>
        </p>
      )}
      <div className="row-actions">
        <button type="button" onClick={onApply}>
          {t(`${texts}.apply`)}
        </button>
        <button type="button" onClick={onDiscard}>
          {t(`${texts}.discard`)}
        </button>
      </div>
    </div>
  );
}
