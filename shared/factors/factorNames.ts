// A factor's name in the reader's language. The English is the factor set's own label; the
// Mongolian is machine-made and unreviewed, like the rest of the Mongolian interface.
import type { Language } from '../package/enums';
import { FACTORS_V1 } from './factorsV1';

const FUEL_MN: Readonly<Record<string, string>> = {
  lignite: 'Хүрэн нүүрс',
  sub_bituminous: 'Хагас битумлаг нүүрс',
  bituminous: 'Бусад битумлаг нүүрс',
  briquettes: 'Шахмал түлш (IPCC BKB)',
  diesel: 'Дизель түлш',
  gasoline: 'Автобензин',
  lpg: 'Шингэрүүлсэн шатдаг хий',
  natural_gas: 'Байгалийн хий',
  wood: 'Мод, модны хаягдал',
};

const GAS_USE_MN: Readonly<Record<string, string>> = {
  'stationary.coal': 'суурин шаталт, нүүрс',
  'stationary.liquid': 'суурин шаталт, шингэн түлш',
  'stationary.gas': 'суурин шаталт, шингэрүүлсэн болон байгалийн хий',
  'mobile.gasoline': 'авто тээвэр, бензин (хяналтгүй)',
  'mobile.diesel': 'авто тээвэр, дизель',
};

const NAMES_MN: Readonly<Record<string, string>> = {
  'grid.ef': 'Цахилгааны сүлжээний ялгарлын коэффициент (JCM, болгоомжтой утга)',
  'captive_diesel.ef': 'Өөрийн (сүлжээнээс гадуурх) дизель генераторын ялгарлын коэффициент',
  'heat.supply_efficiency': 'Төвлөрсөн дулаан хангамжийн үр ашиг (анхдагч)',
  'heat.supply_efficiency.escap': 'Зөвхөн дулаан үйлдвэрлэдэг зуухны үр ашиг, ESCAP-ийн судалгаа',
  'heat.gj_per_gcal': 'Гкал тутам ГЖ',
  'heat.ef': 'Төвлөрсөн дулаан, уурын ялгарлын коэффициент',
  'steam.enthalpy': 'Уурын энтальпи (тэжээлийн уснаас дээш)',
  'coal.default_ncv': 'Гэрчилгээгүй үеийн нүүрсний илчлэг (Багануур маягийн)',
  'coal.ncv.certificate': 'Нүүрсний илчлэг (нийлүүлэгчийн гэрчилгээ)',
  'briquettes.ncv.certificate': 'Шахмал түлшний илчлэг (нийлүүлэгчийн гэрчилгээ)',
  'gwp.ch4': 'CH4-ийн дэлхийн дулаарлын чадавх (GWP100, AR5)',
  'gwp.n2o': 'N2O-ийн дэлхийн дулаарлын чадавх (GWP100, AR5)',
  'labour.standard_week_hours': 'Долоо хоногийн ажлын хэвийн цаг',
};

// Factors made outside the factor set (entered certificates, derived heat, minimum wages).
const NAMES_EN: Readonly<Record<string, string>> = {
  'heat.ef': 'District heat and steam emission factor',
  'coal.ncv.certificate': 'Coal net calorific value (supplier certificate)',
  'briquettes.ncv.certificate': 'Briquettes net calorific value (supplier certificate)',
};

function mongolian(id: string): string | undefined {
  const fixed = NAMES_MN[id];
  if (fixed) return fixed;
  const fuel = /^fuel\.(\w+)\.(ncv|co2)$/.exec(id);
  if (fuel) {
    const name = FUEL_MN[fuel[1] as string];
    if (!name) return undefined;
    return `${name}: ${fuel[2] === 'ncv' ? 'цэвэр илчлэг' : 'CO2 ялгарлын коэффициент'}`;
  }
  const gas = /^(ch4|n2o)\.(\w+\.\w+)$/.exec(id);
  if (gas) {
    const use = GAS_USE_MN[gas[2] as string];
    return use ? `${(gas[1] as string).toUpperCase()}, ${use}` : undefined;
  }
  const hdd = /^hdd\.ub\.(\d\d)$/.exec(id);
  if (hdd) return `Халаалтын градус-хоног, Улаанбаатар, жишиг жилийн ${Number(hdd[1])}-р сар`;
  const wage = /^min_wage\.(\d{4})(?:-(\d\d))?$/.exec(id);
  if (wage)
    return `Хөдөлмөрийн хөлсний доод хэмжээ, ${wage[1]} оны ${Number(wage[2] ?? 1)}-р сараас`;
  return undefined;
}

function english(id: string): string | undefined {
  const own = FACTORS_V1.factors[id]?.label ?? NAMES_EN[id];
  if (own) return own;
  const wage = /^min_wage\.(\d{4})(?:-(\d\d))?$/.exec(id);
  return wage ? `National minimum wage from ${wage[1]}-${wage[2] ?? '01'}` : undefined;
}

/** The factor's name, or undefined for an id no table knows (the id is then shown alone). */
export function factorName(id: string, language: Language): string | undefined {
  return language === 'en' ? english(id) : mongolian(id);
}
