import type { Text } from '../catalogue/types';

const tx = (en: string, mn: string): Text => ({ en, mn, mnReviewed: false });

export type ExerciseId =
  'largest-co2-source' | 'green-threshold' | 'screen-category' | 'minimum-wage';

/** Demo organisation ids (shared/demo/companies.ts), fixed on every install. */
export const DEMO_IDS = {
  khangai: 'demo-khangai-cashmere',
  erdene: 'demo-erdene-knit',
  ongo: 'demo-ongo-dye',
  torgon: 'demo-torgon-garment',
} as const;

export interface ExerciseDefinition {
  id: ExerciseId;
  /** The demo company the exercise starts on; largest-co2-source lets the participant choose. */
  companyId: string;
  companyChoosable: boolean;
  title: Text;
  task: Text;
  /** Shown one at a time, from a gentle nudge to nearly the answer. */
  hints: readonly Text[];
}

export const EXERCISES: readonly ExerciseDefinition[] = [
  {
    id: 'largest-co2-source',
    companyId: DEMO_IDS.khangai,
    companyChoosable: true,
    title: tx('Find the largest CO2 source', 'CO2-ын хамгийн том эх үүсвэрийг олох'),
    task: tx(
      'Pick a demo company. Which energy carrier caused the most CO2 in its latest full year?',
      'Жишээ компани сонгоно уу. Сүүлийн бүтэн жилд аль эрчим хүчний төрөл хамгийн их CO2 ялгаруулсан бэ?',
    ),
    hints: [
      tx(
        'Open the company’s monthly data: which carriers does it use (electricity, coal, district heat, diesel)?',
        'Компанийн сарын мэдээллийг нээгээд ямар эрчим хүч хэрэглэдгийг харна уу (цахилгаан, нүүрс, дулаан, дизель).',
      ),
      tx(
        'Compare whole-year totals, not one month: heating coal and district heat are mostly used in winter.',
        'Нэг сар биш, жилийн нийт дүнг харьцуулна уу: халаалтын нүүрс, дулааныг голдуу өвөл хэрэглэдэг.',
      ),
      tx(
        'CO2 = quantity × emission factor. Burning coal on site emits far more per unit of useful heat than most other carriers.',
        'CO2 = хэрэглээ × ялгарлын коэффициент. Газар дээр нь нүүрс шатаахад бусад ихэнх эх үүсвэрээс хамаагүй их CO2 ялгардаг.',
      ),
    ],
  },
  {
    id: 'green-threshold',
    companyId: DEMO_IDS.erdene,
    companyChoosable: false,
    title: tx(
      'Design a project that reaches the 20% threshold',
      '20%-ийн босгыг давах төсөл боловсруулах',
    ),
    task: tx(
      'Erdene Knitwear’s variable-speed-drive project cuts electricity by 17%, yet the green criterion is not met. Enter a projected change for electricity, district heat and coal that a real project could reach and that meets the criterion.',
      'Эрдэнэ Сүлжмэлийн хурд тохируулагчийн төсөл цахилгааныг 17%-иар бууруулдаг ч ногоон шалгуурыг хангахгүй байна. Бодит төсөлд хүрч болохуйц, шалгуурыг хангах цахилгаан, дулаан, нүүрсний төлөвлөсөн өөрчлөлтийг оруулна уу.',
    ),
    hints: [
      tx(
        'The criterion compares energy per kg of output over ALL carriers, converted to kWh-equivalent: electricity, district heat, coal and diesel.',
        'Шалгуур нь бүх төрлийн эрчим хүчийг (цахилгаан, дулаан, нүүрс, дизель) кВт·ц-тэй дүйцүүлж, 1 кг бүтээгдэхүүнд ногдохоор харьцуулдаг.',
      ),
      tx(
        'Electricity is less than half of Erdene’s energy; most of the rest is district heat in winter. Erdene burns no coal, so a coal change does nothing.',
        'Эрдэнэ компанийн эрчим хүчний талаас бага нь цахилгаан; үлдсэн ихэнх нь өвлийн дулаан. Эрдэнэ нүүрс хэрэглэдэггүй тул нүүрсний өөрчлөлт нөлөөгүй.',
      ),
      tx(
        'Add heat savings (building insulation, heat recovery from the compressors) to the drives. Keep every change within ±60%: larger cuts are not credible for one project.',
        'Хурд тохируулагч дээр дулааны хэмнэлт (барилгын дулаалга, компрессорын дулааныг ашиглах) нэмнэ үү. Өөрчлөлт бүр ±60%-иас хэтрэхгүй: үүнээс их бууралт нэг төсөлд итгэл үнэмшилгүй.',
      ),
    ],
  },
  {
    id: 'screen-category',
    companyId: DEMO_IDS.ongo,
    companyChoosable: false,
    title: tx('Screen this company to a category', 'Компанийг эрсдэлийн ангилалд хамааруулах'),
    task: tx(
      'You are the loan officer. Which environmental and social risk category (A, B or C) should Ongo Dyeing get?',
      'Та зээлийн ажилтан. Өнгө Будаг компанид байгаль орчин, нийгмийн эрсдэлийн ямар ангилал (A, B эсвэл C) тогтоох вэ?',
    ),
    hints: [
      tx(
        'Start with the processes: dyeing and finishing are wet processes.',
        'Процессоос эхэлнэ үү: будах, эцсийн боловсруулалт нь нойтон процесс.',
      ),
      tx(
        'Look at the permits in the profile: which required documents are missing or expired?',
        'Танилцуулга дахь зөвшөөрлүүдийг харна уу: шаардлагатай ямар бичиг баримт дутуу эсвэл хугацаа нь дууссан бэ?',
      ),
      tx(
        'Category A needs all three: high inherent risk, serious findings or permit gaps, and a large operation (200 or more employees or a turnover of MNT 10 billion or more).',
        'A ангилалд гурвуулаа шаардлагатай: угийн өндөр эрсдэл, ноцтой зөрчил эсвэл зөвшөөрлийн дутагдал, томоохон үйл ажиллагаа (200 ба түүнээс дээш ажилтан эсвэл 10 тэрбум төгрөг ба түүнээс дээш борлуулалт).',
      ),
    ],
  },
  {
    id: 'minimum-wage',
    companyId: DEMO_IDS.torgon,
    companyChoosable: false,
    title: tx(
      'Is every worker paid the minimum wage?',
      'Бүх ажилтан хөдөлмөрийн хөлсний доод хэмжээнээс багагүй цалин авч байна уу?',
    ),
    task: tx(
      'Torgon Garments pays piece rates. Tick every month in which its lowest monthly wage was below the legal minimum wage.',
      'Торгон Оёдол хийсэн ажлын хэмжээгээр цалин олгодог. Хамгийн бага сарын цалин нь хөдөлмөрийн хөлсний доод хэмжээнээс бага байсан бүх сарыг тэмдэглэнэ үү.',
    ),
    hints: [
      tx(
        'Open the monthly data and compare “lowest monthly wage” with the minimum wage in force that month.',
        'Сарын мэдээллийг нээж «хамгийн бага сарын цалин»-г тухайн сард мөрдөж байсан доод хэмжээтэй харьцуулна уу.',
      ),
      tx(
        'The minimum wage rose from MNT 660,000 to MNT 792,000 on 1 April 2025.',
        'Хөдөлмөрийн хөлсний доод хэмжээ 2025 оны 4-р сарын 1-нээс 660,000 төгрөгөөс 792,000 төгрөг болж нэмэгдсэн.',
      ),
      tx(
        'Piece-rate pay is not always raised on the day the minimum changes: look at the spring of 2025.',
        'Ажлын хөлсний тарифыг доод хэмжээ өөрчлөгдсөн өдөр шууд нэмдэггүй: 2025 оны хаврыг харна уу.',
      ),
    ],
  },
];
