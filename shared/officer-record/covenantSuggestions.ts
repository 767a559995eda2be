// Covenants the ESAP step suggests from the screening's findings and the green decision, as
// data: each rule says when it applies and what the covenant says, in both languages. The
// officer accepts (as written or edited) or rejects each one; a rejected one is kept as a
// cancelled item so it is not suggested again and the plan shows it was considered.
import type { GreenDecision, PermitKind } from '../package/enums';
import type { ActionItem } from '../package/schema';

interface Words {
  en: string;
  mn: string;
}

/** What a rule reads: the officer's findings, green decision and the documents on file. */
export interface CovenantFacts {
  findings: { high: number; total: number };
  greenDecision: GreenDecision | null;
  /** Permits the company holds (not missing or expired), with their titles. */
  heldPermits: readonly { id: string; kind: PermitKind; title: Words }[];
}

export interface CovenantSuggestion {
  /** Stable per rule (and permit), the id the accepted item keeps: "COV-ENERGY-REPORT". */
  id: string;
  action: Words;
  covenant: Words;
}

interface Rule {
  id: string;
  applies: (f: CovenantFacts) => boolean;
  action: Words;
  covenant: Words;
}

const GREEN = new Set<GreenDecision>(['eligible', 'eligible_subject_to_verification']);

const RULES: readonly Rule[] = [
  {
    id: 'COV-ENERGY-REPORT',
    applies: (f) => f.greenDecision !== null && GREEN.has(f.greenDecision),
    action: {
      en: 'Report energy use (electricity, coal, heat) and production to the bank once a year',
      mn: 'Эрчим хүчний хэрэглээ (цахилгаан, нүүрс, дулаан) болон үйлдвэрлэлээ жил бүр банкинд тайлагнах',
    },
    covenant: {
      en: 'The borrower reports energy use annually for the loan term (monitoring workbook).',
      mn: 'Зээлдэгч зээлийн хугацаанд эрчим хүчний хэрэглээгээ жил бүр тайлагнана (мониторингийн ажлын ном).',
    },
  },
  {
    id: 'COV-VERIFY-SAVINGS',
    applies: (f) => f.greenDecision === 'eligible_subject_to_verification',
    action: {
      en: 'Show the promised savings measured over the first full year after installation',
      mn: 'Суурилуулснаас хойшхи эхний бүтэн жилийн хэмжсэн хэмнэлтийг харуулах',
    },
    covenant: {
      en: 'Green eligibility stands only once the measured savings confirm the promised ones.',
      mn: 'Хэмжсэн хэмнэлт амласан хэмнэлтийг баталсны дараа л ногоон шалгуур хангасанд тооцно.',
    },
  },
  {
    id: 'COV-INCIDENT',
    applies: (f) => f.findings.high > 0,
    action: {
      en: 'Tell the bank of any serious environmental, health or safety incident',
      mn: 'Байгаль орчин, эрүүл мэнд, аюулгүй байдлын ноцтой осол гарвал банкинд мэдэгдэх',
    },
    covenant: {
      en: 'The borrower informs the bank within 3 working days of any serious E&S incident.',
      mn: 'Зээлдэгч БОНБ-ийн ноцтой осол гарснаас хойш 3 ажлын өдөрт багтаан банкинд мэдэгдэнэ.',
    },
  },
];

/** Permits whose lapse would stop the works the loan pays for: kept valid for the loan term. */
const KEEP_VALID: readonly PermitKind[] = [
  'wastewater_discharge',
  'water_use',
  'chemicals_licence',
  'waste_contract',
  'environmental_plan',
];

export function covenantSuggestions(facts: CovenantFacts): CovenantSuggestion[] {
  const fromRules = RULES.filter((r) => r.applies(facts)).map(({ id, action, covenant }) => ({
    id,
    action,
    covenant,
  }));
  const permits = facts.heldPermits
    .filter((p) => KEEP_VALID.includes(p.kind))
    .map((p) => ({
      id: `COV-KEEP-${p.id}`,
      action: {
        en: `Keep “${p.title.en}” valid and send the bank the renewal before it expires`,
        mn: `«${p.title.mn}» баримтыг хүчинтэй байлгаж, хугацаа дуусахаас өмнө сунгасныг банкинд ирүүлэх`,
      },
      covenant: {
        en: `The borrower keeps “${p.title.en}” valid for the loan term.`,
        mn: `Зээлдэгч зээлийн хугацаанд «${p.title.mn}» баримтыг хүчинтэй байлгана.`,
      },
    }));
  return [...fromRules, ...permits];
}

/** Suggestions not yet accepted or rejected (an item with the suggestion's id is in the plan). */
export function openSuggestions(
  suggestions: readonly CovenantSuggestion[],
  plan: readonly Pick<ActionItem, 'id'>[],
): CovenantSuggestion[] {
  const have = new Set(plan.map((a) => a.id));
  return suggestions.filter((s) => !have.has(s.id));
}

/** The plan item an accepted (possibly edited) or rejected suggestion becomes. */
export function covenantItem(
  s: CovenantSuggestion,
  text: { action: string; covenant: string },
  accepted: boolean,
): ActionItem {
  return {
    id: s.id,
    source: { kind: 'es', ref: s.id },
    action: text.action.trim() || s.action.en,
    priority: 'medium',
    status: accepted ? 'open' : 'cancelled',
    conditionPrecedent: false,
    ...(text.covenant.trim() ? { covenant: text.covenant.trim() } : {}),
  };
}
