// Key pinning: a bank remembers the signing key of each company (by registration number) the
// first time it imports a validly signed submission from it. A later submission signed by
// another key is flagged: it was exported on another computer (a new laptop, a profile
// re-created without its backup) or by someone else, and only the company can say which.
// The pin changes only when the officer accepts the new key.
import { z } from 'zod';
import type { SignatureCheck } from './interpret';

const keyRefSchema = z.strictObject({
  publicKey: z.string().regex(/^[0-9a-f]{64}$/),
  fingerprint: z.string().min(1).max(40),
  /** When this key was pinned (pinned) or last seen on an import (latest). */
  at: z.string().max(40),
});

export const keyPinSchema = z.strictObject({
  registrationNo: z.string().min(1).max(100),
  pinned: keyRefSchema,
  /** The key of the latest signed submission imported; differs from `pinned` until accepted. */
  latest: keyRefSchema,
});

export type KeyRef = z.infer<typeof keyRefSchema>;
export type KeyPin = z.infer<typeof keyPinSchema>;

export type PinCheck =
  /** Unsigned, or a signature that does not hold: there is no proven key to compare or pin. */
  | { status: 'not_signed' }
  /** No registration number to pin a key to. */
  | { status: 'no_registration' }
  | { status: 'first'; offered: { publicKey: string; fingerprint: string } }
  | { status: 'same'; pin: KeyPin }
  | { status: 'other'; pin: KeyPin; offered: { publicKey: string; fingerprint: string } };

/** The registration number as pins are keyed: surrounding spaces are not part of it. */
export function pinRegistrationNo(registrationNo: string): string {
  return registrationNo.trim();
}

export function checkKeyPin(
  pin: KeyPin | undefined,
  registrationNo: string,
  signature: SignatureCheck,
): PinCheck {
  if (signature.status !== 'valid') return { status: 'not_signed' };
  if (pinRegistrationNo(registrationNo) === '') return { status: 'no_registration' };
  const offered = { publicKey: signature.publicKey, fingerprint: signature.fingerprint };
  if (pin === undefined) return { status: 'first', offered };
  if (pin.pinned.publicKey === offered.publicKey) return { status: 'same', pin };
  return { status: 'other', pin, offered };
}

/** The pin to store after an import, or undefined when nothing is pinned or changes. */
export function pinAfterImport(
  check: PinCheck,
  registrationNo: string,
  acceptNewKey: boolean,
  at: string,
): KeyPin | undefined {
  const registration = pinRegistrationNo(registrationNo);
  switch (check.status) {
    case 'not_signed':
    case 'no_registration':
      return undefined;
    case 'first': {
      const ref = { ...check.offered, at };
      return { registrationNo: registration, pinned: ref, latest: ref };
    }
    case 'same':
      return { ...check.pin, latest: { ...check.pin.pinned, at } };
    case 'other': {
      const ref = { ...check.offered, at };
      return acceptNewKey
        ? { registrationNo: registration, pinned: ref, latest: ref }
        : { ...check.pin, latest: ref };
    }
  }
}

/** True while the latest submission was signed by a key the officer has not accepted. */
export function signedElsewhere(pin: KeyPin | undefined): boolean {
  return pin !== undefined && pin.latest.publicKey !== pin.pinned.publicKey;
}

/** The officer accepts the latest submission's key: it becomes the pinned one. */
export function acceptLatestKey(pin: KeyPin, at: string): KeyPin {
  return { ...pin, pinned: { ...pin.latest, at } };
}
