import type { ExclusionItem, Source } from '../types';
import { SRC } from './sources';
import { t } from './text';

const TEXTILE: Source = {
  citation:
    'Textile-specific exclusion proposed for GreenThread after the IFC Exclusion List; illustrative default (editable)',
  provenance: 'D',
};

/**
 * EX-09 and EX-10 are remediable gaps in a Mongolian bank's practice, not refusals: reference
 * §2.5 (ESAP conventions after IFC/EBRD practice [K]) names "no permit" and "untreated hazardous
 * discharge" as High ESAP items that are conditions precedent to disbursement. No source was found
 * that puts them on an exclusion list (reference §2.2 proposes them as [D] only).
 */
const REMEDIABLE: Source = {
  citation:
    'Proposed for GreenThread after the IFC Exclusion List [D]; treated as a condition precedent to disbursement (ESAP: "High" items such as no permit or untreated hazardous discharge are conditions precedent, IFC/EBRD practice [K]); illustrative default (editable)',
  provenance: 'D',
};

// IFC-style items [K] (the MSFP/ESRM list itself was not retrieved, reference §10 gap 4) plus
// textile-specific items [D]. A hit on an item means the bank does not finance the client, except
// the items marked "condition_precedent": those must be remedied before disbursement.
export const EXCLUSIONS: readonly ExclusionItem[] = [
  {
    id: 'EX-01',
    text: t(
      'Forced labour or harmful or exploitative forms of child labour',
      'Албадан хөдөлмөр эсвэл хүүхдийн хөдөлмөрийн хор хөнөөлтэй, мөлжлөгийн хэлбэр',
    ),
    source: SRC.ifcExclusion,
  },
  {
    id: 'EX-02',
    text: t(
      'Production or activities illegal under Mongolian law or ratified international conventions',
      'Монгол Улсын хууль тогтоомж эсвэл соёрхон баталсан олон улсын гэрээгээр хориглосон үйлдвэрлэл, үйл ажиллагаа',
    ),
    source: SRC.ifcExclusion,
  },
  {
    id: 'EX-03',
    text: t(
      'Production of or trade in weapons and munitions',
      'Зэвсэг, сум галт хэрэгсэл үйлдвэрлэх, худалдаалах',
    ),
    source: SRC.ifcExclusion,
  },
  {
    id: 'EX-04',
    text: t(
      'Trade in wildlife or wildlife products regulated under CITES',
      'CITES конвенцоор зохицуулагддаг зэрлэг амьтан, ургамал, тэдгээрийн бүтээгдэхүүний худалдаа',
    ),
    source: SRC.ifcExclusion,
  },
  {
    id: 'EX-05',
    text: t(
      'Production of or trade in radioactive materials',
      'Цацраг идэвхт бодис үйлдвэрлэх, худалдаалах',
    ),
    source: SRC.ifcExclusion,
  },
  {
    id: 'EX-06',
    text: t(
      'Production of, trade in or use of unbonded asbestos fibres',
      'Холбоосгүй асбестын эслэг үйлдвэрлэх, худалдаалах, ашиглах',
    ),
    source: SRC.ifcExclusion,
  },
  {
    id: 'EX-07',
    text: t(
      'Production or use of PCBs, ozone-depleting substances or pesticides subject to international phase-out',
      'PCB, озоны давхаргыг задалдаг бодис эсвэл олон улсын хэмжээнд хэрэглээнээс хасагдаж буй пестицид үйлдвэрлэх, ашиглах',
    ),
    source: SRC.ifcExclusion,
  },
  {
    id: 'EX-08',
    text: t(
      'Use of banned chemicals in processing: Stockholm-Convention POPs or ozone-depleting substances',
      'Боловсруулалтад хориглосон химийн бодис ашиглах: Стокгольмын конвенцын тогтвортой органик бохирдуулагч эсвэл озоны давхаргыг задалдаг бодис',
    ),
    source: TEXTILE,
  },
  {
    id: 'EX-09',
    text: t(
      'Operating without a required environmental permit or EIA conclusion',
      'Шаардлагатай байгаль орчны зөвшөөрөл эсвэл нөлөөллийн үнэлгээний дүгнэлтгүйгээр үйл ажиллагаа явуулах',
    ),
    effect: 'condition_precedent',
    source: REMEDIABLE,
  },
  {
    id: 'EX-10',
    text: t(
      'Discharge of untreated hazardous effluent to the environment or the sewer',
      'Цэвэршүүлээгүй аюултай бохир усыг байгаль орчин эсвэл ариутгах татуургад нийлүүлэх',
    ),
    effect: 'condition_precedent',
    source: REMEDIABLE,
  },
  {
    id: 'EX-11',
    text: t(
      'Gambling, casinos and equivalent enterprises (bank-specific; tobacco and hard alcohol where the bank excludes them)',
      'Мөрийтэй тоглоом, казино ба түүнтэй адилтгах үйл ажиллагаа (банкны бодлогоор; банк хасдаг бол тамхи, өндөр градусын архи)',
    ),
    source: { citation: SRC.ifcExclusion.citation, provenance: 'K?' },
  },
];
