import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from './parseField';
import type { NumberField, ProfileDraft, TextField } from './profileDraft';

// Mongolia's 21 aimags and the capital, offered as suggestions (free text still allowed).
const AIMAGS = [
  'Улаанбаатар',
  'Архангай',
  'Баян-Өлгий',
  'Баянхонгор',
  'Булган',
  'Говь-Алтай',
  'Говьсүмбэр',
  'Дархан-Уул',
  'Дорноговь',
  'Дорнод',
  'Дундговь',
  'Завхан',
  'Орхон',
  'Өвөрхангай',
  'Өмнөговь',
  'Сүхбаатар',
  'Сэлэнгэ',
  'Төв',
  'Увс',
  'Ховд',
  'Хөвсгөл',
  'Хэнтий',
];

const HINTED = new Set<string>([
  'nameEn',
  'registrationNo',
  'employees',
  'annualTurnoverMnt',
  'womenOwnershipPct',
  'womenSeniorMgmtPct',
]);

function Field({
  name,
  value,
  error,
  numeric,
  list,
  onChange,
}: {
  name: TextField | NumberField;
  value: string;
  error: FieldError | undefined;
  numeric?: boolean;
  list?: string;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation('profile');
  const id = useId();
  const described = [HINTED.has(name) ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{t(`fields.${name}`)}</label>
      <input
        id={id}
        name={name}
        value={value}
        inputMode={numeric ? 'decimal' : undefined}
        list={list}
        aria-invalid={error !== undefined}
        aria-describedby={described || undefined}
        required={name === 'nameMn'}
        onChange={(e) => onChange(e.target.value)}
      />
      {HINTED.has(name) && (
        <span id={`${id}-hint`} className="hint">
          {t(`hints.${name}`)}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="error" role="alert">
          {t(`errors.${error}`)}
        </span>
      )}
    </div>
  );
}

export function ProfileFields({
  draft,
  errors,
  onChange,
}: {
  draft: ProfileDraft;
  errors: Partial<Record<TextField | NumberField, FieldError>>;
  onChange: (patch: Partial<ProfileDraft>) => void;
}) {
  const { t } = useTranslation('profile');
  const listId = useId();
  const field = (name: TextField | NumberField, numeric = false, list?: string) => (
    <Field
      name={name}
      value={draft[name]}
      error={errors[name]}
      numeric={numeric}
      list={list}
      onChange={(v) => onChange({ [name]: v })}
    />
  );
  return (
    <div className="grid-2">
      <fieldset className="panel field-panel">
        <legend>{t('sections.company')}</legend>
        {field('nameMn')}
        {field('nameEn')}
        {field('registrationNo')}
        {field('aimag', false, listId)}
        <datalist id={listId}>
          {AIMAGS.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        {field('district')}
        {field('address')}
      </fieldset>
      <fieldset className="panel field-panel">
        <legend>{t('sections.people')}</legend>
        {field('employees', true)}
        {field('annualTurnoverMnt', true)}
        {field('womenOwnershipPct', true)}
        {field('womenSeniorMgmtPct', true)}
      </fieldset>
    </div>
  );
}
