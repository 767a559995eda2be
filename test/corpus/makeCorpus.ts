/**
 * The malformed and malicious input corpus (issue 10). Every file is BUILT at test time, in
 * memory, from a real GreenThread workbook / package / backup; the only committed files are the
 * workbooks other programs re-saved (test/corpus/resaved).
 * `npx tsx scripts/make-corpus.ts <dir>` writes it all to a folder for manual inspection.
 *
 * Workbooks (.xlsx) — fed to readWorkbook/verifyWorkbook and the CLI import, verify, score:
 *   empty, random, pdf              not a zip                          → not_zip
 *   truncated-half, truncated-tail  cut short                          → truncated
 *   zip-bomb-1gib                   ~1 MB, 64 parts × 16 MiB of zeros  → zip_bomb (before inflating)
 *   zip-bomb-claims-3gib            directory claims 3 GiB             → zip_bomb (before inflating)
 *   zip-bomb-hidden                 claims 1000 B, inflates to 1 GiB   → zip_bomb (stream stops early)
 *   foreign-xlsx                    valid workbook from plain exceljs  → not_ours
 *   machine-removed/-renamed        _gt_data gone / renamed in the zip → not_ours
 *   wrong-type, negative, huge (1e308), infinity (1e999), impossible-date (2025-02-30),
 *   string-10mb, missing-field, extra-field                            → invalid_package + field
 *   nan                             NaN in a JSON cell                 → bad_cell + row
 *   row-count                       $rowCount does not match           → truncated
 *   newer-pack, newer-workbook-format, newer-package-format            → newer_pack / newer_format
 *   Metrics/VCP removed or renamed  (editedVisibleSheets)              → truncated, sheet named
 *   injection                       =cmd|' /C calc'!A0, +SUM(1), -2+3, @A1, tab/CR-prefixed in
 *                                   names, comments, actions           → kept as text, no <f>
 * Workbooks that lie (lyingCases.ts), well-formed signed exports with one misleading edit → never
 *   intact: Summary category/eligibility (en, mn), Factors grid factor, Green project investment,
 *   Profile turnover/employees, a label and a formula on every visible sheet, rows deleted/added/
 *   moved → changed, naming sheet and cell; hidden data forged with a recomputed SHA-256 → signature
 *   invalid, and with the signature stripped → unsigned.
 * Re-saved files (test/corpus/resaved/*.xlsx, committed; scripts/make-resaved-workbooks.ts writes
 *   them with openpyxl and LibreOffice): untouched → intact; a row deleted → changed; a note → note.
 * Packages (.json) — fed to readPackageBytes, parsePackage, importPackage, CLI score/export and
 *   restoreBackup: empty, random, pdf, truncated, array, foreign, backup, missing-field,
 *   missing-nested, extra-field, extra-nested, wrong-type, negative, nan, huge, infinity,
 *   impossible-date, string-10mb, newer-format (+ newerPackPackage, see the report).
 * Criteria packs (.json, a bank's own pack) — fed to the CLI pack check and score --pack: empty,
 *   random, pdf, truncated, array, package, missing-field, extra-field, wrong-type, negative,
 *   infinity, impossible-date, dangling-reference, duplicate-id, shipped-id-edited, string-10mb.
 * Backups (.json) — fed to restoreBackup (replace and merge): empty, random, pdf, zip-bomb,
 *   truncated, foreign, array, package, newer-schema, newer-format, unknown-table,
 *   count-mismatch, no-end, invalid-halfway, huge, infinity, nan, impossible-date,
 *   string-10mb, missing-field, extra-field.
 */
export { refusedWorkbooks, editedVisibleSheets, workbookBytes } from './workbookCases';
export { lyingWorkbooks } from './lyingCases';
export type { RefusedFile } from './workbookCases';
export { refusedPackages, injectedPackage, newerPackPackage } from './packageCases';
export type { RefusedJson } from './packageCases';
export { refusedPacks } from './packCases';
export { refusedBackups } from './backupCases';
export type { RefusedBackup } from './backupCases';
