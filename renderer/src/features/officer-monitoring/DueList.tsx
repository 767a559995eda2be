import { useTranslation } from 'react-i18next';
import type { DueItem } from '../../../../shared/monitoring/due';
import { useLanguage } from '../../app/LanguageContext';
import { formatDate } from '../../i18n/format';

/** Due items in words: the day, then what (a schedule item by kind, an ESAP item by its action). */
export function DueList({
  items,
  titles,
  testId,
}: {
  items: readonly DueItem[];
  titles: ReadonlyMap<string, string>;
  testId: string;
}) {
  const { t } = useTranslation(['monitoring', 'screening']);
  const { language } = useLanguage();
  return (
    <ul className="due-list" data-testid={testId}>
      {items.map((d) => (
        <li key={d.source === 'esap' ? `e-${d.id}` : `s-${d.kind}-${d.due}-${d.ref ?? ''}`}>
          <strong>{formatDate(d.due, language)}</strong>:{' '}
          {d.source === 'schedule' ? (
            <>
              {t(`screening:monitoring.kind.${d.kind}`)}
              {d.ref ? `: ${titles.get(d.ref) ?? d.ref}` : ''}
              {d.note ? ` (${d.note})` : ''}
            </>
          ) : (
            <>
              {t(d.conditionPrecedent ? 'due.esapCp' : 'due.esap')}: {d.action}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
