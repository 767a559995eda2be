// The category reasons as an officer reads them: processes, levels, documents and exclusion
// items by their names in the reader's language, a code only in brackets beside its name. The
// rules that decide when a reason applies stay in esRules.ts and es.ts; only the words live here,
// so the screen, the memo and the workbook all print the same sentence.
// Mongolian not reviewed by a native speaker yet (mnReviewed: false), as the locale files.
import type { InherentRisk, Text } from '../catalogue/types';
import type { Process } from '../package/enums';
import { PRIORITY_WORDS, PROCESS_WORDS } from '../workbook/enumWords';

const tx = (en: string, mn: string): Text => ({ en, mn, mnReviewed: false });

function processes(list: readonly Process[]): Text {
  const words = (i: 0 | 1) => list.map((p) => PROCESS_WORDS[p][i].toLowerCase()).join(', ');
  return tx(words(0), words(1));
}

/** "Fire safety approval (DOC-FIRE-SAFETY); …": names first, each code beside its name. */
function named(items: readonly { id: string; title: Text }[]): Text {
  const list = (lang: 'en' | 'mn') => items.map((i) => `${i.title[lang]} (${i.id})`).join('; ');
  return tx(list('en'), list('mn'));
}

export function wetProcessReason(wet: readonly Process[]): Text {
  const p = processes(wet);
  return tx(`Wet processes run: ${p.en}`, `Нойтон процесс: ${p.mn}`);
}

export function inherentRiskReason(level: InherentRisk): Text {
  const [en, mn] = PRIORITY_WORDS[level];
  return tx(
    `Inherent risk of the processes: ${en.toLowerCase()}`,
    `Процессын угийн эрсдэл: ${mn.toLowerCase()}`,
  );
}

/**
 * The findings that raise the category, and how many were left out of that count because they
 * only record a missing or expired permit (those are conditions precedent, not impact).
 */
export function findingsReason(
  n: { high: number; medium: number; low: number; total: number },
  permitOnly: number,
): Text {
  const base = tx(
    `${n.total} finding(s) about the operation: ${n.high} high, ${n.medium} medium, ${n.low} low`,
    `Үйл ажиллагааны ${n.total} зөрчил: өндөр ${n.high}, дунд ${n.medium}, бага ${n.low}`,
  );
  if (permitOnly === 0) return base;
  return tx(
    `${base.en}; ${permitOnly} more only record a missing or expired permit and are not counted here (conditions precedent)`,
    `${base.mn}; зөвхөн зөвшөөрөл байхгүй эсвэл хугацаа дууссаныг тэмдэглэсэн өөр ${permitOnly} зөрчлийг энд тооцоогүй (зээл олгохын өмнөх нөхцөл)`,
  );
}

export function largeOperationReason(employees: number, large: number): Text {
  return tx(
    `High inherent risk in a large operation (${employees} staff, ${large} or more)`,
    `Угийн өндөр эрсдэлтэй томоохон үйл ажиллагаа (${employees} ажилтан, ${large} ба түүнээс дээш)`,
  );
}

export function lowRiskReason(): Text {
  return tx('Dry, low-risk processes and no findings', 'Хуурай, бага эрсдэлтэй процесс, зөрчилгүй');
}

export function permitsReason(permits: readonly { id: string; title: Text }[]): Text {
  const p = named(permits);
  return tx(
    `Required permit missing or expired: ${p.en} (a condition precedent, not a higher category)`,
    `Шаардлагатай зөвшөөрөл байхгүй эсвэл хугацаа дууссан: ${p.mn} (зээл олгохын өмнөх нөхцөл, ангиллыг өсгөхгүй)`,
  );
}

export function exclusionConditionsReason(hits: readonly { id: string; text: Text }[]): Text {
  const h = named(hits.map((x) => ({ id: x.id, title: x.text })));
  return tx(
    `Remediable exclusion-list items: ${h.en} (conditions precedent to disbursement)`,
    `Засаж болох хасалтын жагсаалтын зүйл: ${h.mn} (зээл олгохын өмнөх нөхцөл)`,
  );
}

export function unconfirmedReason(count: number): Text {
  return tx(`${count} check(s) still unconfirmed`, `${count} шалгуур баталгаажаагүй`);
}

export function excludedReason(hits: readonly { id: string; text: Text }[]): Text {
  const h = named(hits.map((x) => ({ id: x.id, title: x.text })));
  return tx(`On the exclusion list: ${h.en}`, `Санхүүжүүлэхгүй жагсаалтад: ${h.mn}`);
}
