import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import type { CriteriaPack, GreenCriterionKind } from '../../../../shared/catalogue/types';
import { factorsFor } from '../../../../shared/factors/resolve';
import { useLanguage } from '../../app/LanguageContext';
import { hrefFor } from '../../app/router';
import { useAssessment } from '../../db/hooks/useAssessment';
import { useOrganisation } from '../../db/hooks/useOrganisation';
import { usePeriods } from '../../db/hooks/usePeriods';
import { useProject } from '../../db/hooks/useProject';
import { organisationFromRow } from '../../db/repositories/organisations';
import { KeptTextNotice } from '../../components/KeptTextNotice';
import { ConflictError } from '../../db/repositories/conflictError';
import { saveProjectIfUnchanged } from '../../db/repositories/projects';
import type { ProjectRow } from '../../db/types';
import { differingText } from '../../lib/fieldChanges';
import { clearJournal, recoverJournal, writeJournal } from '../../lib/typingJournal';
import { projectFormSchema, projectJournalKey } from './projectJournal';
import { baselineFromPeriods } from '../../../../shared/scoring/greenBaseline';
import { evaluateProject } from './evaluateProject';
import { BaselineCheckTable } from './BaselineCheckTable';
import { FiguresTable } from './FiguresTable';
import { GreenResultsPanel } from './GreenResultsPanel';
import {
  EXTRA_FIELDS,
  figuresToText,
  formToProject,
  projectToForm,
  type ExtraField,
  type ProjectForm,
} from './projectForm';
import './green-project.css';
import { todayIn } from '../../../../shared/package/calendarDay';

const DEFAULT_MEASURE = 'GM-BOILER-UPGRADE';
const EXTRA_KIND: Record<ExtraField, GreenCriterionKind> = {
  equipmentGhgReductionPct: 'equipment_ghg_reduction',
  renewableKwhPerYear: 'renewable',
  apeoSubstitutionPct: 'apeo_substitution',
  wasteReusedPct: 'waste_reuse',
};

export function GreenProjectPage({
  orgId,
  pack: packProp,
}: {
  orgId: string;
  pack?: CriteriaPack;
}) {
  const { t } = useTranslation(['project', 'common']);
  const { language } = useLanguage();
  const pack = packProp ?? ACTIVE_PACK;
  const org = useOrganisation(orgId);
  const periods = usePeriods(orgId);
  const saved = useProject(orgId);
  const esRow = useAssessment(orgId, 'es');
  const [form, setForm] = useState<ProjectForm | null>(null);
  const [dirty, setDirty] = useState(false);
  const journalKey = projectJournalKey(orgId);
  // Typing from before a crash or a closed window: offered back, never put in the form (nor
  // saved) until the user says so.
  const [recovered, setRecovered] = useState<ProjectForm | null>(
    () => recoverJournal(journalKey, projectFormSchema) ?? null,
  );
  // The rev of the saved project the form took: a save based on an older one (another window
  // saved since) is refused, the stored project shown and this form's kept in `conflict`.
  const baseRev = useRef(0);
  const [conflict, setConflict] = useState<ProjectForm | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const pick = (x: { en: string; mn: string }) => (language === 'mn' ? x.mn : x.en);

  const f = factorsFor(undefined);
  const baseline = useMemo(
    () => (periods && org ? baselineFromPeriods(periods, org.processes, f) : null),
    [periods, org, f],
  );

  // The saved project, or a first draft: the default measure over the firm's own baseline.
  useEffect(() => {
    if (form !== null || saved === undefined || periods === undefined || !org) return;
    baseRev.current = saved?.rev ?? 0;
    if (saved) {
      setForm(projectToForm(saved));
      return;
    }
    const measure = pack.measures.find((m) => m.id === DEFAULT_MEASURE) ?? pack.measures[0];
    const base = figuresToText(baseline?.figures);
    setForm({
      title: measure ? pick(measure.title) : '',
      measure: measure?.id ?? '',
      taxonomyCode: measure?.taxonomyCode ?? pack.taxonomy[0]?.code ?? '',
      equipment: '',
      investmentMnt: '',
      lifetimeYears: '10',
      baseline: base,
      projected: { ...base },
      extra: {
        equipmentGhgReductionPct: '',
        renewableKwhPerYear: '',
        apeoSubstitutionPct: '',
        wasteReusedPct: '',
      },
      effluentCompliantByLabTest: null,
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form, saved, periods, org, pack, baseline]);

  // A journal that holds nothing the form does not already show is nothing to offer.
  useEffect(() => {
    if (!recovered || !form || differingText(flatForm(form), flatForm(recovered)) !== '') return;
    clearJournal(journalKey);
    setRecovered(null);
  }, [recovered, form, journalKey]);

  // Another window's save while this form has nothing unsaved: shown, not kept over.
  useEffect(() => {
    if (!saved || dirty || form === null || (saved.rev ?? 0) === baseRev.current) return;
    baseRev.current = saved.rev ?? 0;
    setForm(projectToForm(saved));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved, dirty]);

  const deferred = useDeferredValue(form);
  const evaluated = useMemo(() => {
    if (!deferred || !org) return null;
    const { project, errors } = formToProject(deferred);
    const results = evaluateProject({
      organisation: organisationFromRow(org),
      periods: (periods ?? []).map((p) => ({ period: p.period, values: p.values })),
      es: esRow?.instrument === 'es' ? esRow.screening : undefined,
      project,
      pack,
      language,
      asOf: todayIn(),
    });
    return { project, errors, green: results.green };
  }, [deferred, org, periods, esRow, pack, language]);

  if (org === null) return <p className="error">{t('notFound')}</p>;
  if (org === undefined || saved === undefined || periods === undefined || !form)
    return <p className="status">{t('common:loading')}</p>;

  const update = (patch: Partial<ProjectForm>) => {
    // Journalled in the change itself (not an effect), so a reload straight after keeps it.
    writeJournal(journalKey, { ...form, ...patch });
    setForm((prev) => (prev ? { ...prev, ...patch } : prev));
    setDirty(true);
    setMessage(null);
  };
  const putBack = (kept: ProjectForm) => {
    writeJournal(journalKey, kept);
    setForm(kept);
    setDirty(true);
    setMessage(null);
  };
  const onMeasure = (id: string) => {
    const next = pack.measures.find((m) => m.id === id);
    const old = pack.measures.find((m) => m.id === form.measure);
    const keepTitle =
      form.title !== '' && form.title !== old?.title.en && form.title !== old?.title.mn;
    update({
      measure: id,
      taxonomyCode: next?.taxonomyCode ?? form.taxonomyCode,
      ...(keepTitle || !next ? {} : { title: pick(next.title) }),
    });
  };
  const category = pack.taxonomy.find((c) => c.code === form.taxonomyCode);
  const kinds = category?.qualifyingKinds ?? [];
  const errors = evaluated?.errors ?? {};

  async function save() {
    if (!evaluated || !form) return;
    if (Object.keys(evaluated.errors).length > 0) {
      setMessage({ text: t('saveBlocked'), error: true });
      return;
    }
    try {
      const keep = saved
        ? {
            ...(saved.decision ? { decision: saved.decision } : {}),
            ...(saved.verification ? { verification: saved.verification } : {}),
          }
        : {};
      const row = await saveProjectIfUnchanged(
        orgId,
        { ...evaluated.project, ...keep },
        saved?.id,
        baseRev.current,
      );
      baseRev.current = row.rev ?? 0;
      clearJournal(journalKey);
      setDirty(false);
      setMessage({ text: t('savedAsProject'), error: false });
    } catch (err) {
      if (err instanceof ConflictError) {
        const stored = err.current as ProjectRow;
        setConflict(form);
        baseRev.current = stored.rev ?? 0;
        setForm(projectToForm(stored));
        setDirty(false);
        return;
      }
      setMessage({ text: err instanceof Error ? err.message : String(err), error: true });
    }
  }

  const err = (key: string) =>
    errors[key] ? <div className="error">{t(`errors.${errors[key] ?? ''}`)}</div> : null;
  return (
    <section className="page green-page" aria-labelledby="green-title">
      <h1 id="green-title">{t('title')}</h1>
      <p className="muted">{org.nameMn}</p>
      <p className="lead">{t('intro')}</p>
      {recovered && (
        <KeptTextNotice
          kind="recovered"
          testId="project-recovered"
          yours={differingText(flatForm(form), flatForm(recovered))}
          onApply={() => {
            putBack(recovered);
            setRecovered(null);
          }}
          onDiscard={() => {
            clearJournal(journalKey);
            setRecovered(null);
          }}
        />
      )}
      {conflict && (
        <KeptTextNotice
          kind="changedElsewhere"
          testId="project-conflict"
          yours={differingText(flatForm(form), flatForm(conflict))}
          onApply={() => {
            putBack(conflict);
            setConflict(null);
          }}
          onDiscard={() => setConflict(null)}
        />
      )}
      <div className="green-layout">
        <form
          className="panel green-form"
          onSubmit={(ev) => {
            ev.preventDefault();
            void save();
          }}
        >
          <h2>{t('investment')}</h2>
          <label>
            {t('measure')}
            <select value={form.measure} onChange={(ev) => onMeasure(ev.target.value)}>
              {pack.measures.map((m) => (
                <option key={m.id} value={m.id}>
                  {pick(m.title)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('taxonomy')}
            <select
              value={form.taxonomyCode}
              onChange={(ev) => update({ taxonomyCode: ev.target.value })}
            >
              {pack.taxonomy.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.code} — {pick(c.title)}
                </option>
              ))}
            </select>
          </label>
          <span className="hint">{t('taxonomyHint')}</span>
          <label>
            {t('projectTitle')}
            <input value={form.title} onChange={(ev) => update({ title: ev.target.value })} />
          </label>
          {err('title')}
          <label>
            {t('equipment')}
            <input
              value={form.equipment}
              onChange={(ev) => update({ equipment: ev.target.value })}
            />
          </label>
          <div className="grid-2 tight">
            <div>
              <label>
                {t('investmentMnt')}
                <input
                  inputMode="numeric"
                  value={form.investmentMnt}
                  aria-invalid={errors.investmentMnt !== undefined}
                  onChange={(ev) => update({ investmentMnt: ev.target.value })}
                />
              </label>
              {err('investmentMnt')}
            </div>
            <div>
              <label>
                {t('lifetimeYears')}
                <input
                  inputMode="numeric"
                  value={form.lifetimeYears}
                  aria-invalid={errors.lifetimeYears !== undefined}
                  onChange={(ev) => update({ lifetimeYears: ev.target.value })}
                />
              </label>
              {err('lifetimeYears')}
            </div>
          </div>

          <h2>{t('figuresTitle')}</h2>
          <p className="hint">
            {baseline
              ? t('baselineFrom', {
                  count: baseline.periods.length,
                  from: baseline.periods[0] ?? '',
                  to: baseline.periods[baseline.periods.length - 1] ?? '',
                })
              : t('noBaseline')}{' '}
            {!baseline && (
              <a href={hrefFor({ name: 'org', orgId, section: 'metrics' })}>{t('goMetrics')}</a>
            )}
          </p>
          <div className="button-row">
            <button
              type="button"
              disabled={!baseline}
              onClick={() => update({ baseline: figuresToText(baseline?.figures) })}
            >
              {t('refillBaseline')}
            </button>
            <button type="button" onClick={() => update({ projected: { ...form.baseline } })}>
              {t('copyBaseline')}
            </button>
          </div>
          <FiguresTable
            baseline={form.baseline}
            projected={form.projected}
            errors={errors}
            onChange={(which, field, value) =>
              update({ [which]: { ...form[which], [field]: value } })
            }
          />
          {evaluated?.green && <BaselineCheckTable check={evaluated.green.baselineCheck} />}

          {(EXTRA_FIELDS.some((x) => kinds.includes(EXTRA_KIND[x])) ||
            kinds.includes('effluent_compliance')) && <h2>{t('extraTitle')}</h2>}
          {EXTRA_FIELDS.filter((x) => kinds.includes(EXTRA_KIND[x])).map((x) => (
            <div key={x}>
              <label>
                {t(`extra.${x}`)}
                <input
                  inputMode="decimal"
                  value={form.extra[x]}
                  aria-invalid={errors[x] !== undefined}
                  onChange={(ev) => update({ extra: { ...form.extra, [x]: ev.target.value } })}
                />
              </label>
              {err(x)}
            </div>
          ))}
          {kinds.includes('effluent_compliance') && (
            <label className="inline">
              <input
                type="checkbox"
                checked={form.effluentCompliantByLabTest === true}
                onChange={(ev) => update({ effluentCompliantByLabTest: ev.target.checked })}
              />
              {t('extra.effluentCompliantByLabTest')}
            </label>
          )}

          <div className="button-row">
            <button type="submit" className="primary">
              {t('save')}
            </button>
            <span className="status" data-testid="project-save-status">
              {dirty ? t('unsaved') : saved ? t('savedState') : t('notYetSaved')}
            </span>
          </div>
          {message && (
            <p className={message.error ? 'toast error' : 'toast'} role="status">
              {message.text}{' '}
              {!message.error && (
                <a href={hrefFor({ name: 'org', orgId, section: 'export' })}>{t('nextExport')}</a>
              )}
            </p>
          )}
        </form>
        {evaluated?.green && <GreenResultsPanel result={evaluated.green} />}
      </div>
    </section>
  );
}

/** The form's fields on one level ("projected.waterM3"), so a notice can list what differs. */
function flatForm(form: ProjectForm): Record<string, unknown> {
  const { baseline, projected, extra, ...top } = form;
  const prefixed = (name: string, o: object) =>
    Object.entries(o).map(([k, v]): [string, unknown] => [`${name}.${k}`, v]);
  return Object.fromEntries([
    ...Object.entries(top),
    ...prefixed('baseline', baseline),
    ...prefixed('projected', projected),
    ...prefixed('extra', extra),
  ]);
}
