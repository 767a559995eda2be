import type { TFunction } from 'i18next';
import { FileTooLargeError } from '../../../../shared/ipc/fileKindLimits';
import type { Language } from '../../../../shared/package/enums';
import { safeLine } from '../../../../shared/workbook/safeText';
import { formatNumber } from '../../i18n/format';

/** Why a picked or handed-over file was not opened, in the user's language where it is known. */
export function openErrorText(error: unknown, t: TFunction, language: Language): string {
  if (error instanceof FileTooLargeError) {
    return t('fileOpen:refused', {
      name: safeLine(error.refusal.name, 255),
      max: formatNumber(error.refusal.maxBytes / (1024 * 1024), language, 0),
      limit: error.refusal.limitName,
    });
  }
  return error instanceof Error ? error.message : String(error);
}
