import type { CriteriaPack } from '../types';
import { CROSSWALK } from './crosswalk';
import { DATA_LINKS } from './dataLinks';
import { DOCUMENTS } from './documents';
import { ES_CHECKS } from './esChecks';
import { ES_TOPICS } from './esTopics';
import { EXCLUSIONS } from './exclusions';
import { GREEN_CRITERIA } from './greenCriteria';
import { MEASURES } from './measures';
import { PILLARS } from './pillars';
import { TAXONOMY } from './taxonomy';
import { t } from './text';
import { VCP_ITEMS } from './vcpItems';

/**
 * Criteria pack v1 for Mongolian textile MSMEs. Content built from shared/domain/reference.md;
 * every item carries its source and provenance tag. Ids are permanent (see releasedIds.json).
 */
export const PACK_V1: CriteriaPack = {
  id: 'gt-textile-mn',
  version: '1.0.0',
  effectiveDate: '2026-01-01',
  title: t(
    'GreenThread textile criteria pack v1 (VCP / MNS 6926, bank E&S screening, green credit)',
    'GreenThread текстилийн шалгуурын багц, 1-р хувилбар (дадлын дүрэм / MNS 6926, банкны байгаль орчин, нийгмийн эрсдэлийн үнэлгээ, ногоон зээл)',
  ),
  pillars: PILLARS,
  vcpItems: VCP_ITEMS,
  esTopics: ES_TOPICS,
  exclusions: EXCLUSIONS,
  esChecks: ES_CHECKS,
  documents: DOCUMENTS,
  greenCriteria: GREEN_CRITERIA,
  taxonomy: TAXONOMY,
  measures: MEASURES,
  crosswalk: CROSSWALK,
  dataLinks: DATA_LINKS,
};
