// A pack's differences from the shipped pack as lines of words: the title in the reader's
// language with the code beside it, never the code alone.
import type { TFunction } from 'i18next';
import type { PackDifferences, PackListName } from '../../../../shared/catalogue/packDifferences';
import type { CriteriaPack, Text } from '../../../../shared/catalogue/types';
import type { Language } from '../../../../shared/package/enums';
import { formatNumber } from '../../i18n/format';

function titleOf(pack: CriteriaPack, list: PackListName, id: string): Text | undefined {
  switch (list) {
    case 'vcpItems':
      return pack.vcpItems.find((x) => x.id === id)?.question;
    case 'exclusions':
      return pack.exclusions.find((x) => x.id === id)?.text;
    case 'esChecks':
      return pack.esChecks.find((x) => x.id === id)?.question;
    case 'documents':
      return pack.documents.find((x) => x.id === id)?.title;
    case 'greenCriteria':
      return pack.greenCriteria.find((x) => x.id === id)?.title;
    case 'taxonomy':
      return pack.taxonomy.find((x) => x.code === id)?.title;
  }
}

function named(pack: CriteriaPack, list: PackListName, id: string, language: Language): string {
  const title = titleOf(pack, list, id);
  return title ? `${title[language]} (${id})` : id;
}

export function differenceLines(
  d: PackDifferences,
  pack: CriteriaPack,
  base: CriteriaPack,
  language: Language,
  t: TFunction,
): string[] {
  const lines: string[] = [];
  for (const c of d.thresholds) {
    lines.push(
      t('diff.threshold', {
        what: named(pack, 'greenCriteria', c.id, language),
        before: formatNumber(c.before, language, 2),
        after: formatNumber(c.after, language, 2),
      }),
    );
  }
  for (const [list, ids] of Object.entries(d.added) as [PackListName, string[]][]) {
    lines.push(
      t('diff.added', {
        list: t(`list.${list}`),
        what: ids.map((id) => named(pack, list, id, language)).join('; '),
      }),
    );
  }
  for (const [list, ids] of Object.entries(d.removed) as [PackListName, string[]][]) {
    lines.push(
      t('diff.removed', {
        list: t(`list.${list}`),
        what: ids.map((id) => named(base, list, id, language)).join('; '),
      }),
    );
  }
  for (const id of d.knockOutChanged) {
    const item = pack.vcpItems.find((x) => x.id === id);
    lines.push(
      t(item?.knockOut ? 'diff.knockOutOn' : 'diff.knockOutOff', {
        what: named(pack, 'vcpItems', id, language),
      }),
    );
  }
  for (const id of d.exclusionEffectChanged) {
    const x = pack.exclusions.find((e) => e.id === id);
    lines.push(
      t(x?.effect === 'condition_precedent' ? 'diff.exclusionCondition' : 'diff.exclusionDecline', {
        what: named(pack, 'exclusions', id, language),
      }),
    );
  }
  return lines;
}
