// What the firm's own records say on a check, and what stands against them, in the officer's
// words: one text for the checklist, the findings step and the memo, so they cannot differ.
import type { Language } from '../../../../shared/package/enums';
import type { DocumentStatus } from '../../../../shared/scoring/esDocuments';
import type { EsCheckOutcome } from '../../../../shared/scoring/esChecks';
import { recordsWords } from '../../../../shared/words/contradictionWords';

type Say = (key: string, params?: Record<string, unknown>) => string;

/** "Data says: …" followed by what decides the check now; null when no data link applies. */
export function dataVerdictText(
  o: EsCheckOutcome,
  documents: readonly DocumentStatus[],
  language: Language,
  say: Say,
): string | null {
  const held = o.dataSays;
  if (!held) return null;
  const records = recordsWords(
    { fact: held.link.fact, params: held.params },
    documents,
    language,
    'recordsOfficer',
  );
  const says = say('screening:overData.dataSays', { records });
  if (o.overData)
    return `${says} ${say('screening:overData.officer', {
      result: say(`screening:check.${o.status}`),
      // The sentence ends with its own full stop.
      reason: o.overData.reason.replace(/[.\s]+$/, ''),
    })}`;
  if (o.source === 'data')
    return `${says} ${say('screening:overData.decides', {
      severity: o.severity ? say(`screening:severity.${o.severity}`) : '',
    })}`;
  return `${says} ${say('screening:overData.toConfirm')}`;
}

/** The checks the data decides or holds open, each as one line with its question and code. */
export function dataVerdictLines(
  outcomes: readonly EsCheckOutcome[],
  question: (id: string) => string,
  documents: readonly DocumentStatus[],
  language: Language,
  say: Say,
): string[] {
  const lines: string[] = [];
  for (const o of outcomes) {
    const says = dataVerdictText(o, documents, language, say);
    if (says)
      lines.push(say('screening:overData.line', { question: question(o.id), id: o.id, says }));
  }
  return lines;
}
