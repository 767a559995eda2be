import type { Language } from '../../../../shared/package/enums';
import type { ApplicationPackage } from '../../../../shared/package/schema';

export function orgName(pkg: ApplicationPackage, language: Language): string {
  const o = pkg.organisation;
  return language === 'en' && o.nameEn ? o.nameEn : o.nameMn;
}
