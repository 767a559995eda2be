// Versions shown in About and returned by app:get-info.
import { PACKAGE_FORMAT_VERSION } from '../../shared/package/schema';

export const SCHEMA_VERSION: number = PACKAGE_FORMAT_VERSION;
// TODO(electron): read from the criteria pack's own version field once shared/catalogue exports
// the assembled pack; until then this mirrors the pack folder name.
export const CRITERIA_PACK_VERSION = 'pack-v1';
