import type { CriteriaPack, EsCheck, InherentRisk, Text } from '../catalogue/types';
import { explain, keyedInput } from '../explain/build';
import type { Explanation, ExplanationInput } from '../explain/types';
import { WET_PROCESSES, type RiskCategory } from '../package/enums';
import type { ApplicationPackage } from '../package/schema';
import { documentStatuses, type DocumentStatus } from './esDocuments';
import { evaluateChecks, type EsCheckOutcome } from './esChecks';
import { buildEsap, type EsapItem } from './esap';
import {
  LARGE_EMPLOYEES,
  LARGE_TURNOVER_MNT,
  OVERRIDE_MIN_REASON,
  PROCESS_INHERENT_RISK,
  maxRisk,
} from './esRules';
import { indexPack } from './packIndex';

export interface EsReason {
  code: string;
  text: Text;
}

export interface EsResult {
  exclusion: { excluded: boolean; hits: { id: string; text: Text; note: string | null }[] };
  inherentRisk: { level: InherentRisk; explanation: Explanation };
  checks: EsCheckOutcome[];
  findings: { high: number; medium: number; low: number; total: number };
  unconfirmed: number;
  unresolvedHighFindings: string[];
  documents: DocumentStatus[];
  outstandingDocuments: string[];
  permitProblems: string[];
  suggestedCategory: RiskCategory;
  reasons: EsReason[];
  finalCategory: RiskCategory;
  override: { category: RiskCategory; reason: string } | null;
  /** Set when an override was present but refused (reason shorter than 10 characters). */
  overrideRejected: string | null;
  esap: EsapItem[];
  categoryExplanation: Explanation;
}

export interface EsOptions {
  asOf: string;
  signingDate: string | null;
}

const tx = (en: string, mn: string): Text => ({ en, mn, mnReviewed: false });
const checksByIdCache = new WeakMap<CriteriaPack, Map<string, EsCheck>>();

function checksById(pack: CriteriaPack): Map<string, EsCheck> {
  let m = checksByIdCache.get(pack);
  if (!m) {
    m = new Map(pack.esChecks.map((c) => [c.id, c]));
    checksByIdCache.set(pack, m);
  }
  return m;
}

export function screenEs(pkg: ApplicationPackage, pack: CriteriaPack, opts: EsOptions): EsResult {
  const idx = indexPack(pack);
  const org = pkg.organisation;
  const view = idx.forProcesses(org.processes);
  const screening = pkg.es;

  const hits = pack.exclusions
    .filter((x) => screening?.exclusions[x.id]?.hit === true)
    .map((x) => ({ id: x.id, text: x.text, note: screening?.exclusions[x.id]?.note ?? null }));

  let inherent: InherentRisk = 'low';
  const riskInputs: ExplanationInput[] = [];
  for (const p of org.processes) {
    inherent = maxRisk(inherent, PROCESS_INHERENT_RISK[p]);
    riskInputs.push(
      keyedInput(`Process ${p}`, PROCESS_INHERENT_RISK[p], 'risk', `process.${p}`, 'process', {
        process: p,
      }),
    );
    for (const c of view.esChecks) {
      const r = c.inherentRisk[p];
      if (r) inherent = maxRisk(inherent, r);
    }
  }
  const inherentExplanation = explain(null, {
    formula:
      'highest of the process risk table and the applicable checks’ inherent risk for each process run',
    formulaKey: 'es.inherentRisk',
    inputs: riskInputs,
    unit: 'risk',
  });

  const checks = evaluateChecks(idx, view.esChecks, screening, pkg.vcp);
  const findings = { high: 0, medium: 0, low: 0, total: 0 };
  let unconfirmed = 0;
  const unresolvedHighFindings: string[] = [];
  for (const c of checks) {
    if (c.status === 'unconfirmed') unconfirmed++;
    if (c.status !== 'finding' || c.severity === null) continue;
    findings[c.severity]++;
    findings.total++;
    if (c.severity === 'high') unresolvedHighFindings.push(c.id);
  }

  const documents = documentStatuses(view.documents, org, screening, opts.asOf);
  const outstandingDocuments = documents.filter((d) => d.outstanding).map((d) => d.id);
  const permitProblems = documents
    .filter((d) => d.permitKind !== null && (d.state === 'missing' || d.state === 'expired'))
    .map((d) => d.id);

  const reasons: EsReason[] = [];
  let category: RiskCategory = 'C';
  const wet = org.processes.filter((p) => WET_PROCESSES.includes(p));
  if (wet.length > 0) {
    category = 'B';
    reasons.push({
      code: 'wet_process',
      text: tx(`Wet processes run: ${wet.join(', ')}`, `Нойтон процесс: ${wet.join(', ')}`),
    });
  }
  if (inherent !== 'low') {
    category = 'B';
    reasons.push({
      code: 'inherent_risk',
      text: tx(
        `Inherent risk of the processes: ${inherent}`,
        `Процессын угийн эрсдэл: ${inherent}`,
      ),
    });
  }
  if (findings.total > 0) {
    category = 'B';
    reasons.push({
      code: 'findings',
      text: tx(
        `${findings.total} finding(s): ${findings.high} high, ${findings.medium} medium, ${findings.low} low`,
        `${findings.total} зөрчил: өндөр ${findings.high}, дунд ${findings.medium}, бага ${findings.low}`,
      ),
    });
  }
  if (permitProblems.length > 0) {
    category = 'B';
    reasons.push({
      code: 'permits',
      text: tx(
        `Required permit missing or expired: ${permitProblems.join(', ')}`,
        `Шаардлагатай зөвшөөрөл байхгүй эсвэл хугацаа дууссан: ${permitProblems.join(', ')}`,
      ),
    });
  }
  const large = org.employees >= LARGE_EMPLOYEES || org.annualTurnoverMnt >= LARGE_TURNOVER_MNT;
  if (inherent === 'high' && (findings.high > 0 || permitProblems.length > 0) && large) {
    category = 'A';
    reasons.push({
      code: 'category_a',
      text: tx(
        'High inherent risk, high-severity findings or permit gaps, and a large operation',
        'Угийн өндөр эрсдэл, ноцтой зөрчил эсвэл зөвшөөрлийн дутагдал, томоохон үйл ажиллагаа',
      ),
    });
  }
  if (category === 'C') {
    reasons.push({
      code: 'low_risk',
      text: tx(
        'Dry, low-risk processes and no findings',
        'Хуурай, бага эрсдэлтэй процесс, зөрчилгүй',
      ),
    });
  }
  if (unconfirmed > 0) {
    reasons.push({
      code: 'unconfirmed',
      text: tx(
        `${unconfirmed} check(s) still unconfirmed`,
        `${unconfirmed} шалгуур баталгаажаагүй`,
      ),
    });
  }
  if (hits.length > 0) {
    reasons.unshift({
      code: 'excluded',
      text: tx(
        `On the exclusion list: ${hits.map((h) => h.id).join(', ')}`,
        `Санхүүжүүлэхгүй жагсаалтад: ${hits.map((h) => h.id).join(', ')}`,
      ),
    });
  }

  const ov = screening?.categoryOverride;
  const overrideOk = ov !== undefined && ov.reason.trim().length >= OVERRIDE_MIN_REASON;
  const finalCategory = overrideOk ? ov.category : category;

  return {
    exclusion: { excluded: hits.length > 0, hits },
    inherentRisk: { level: inherent, explanation: inherentExplanation },
    checks,
    findings,
    unconfirmed,
    unresolvedHighFindings,
    documents,
    outstandingDocuments,
    permitProblems,
    suggestedCategory: category,
    reasons,
    finalCategory,
    override: overrideOk ? { category: ov.category, reason: ov.reason } : null,
    overrideRejected:
      ov !== undefined && !overrideOk ? 'override reason must be at least 10 characters' : null,
    esap: buildEsap(checks, checksById(pack), documents, opts.signingDate),
    categoryExplanation: explain(null, {
      formula:
        'C; wet process / medium-high inherent risk / any finding / permit gap → B; A only with high inherent risk + high findings or permit gap + large operation',
      formulaKey: 'es.category',
      inputs: [
        keyedInput('Inherent risk', inherent, 'risk', 'es.inherent', 'es.inherentRisk'),
        keyedInput('High findings', findings.high, 'count', 'es.findings.high', 'es.highFindings'),
        keyedInput('Findings', findings.total, 'count', 'es.findings', 'es.findings'),
        keyedInput(
          'Permit problems',
          permitProblems.length,
          'count',
          'es.permits',
          'es.permitProblems',
        ),
        keyedInput('Employees', org.employees, 'persons', 'organisation.employees', 'es.employees'),
        keyedInput(
          'Annual turnover',
          org.annualTurnoverMnt,
          'MNT',
          'organisation.annualTurnoverMnt',
          'es.turnover',
        ),
      ],
      criteria: ['es.category.rules'],
      unit: 'category',
    }),
  };
}
