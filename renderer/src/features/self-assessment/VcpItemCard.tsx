import { useTranslation } from 'react-i18next';
import type { Text, VcpItem } from '../../../../shared/catalogue/types';
import { ANSWERS, type Answer } from '../../../../shared/package/enums';
import type { AnswerEntry } from '../../../../shared/package/schema';
import { useLanguage } from '../../app/LanguageContext';
import { citationText } from '../../../../shared/catalogue/citationText';
import { EvidenceAttachments } from '../../components/EvidenceAttachments';
import type { Contradiction } from '../../../../shared/scoring/dataLinks';
import type { DocumentStatus } from '../../../../shared/scoring/esDocuments';
import { ItemContradiction } from './ItemContradiction';

export function usePick(): (text: Text) => string {
  const { language } = useLanguage();
  return (text) => (language === 'mn' ? text.mn : text.en);
}

/** The source's provenance tag, with the citation on hover and for screen readers. */
export function ProvenanceTag({ provenance, citation }: { provenance: string; citation: string }) {
  const { t } = useTranslation('vcp');
  return (
    <span
      className={`badge prov prov-${provenance === 'K?' ? 'Kq' : provenance}`}
      title={`${citation} — ${t(`provenance.${provenance === 'K?' ? 'Kq' : provenance}`)}`}
    >
      [{provenance}]
    </span>
  );
}

/** One VCP question: answer (radio group), comment, guidance from the pack, evidence files. */
export function VcpItemCard({
  orgId,
  item,
  entry,
  missingEvidence,
  contradiction,
  documents = [],
  onChange,
}: {
  orgId: string;
  item: VcpItem;
  entry: AnswerEntry | undefined;
  missingEvidence: boolean;
  /** What the firm's records show against this answer, when they contradict it. */
  contradiction?: Contradiction | undefined;
  documents?: readonly DocumentStatus[];
  onChange: (entry: AnswerEntry | null) => void;
}) {
  const { t } = useTranslation('vcp');
  const pick = usePick();
  const { language } = useLanguage();
  const name = `answer-${item.id}`;
  const setAnswer = (answer: Answer) => {
    onChange({ ...(entry ?? {}), answer });
  };
  const setComment = (comment: string) => {
    if (!entry) return;
    const next: AnswerEntry = { answer: entry.answer };
    if (entry.evidence) next.evidence = entry.evidence;
    if (comment !== '') next.comment = comment;
    onChange(next);
  };

  return (
    <article className="vcp-item card" aria-labelledby={`${item.id}-q`} data-item={item.id}>
      <header className="vcp-item-head">
        <span className="vcp-id">{item.id}</span>
        <span className="badge">{t('level', { level: item.level })}</span>
        {item.knockOut && (
          <span className="badge bad" title={t('knockOutHint')}>
            {t('knockOut')}
          </span>
        )}
        {item.evidenceRequired && <span className="badge warn">{t('evidenceRequired')}</span>}
        <ProvenanceTag
          provenance={item.source.provenance}
          citation={citationText(item.source, language)}
        />
      </header>
      <h3 id={`${item.id}-q`} className="vcp-question">
        {pick(item.question)}
      </h3>
      <div className="vcp-body">
        <div className="vcp-answer">
          <div role="radiogroup" aria-labelledby={`${item.id}-q`} className="vcp-radios">
            {ANSWERS.map((a) => (
              <label key={a} className={`inline answer-${a}`}>
                <input
                  type="radio"
                  name={name}
                  value={a}
                  checked={entry?.answer === a}
                  onChange={() => setAnswer(a)}
                />
                {t(`answers.${a}`)}
              </label>
            ))}
          </div>
          {contradiction && (
            <ItemContradiction orgId={orgId} contradiction={contradiction} documents={documents} />
          )}
          <label>
            {t('comment')}
            <textarea
              rows={2}
              value={entry?.comment ?? ''}
              disabled={!entry}
              placeholder={entry ? t('commentPlaceholder') : t('commentAfterAnswer')}
              onChange={(ev) => setComment(ev.target.value)}
            />
          </label>
          <div className="vcp-evidence">
            <strong>{t('evidence.title')}</strong>
            {missingEvidence && (
              <p className="error" role="status">
                {t('evidence.missing')}
              </p>
            )}
            <EvidenceAttachments
              orgId={orgId}
              target={{ kind: 'answer', itemId: item.id }}
              label={t('evidence.attachFor', { question: pick(item.question) })}
            />
          </div>
        </div>
        <dl className="vcp-guidance">
          <dt>{t('guidance')}</dt>
          <dd>{pick(item.guidance)}</dd>
          <dt>{t('howVerified')}</dt>
          <dd>{pick(item.howVerified)}</dd>
          <dt>{t('acceptableEvidence')}</dt>
          <dd>{pick(item.acceptableEvidence)}</dd>
          <dt>{t('source')}</dt>
          <dd className="muted">
            {citationText(item.source, language)} [{item.source.provenance}]
          </dd>
        </dl>
      </div>
    </article>
  );
}
