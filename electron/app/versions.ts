// Versions shown in About and returned by app:get-info.
import { ACTIVE_PACK } from '../../shared/catalogue/packs';
import { PACKAGE_FORMAT_VERSION } from '../../shared/package/schema';

export const SCHEMA_VERSION: number = PACKAGE_FORMAT_VERSION;
/** e.g. "gt-textile-mn 1.0.0": the pack new assessments use. */
export const CRITERIA_PACK_VERSION = `${ACTIVE_PACK.id} ${ACTIVE_PACK.version}`;
