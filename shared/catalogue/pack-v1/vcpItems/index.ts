import type { VcpItem } from '../../types';
import { AC_ITEMS } from './ac';
import { CH_ITEMS } from './ch';
import { EN_ITEMS } from './en';
import { ENV_ITEMS } from './env';
import { HS_ITEMS } from './hs';
import { LA_ITEMS } from './la';
import { MR_ITEMS } from './mr';
import { RM_ITEMS } from './rm';
import { WA_ITEMS } from './wa';
import { WS_ITEMS } from './ws';

/** In pillar order (MNS 6926 topics first, then the brief's governance pillars). */
export const VCP_ITEMS: readonly VcpItem[] = [
  ...ENV_ITEMS,
  ...EN_ITEMS,
  ...WA_ITEMS,
  ...CH_ITEMS,
  ...WS_ITEMS,
  ...RM_ITEMS,
  ...LA_ITEMS,
  ...HS_ITEMS,
  ...AC_ITEMS,
  ...MR_ITEMS,
];
