// Public API of the workbook model (pure): build a spec, interpret a read-back, apply changes.
export { buildWorkbookSpec, type BuiltWorkbook, type WorkbookInput } from './buildWorkbookSpec';
export { canonicalJson, packageDigest, type Json } from './canonical';
export {
  interpretWorkbook,
  READ_LIMITS,
  type KnownPack,
  type InterpretOptions,
  type WorkbookVerdict,
  verdictWord,
  type VerdictWord,
  type SignatureCheck,
} from './interpret';
export { signWorkbook } from './signWorkbook';
export {
  acceptLatestKey,
  checkKeyPin,
  keyPinSchema,
  pinAfterImport,
  signedElsewhere,
  type KeyPin,
  type PinCheck,
} from './keyPin';
export type { VisibleChange, VisibleChangeKind } from './snapshotDiff';
export { applyChanges } from './applyChanges';
export type { CellChange, ChangeKind } from './visibleDiff';
export { diffPackages, type PackageDifference } from './diffPackages';
export type { Review } from './declarationBlock';
export { describeRefusal, type Refusal, type RefusalCode } from './refusal';
export { MACHINE_SHEET, type MachineMeta } from './machineSheet';
export { columnLetter } from './raw';
export type { ForeignContent, RawCell, RawNote, RawSheet, RawWorkbook, SheetState } from './raw';
export type {
  WorkbookSpec,
  SheetSpec,
  CellSpec,
  CellStyle,
  ListValidation,
  ImageSpec,
  PrintSpec,
  DefinedName,
} from './spec';
export type { HeadlineResult, Light } from './headlines';
export type { ChartImage } from './sheetsBack';
export type { DerivedRow } from './metricsSheet';
export { headlineResults } from './headlines';
