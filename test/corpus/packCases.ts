// Malformed and hostile criteria-pack files (a bank's own pack, read by `greenthread pack check`
// and `greenthread score --pack`). Built from the active pack's own template at test time.
import { ACTIVE_PACK } from '../../shared/catalogue/packs';
import { notJsonCases, type RefusedJson } from './packageCases';
import { basePackage, bigString, enc } from './workbookCases';

type Json = Record<string, unknown> & {
  vcpItems?: Record<string, unknown>[];
  greenCriteria: Record<string, unknown>[];
  esChecks: Record<string, unknown>[];
};

/** The active pack as the JSON a bank edits, under the bank's own id. */
function bankPack(edit: (p: Json) => void = () => undefined, id = 'bank-corpus'): Uint8Array {
  const p = JSON.parse(JSON.stringify(ACTIVE_PACK)) as Json;
  p.id = id;
  edit(p);
  return enc(JSON.stringify(p));
}

export function refusedPacks(): RefusedJson[] {
  const good = bankPack();
  return [
    ...notJsonCases(good, 'a pack'),
    {
      id: 'package',
      title: 'an application package instead of a pack',
      bytes: enc(JSON.stringify(basePackage())),
      mentions: /\(root\)|vcpItems|pillars/,
    },
    {
      id: 'missing-field',
      title: 'no VCP items',
      bytes: bankPack((p) => {
        delete p.vcpItems;
      }),
      mentions: /vcpItems/,
    },
    {
      id: 'extra-field',
      title: 'an unknown top-level field',
      bytes: bankPack((p) => {
        p.treshold = 5;
      }),
      mentions: /treshold/,
    },
    {
      id: 'wrong-type',
      title: 'a weight written as text',
      bytes: bankPack((p) => {
        (p.vcpItems?.[0] as Record<string, unknown>).weight = 'heavy';
      }),
      mentions: /vcpItems\[0\]\.weight/,
    },
    {
      id: 'negative',
      title: 'a negative green threshold',
      bytes: bankPack((p) => {
        (p.greenCriteria[0] as Record<string, unknown>).threshold = -5;
      }),
      mentions: /greenCriteria\[0\]\.threshold/,
    },
    {
      id: 'infinity',
      title: 'a threshold of 1e999',
      bytes: enc(
        new TextDecoder()
          .decode(bankPack((p) => ((p.greenCriteria[0] as Record<string, unknown>).threshold = 7)))
          .replace('"threshold":7', '"threshold":1e999'),
      ),
      mentions: /greenCriteria\[0\]\.threshold/,
    },
    {
      id: 'impossible-date',
      title: 'effective on 30 February',
      bytes: bankPack((p) => {
        p.effectiveDate = '2025-02-30';
      }),
      mentions: /effective/i,
    },
    {
      id: 'dangling-reference',
      title: 'an E&S check naming a document that does not exist',
      bytes: bankPack((p) => {
        (p.esChecks[0] as Record<string, unknown>).documents = ['DOC-NOPE'];
      }),
      mentions: /DOC-NOPE/,
    },
    {
      id: 'duplicate-id',
      title: 'two VCP items with one id',
      bytes: bankPack((p) => {
        if (p.vcpItems) p.vcpItems[1] = { ...p.vcpItems[1], id: p.vcpItems[0]?.id };
      }),
      mentions: /duplicate|unique|twice/i,
    },
    {
      id: 'shipped-id-edited',
      title: 'the shipped pack id with an edited threshold',
      bytes: bankPack((p) => {
        (p.greenCriteria[0] as Record<string, unknown>).threshold = 5;
      }, ACTIVE_PACK.id),
      mentions: new RegExp(ACTIVE_PACK.id),
    },
    {
      id: 'string-10mb',
      title: 'a 10 MB question text',
      bytes: bankPack((p) => {
        (p.vcpItems?.[0] as Record<string, unknown>).question = {
          en: bigString(10_000_000),
          mn: 'а',
        };
      }),
      mentions: /MB|large|size/i,
    },
  ];
}
