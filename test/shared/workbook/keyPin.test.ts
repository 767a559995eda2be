import { describe, expect, it } from 'vitest';
import { keyFingerprint } from '../../../shared/crypto/ed25519';
import {
  acceptLatestKey,
  checkKeyPin,
  pinAfterImport,
  signedElsewhere,
  type SignatureCheck,
} from '../../../shared/workbook';
import { OTHER_KEY, TEST_KEY } from './testKeys';

const valid = (publicKey: string): SignatureCheck => ({
  status: 'valid',
  publicKey,
  fingerprint: keyFingerprint(publicKey),
});

describe('key pinning', () => {
  it('pins the first valid key, keeps it for the same key and flags another one', () => {
    const first = checkKeyPin(undefined, ' 5512345 ', valid(TEST_KEY.publicKey));
    expect(first.status).toBe('first');
    const pin = pinAfterImport(first, ' 5512345 ', false, '2026-12-01T00:00:00Z');
    expect(pin?.registrationNo).toBe('5512345');
    expect(pin?.pinned.publicKey).toBe(TEST_KEY.publicKey);
    expect(signedElsewhere(pin)).toBe(false);

    expect(checkKeyPin(pin, '5512345', valid(TEST_KEY.publicKey)).status).toBe('same');
    const other = checkKeyPin(pin, '5512345', valid(OTHER_KEY.publicKey));
    expect(other.status).toBe('other');

    // imported without accepting the key: the pin stays, the flag shows
    const flagged = pinAfterImport(other, '5512345', false, '2026-12-02T00:00:00Z');
    expect(flagged?.pinned.publicKey).toBe(TEST_KEY.publicKey);
    expect(flagged?.latest.publicKey).toBe(OTHER_KEY.publicKey);
    expect(signedElsewhere(flagged)).toBe(true);
    // accepted later, on the application
    const accepted = acceptLatestKey(flagged!, '2026-12-03T00:00:00Z');
    expect(accepted.pinned.publicKey).toBe(OTHER_KEY.publicKey);
    expect(signedElsewhere(accepted)).toBe(false);

    // accepted on import
    const replaced = pinAfterImport(other, '5512345', true, '2026-12-02T00:00:00Z');
    expect(replaced?.pinned.publicKey).toBe(OTHER_KEY.publicKey);
    expect(signedElsewhere(replaced)).toBe(false);
  });

  it('pins nothing for an unsigned or invalid signature, or without a registration number', () => {
    const invalid: SignatureCheck = {
      status: 'invalid',
      publicKey: OTHER_KEY.publicKey,
      fingerprint: keyFingerprint(OTHER_KEY.publicKey),
    };
    const pin = pinAfterImport(
      checkKeyPin(undefined, '1', valid(TEST_KEY.publicKey)),
      '1',
      false,
      'now',
    );
    expect(checkKeyPin(pin, '1', invalid).status).toBe('not_signed');
    expect(checkKeyPin(pin, '1', { status: 'unsigned' }).status).toBe('not_signed');
    const none = checkKeyPin(undefined, '  ', valid(TEST_KEY.publicKey));
    expect(none.status).toBe('no_registration');
    expect(pinAfterImport(none, '  ', true, 'now')).toBeUndefined();
  });
});
