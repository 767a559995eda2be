import type { EsTopic, EsTopicId } from '../types';
import { SRC } from './sources';
import { t } from './text';

/**
 * Short codes used in E&S check ids: ES-<code>-<nn>, e.g. ES-LAB-03 is the third labour check.
 * Codes are permanent like the ids themselves.
 */
export const ES_TOPIC_CODES: Readonly<Record<EsTopicId, string>> = {
  LEGAL: 'LEG',
  EFFLUENT: 'EFF',
  CHEM: 'CHM',
  AIR: 'AIR',
  WASTE: 'WST',
  LABOUR: 'LAB',
  OHS: 'OHS',
  COMMUNITY: 'COM',
  GOV: 'GOV',
};

export const ES_TOPICS: readonly EsTopic[] = [
  {
    id: 'LEGAL',
    title: t('Legal compliance & permits', 'Хууль тогтоомжийн нийцэл ба зөвшөөрөл'),
    source: SRC.esrmChecklist,
  },
  {
    id: 'EFFLUENT',
    title: t('Effluent & water', 'Бохир ус ба ус ашиглалт'),
    source: SRC.esrmChecklist,
  },
  { id: 'CHEM', title: t('Chemicals', 'Химийн бодис'), source: SRC.esrmChecklist },
  {
    id: 'AIR',
    title: t('Air emissions & energy', 'Агаарт ялгарах бохирдол ба эрчим хүч'),
    source: SRC.esrmChecklist,
  },
  { id: 'WASTE', title: t('Waste', 'Хог хаягдал'), source: SRC.esrmChecklist },
  {
    id: 'LABOUR',
    title: t('Labour & working conditions', 'Хөдөлмөрийн харилцаа ба ажлын нөхцөл'),
    source: SRC.esrmChecklist,
  },
  {
    id: 'OHS',
    title: t('Occupational health & safety', 'Хөдөлмөрийн аюулгүй байдал, эрүүл ахуй (ХАБЭА)'),
    source: SRC.esrmChecklist,
  },
  {
    id: 'COMMUNITY',
    title: t(
      'Community health, safety & nuisance',
      'Орон нутгийн иргэдийн эрүүл мэнд, аюулгүй байдал',
    ),
    source: SRC.esrmChecklist,
  },
  {
    id: 'GOV',
    title: t(
      'Governance & E&S management',
      'Засаглал ба байгаль орчин, нийгмийн эрсдэлийн удирдлага',
    ),
    source: SRC.esrmChecklist,
  },
];
