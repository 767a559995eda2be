// Package + results + pack + language → the complete workbook description.
import { monitoringReportTitle } from '../monitoring/purpose';
import type { CriteriaPack } from '../catalogue/types';
// eslint-disable-next-line no-restricted-imports -- shared/crypto is pure TypeScript, not node:crypto
import { keyFingerprint } from '../crypto/ed25519';
import type { PackageResults } from '../engine/types';
import type { Language } from '../package/enums';
import type { ApplicationPackage } from '../package/schema';
import { packageDigest } from './canonical';
import { factorTable } from './factorTable';
import { label } from './labels';
import type { VisibleLayout } from './layout';
import { buildLegendSheet } from './legendSheet';
import { buildMachineSheet } from './machineSheet';
import { buildQualitySheet } from './qualitySheet';
import { signedForm } from './signedForm';
import { snapshotOf } from './snapshot';
import { buildMetricsSheet, type DerivedRow } from './metricsSheet';
import { buildEsSheet, buildVcpSheet } from './sheetsAssess';
import {
  buildActionsSheet,
  buildChartsSheet,
  buildEvidenceSheet,
  buildProjectSheet,
  type ChartImage,
} from './sheetsBack';
import { buildFactorsSheet, buildListsSheet, buildProfileSheet } from './sheetsFront';
import { buildSummarySheet } from './summarySheet';
import type { Review } from './declarationBlock';
import type { WorkbookSpec } from './spec';

export interface WorkbookInput {
  pkg: ApplicationPackage;
  /** The criteria pack the package is pinned to; null shows ids without texts. */
  pack: CriteriaPack | null;
  /** The engine's results for the Summary; null when not computed. */
  results: PackageResults | null;
  /** The exporting installation's signing key; absent, the Summary says "unsigned". */
  signature?: { fingerprint: string };
  language: Language;
  /** PNGs of the app's charts; null from the command line (the Charts sheet gets a note). */
  charts: readonly ChartImage[] | null;
  /** The installation's public key (hex) the workbook will be signed with; shown on the Summary. */
  signingPublicKey?: string;
  /** The bank's reviewer, when the officer's copy is exported; the review block names them. */
  review?: Review;
}

export interface BuiltWorkbook {
  spec: WorkbookSpec;
  digest: string;
  layout: VisibleLayout;
  /** The derived Metrics values written as cached formula results (for checks and tests). */
  derived: DerivedRow[];
  /** The text the installation signs (signedForm.ts); signWorkbook adds the signature. */
  toSign: string;
}

export function buildWorkbookSpec(input: WorkbookInput): BuiltWorkbook {
  const { pkg, pack, results, language: lang, charts } = input;
  const digest = packageDigest(pkg);
  const { rows: factorRows } = factorTable(pkg.factorOverrides);
  const factors = buildFactorsSheet(factorRows, lang);
  const lists = buildListsSheet(lang);
  const metrics = buildMetricsSheet(pkg, lang, factors.refs);
  const vcp = buildVcpSheet(pkg, pack, lang, lists.answers, results);
  const es = buildEsSheet(pkg, pack, lang, lists.esResults, results);
  const layout: VisibleLayout = { vcp: vcp.layout, es: es.layout, metricsGrid: metrics.layout };
  const visible = [
    buildSummarySheet({
      pkg,
      pack,
      results,
      lang,
      digest,
      ...(input.signingPublicKey
        ? { signature: { fingerprint: keyFingerprint(input.signingPublicKey) } }
        : input.signature
          ? { signature: input.signature }
          : {}),
      metrics: { sheet: metrics.sheet.name, years: metrics.years },
      ...(input.review ? { review: input.review } : {}),
    }),
    buildProfileSheet(pkg, lang),
    metrics.sheet,
    buildQualitySheet(pkg, lang, metrics.layout),
    factors.sheet,
    vcp.sheet,
    es.sheet,
    buildProjectSheet(pkg, pack, lang),
    buildActionsSheet(pkg, lang),
    buildEvidenceSheet(pkg, lang),
    buildChartsSheet(charts, lang),
    buildLegendSheet(lang),
  ];
  const orgName =
    lang === 'en' && pkg.organisation.nameEn ? pkg.organisation.nameEn : pkg.organisation.nameMn;
  // every printed page of a monitoring report says so, not only the Summary
  const whose = pkg.purpose
    ? `${orgName} — ${monitoringReportTitle(pkg.purpose.year, lang)}`
    : orgName;
  for (const sheet of visible) {
    sheet.print = {
      orientation: 'landscape',
      header: `&L${escapeAmp(whose)}&R${escapeAmp(sheet.name)}`,
      footer: `&LGreenThread ${escapeAmp(pkg.appVersion)}&C${label('page', lang)}&R${digest.slice(0, 12)}`,
      ...(sheet.frozen && sheet.frozen.rows > 0 ? { repeatRows: `1:${sheet.frozen.rows}` } : {}),
    };
  }
  const title = `${whose} — ${label('summary', lang)}`;
  // everything a person can see, recorded after the visible sheets are final
  const snapshot = snapshotOf(visible);
  const toSign = signedForm({
    digest,
    snapshot,
    packId: pkg.packId,
    packVersion: pkg.packVersion,
    language: lang,
    layout,
  });
  return {
    spec: {
      creator: `GreenThread ${pkg.appVersion}`,
      created: pkg.createdAt,
      title,
      sheets: [...visible, lists.sheet, buildMachineSheet(pkg, lang, layout, digest, snapshot)],
      names: factors.names,
    },
    digest,
    layout,
    derived: metrics.derived,
    toSign,
  };
}

/** "&" starts a header/footer code in Excel; a literal ampersand is written "&&". */
function escapeAmp(s: string): string {
  return s.replace(/&/g, '&&');
}
