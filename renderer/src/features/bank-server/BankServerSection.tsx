import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { useSyncStatus } from '../../db/hooks/useSyncStatus';
import { formatDateTime } from '../../i18n/format';
import {
  resolveConflictInApp,
  setBankServerAddress,
  signInInApp,
  syncNowInApp,
} from '../../sync/appSync';
import { SyncRefused, type ServerRefusal } from '../../sync/client';
import { enrollDevice, forgetDevice, signOutDevice } from '../../sync/device';
import { serverErrorWords } from '../../../../shared/sync/serverErrors';
import type { Language } from '../../../../shared/package/enums';
import type { ConflictChoice } from '../../sync/resolveConflict';
import { ConflictPanel } from './ConflictPanel';
import { NotSentEvidence } from './NotSentEvidence';

type Said = string | ((tt: TFunction<'bankServer'>, language: Language) => string);

/** A sync's failure: the server's refusal in the user's words by its code, else the words kept. */
const failure =
  (o: { error: string; refusal?: ServerRefusal }): Said =>
  (_tt, language) =>
    o.refusal ? serverErrorWords(o.refusal, language) : o.error;

export function BankServerSection() {
  const { t } = useTranslation('bankServer');
  const { language } = useLanguage();
  const status = useSyncStatus();
  const [address, setAddress] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  // Words of the app are kept as a function of the translator, so a language switch re-says them.
  const [message, setMessage] = useState<Said | null>(null);
  const [busy, setBusy] = useState(false);
  if (!status) return null;
  const { device, state, pending, refused, conflicts } = status;

  const run = async (fn: () => Promise<Said | null>) => {
    setBusy(true);
    setMessage(null);
    try {
      const said = await fn();
      // A function given to setState is an updater: wrap it so it is stored as the message.
      setMessage(() => said);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const doSignIn = () =>
    run(async () => {
      // The shell checks and keeps the address first: it sends nowhere else.
      const set = await setBankServerAddress((address || device?.serverUrl || '').trim());
      if (!set.ok) return set.words;
      const serverUrl = set.origin;
      const deviceName = `GreenThread ${navigator.userAgent.includes('Electron') ? 'desktop' : 'browser'}`;
      const res = await signInInApp(serverUrl, { username, password, deviceName }).catch(
        (error: unknown) => {
          if (error instanceof Error && 'refusal' in error) throw error;
          // A server that says why (an old desktop, say) is heard; else the usual words.
          if (error instanceof SyncRefused && error.code && error.code !== 'sign_in_wrong')
            throw new Error(serverErrorWords(error.refusal, language));
          throw new Error(error instanceof TypeError ? t('unreachable') : t('signInRefused'));
        },
      );
      setPassword('');
      const { queued } = await enrollDevice({
        serverUrl,
        deviceId: res.deviceId,
        deviceName,
        token: res.token,
        user: res.user,
        signedInAt: new Date().toISOString(),
      });
      const outcome = await syncNowInApp();
      return outcome.ok ? (tt) => tt('signedInQueued', { count: queued }) : failure(outcome);
    });

  const choose = (id: number | undefined, choice: ConflictChoice) =>
    id === undefined
      ? undefined
      : run(async () => {
          await resolveConflictInApp(id, choice);
          return (tt) => tt('resolved');
        });

  return (
    <section className="panel settings-section" aria-labelledby="bank-server-title">
      <h2 id="bank-server-title">{t('title')}</h2>
      {/* Machine-made Mongolian, flagged as the rest of the unreviewed Mongolian UI is. */}
      {language === 'mn' && (
        <p className="muted" role="note" data-testid="mn-unreviewed">
          {t('mnUnreviewed')}
        </p>
      )}
      <p className="muted">{t('intro')}</p>
      {device?.token ? (
        <>
          <p data-testid="bank-server-who">
            {t('signedInAs', {
              name: device.user.displayName,
              user: device.user.username,
              server: device.serverUrl,
            })}{' '}
            {device.user.branchId
              ? t('branch', { branch: device.user.branchName ?? device.user.branchId })
              : t('headOffice')}
          </p>
          <dl className="sync-facts">
            <dt>{t('lastSync')}</dt>
            <dd data-testid="last-sync">
              {state.lastSyncAt ? formatDateTime(state.lastSyncAt, language) : t('never')}
            </dd>
            <dt>{t('pending')}</dt>
            <dd data-testid="pending-changes">{t('pendingCount', { count: pending })}</dd>
            {refused > 0 && (
              <>
                <dt>{t('refused')}</dt>
                <dd>{t('refusedCount', { count: refused })}</dd>
              </>
            )}
            <NotSentEvidence />
            {state.lastError && (
              <>
                <dt>{t('lastAttempt')}</dt>
                <dd role="status" data-testid="last-sync-error">
                  {state.lastRefusal
                    ? serverErrorWords(state.lastRefusal, language)
                    : state.lastError}
                </dd>
              </>
            )}
          </dl>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const o = await syncNowInApp();
                return o.ok
                  ? (tt) => tt('syncDone', { sent: o.report.pushed, received: o.report.pulled })
                  : failure(o);
              })
            }
          >
            {t('syncNow')}
          </button>{' '}
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                await signOutDevice();
                return (tt) => tt('signedOut');
              })
            }
          >
            {t('signOut')}
          </button>{' '}
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              if (window.confirm(t('forgetConfirm', { count: pending }))) {
                void run(async () => {
                  await forgetDevice();
                  return (tt) => tt('forgotten');
                });
              }
            }}
          >
            {t('forget')}
          </button>
        </>
      ) : (
        <form
          className="sync-sign-in"
          onSubmit={(e) => {
            e.preventDefault();
            void doSignIn();
          }}
        >
          {device && <p>{t('signedOutPending', { count: pending, server: device.serverUrl })}</p>}
          <label>
            {t('address')}
            <input
              type="url"
              value={address || device?.serverUrl || ''}
              placeholder="https://greenthread.bank.mn"
              onChange={(e) => setAddress(e.target.value)}
              required
            />
          </label>
          <label>
            {t('username')}
            <input
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              required
              autoComplete="username"
            />
          </label>
          <label>
            {t('password')}
            <input
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
              autoComplete="current-password"
            />
          </label>
          <button type="submit" disabled={busy}>
            {t('signIn')}
          </button>
        </form>
      )}
      {message && (
        <p role="status" data-testid="bank-server-message">
          {typeof message === 'function' ? message(t, language) : message}
        </p>
      )}
      {conflicts.length > 0 && (
        <div className="sync-conflicts">
          <h3>{t('conflictsTitle', { count: conflicts.length })}</h3>
          {conflicts.map((c) => (
            <ConflictPanel
              key={c.id}
              conflict={c}
              busy={busy}
              onChoose={(choice) => void choose(c.id, choice)}
            />
          ))}
        </div>
      )}
    </section>
  );
}
