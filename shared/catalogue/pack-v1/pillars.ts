import type { VcpPillar } from '../types';
import { SRC } from './sources';
import { t } from './text';

// Pillars follow the MNS 6926:2021 topic areas [S]; anti-corruption and reporting come from the
// VCP brief and are designed [D] because their clauses were not visible in any retrieved source.
export const PILLARS: readonly VcpPillar[] = [
  {
    id: 'ENV',
    title: t(
      'Environmental management & legal compliance',
      'Байгаль орчны менежмент ба хууль тогтоомжийн нийцэл',
    ),
    source: SRC.mwcaCertification,
  },
  { id: 'EN', title: t('Energy', 'Эрчим хүч'), source: SRC.mns6926Topics },
  { id: 'WA', title: t('Water & wastewater', 'Ус ба бохир ус'), source: SRC.mns6926Topics },
  { id: 'CH', title: t('Chemicals', 'Химийн бодис'), source: SRC.mns6926Topics },
  { id: 'WS', title: t('Waste', 'Хог хаягдал'), source: SRC.mns6926Topics },
  {
    id: 'RM',
    title: t('Raw materials & animal welfare', 'Түүхий эд ба малын сайн сайхан байдал'),
    source: SRC.mns6926Topics,
  },
  { id: 'LA', title: t('Labour standards', 'Хөдөлмөрийн стандарт'), source: SRC.mns6926Topics },
  {
    id: 'HS',
    title: t('Occupational health & safety', 'Хөдөлмөрийн аюулгүй байдал, эрүүл ахуй (ХАБЭА)'),
    source: SRC.mns6926Topics,
  },
  {
    id: 'AC',
    title: t('Anti-corruption & business ethics', 'Авлигын эсрэг ба бизнесийн ёс зүй'),
    source: SRC.designed,
  },
  {
    id: 'MR',
    title: t('Monitoring, evaluation & reporting', 'Хяналт, үнэлгээ ба тайлагнал'),
    source: SRC.designed,
  },
];
