import type { Source, TaxonomyCategory } from '../types';
import { t } from './text';

/**
 * Code scheme: "MGT-" (Mongolian Green Taxonomy) + a short mnemonic of the 2019 top-level
 * category: RE renewable energy, EE energy efficiency, PPC pollution prevention & control,
 * SAL sustainable agriculture/land use, GB green buildings, CT clean transport, WAT water &
 * wastewater, ADP adaptation. The taxonomy has no official short codes that we could retrieve,
 * so these are ours and permanent; the category names are [K] (reference §1.2).
 */
const TAXONOMY_K: Source = {
  citation:
    'Mongolian Green Taxonomy (FSC, Dec 2019) top-level categories [K: verify against original]',
  provenance: 'K',
};
const TAXONOMY_S_LABEL: Source = {
  citation:
    'Mongolian Green Taxonomy category label confirmed in Bank of Mongolia green-loan statistics',
  provenance: 'S',
};

// Categories with no quantitative criterion (SAL, ADP) qualify no project automatically in v1:
// the taxonomy is list-based and no threshold was found (reference §1.4), so the officer decides.
export const TAXONOMY: readonly TaxonomyCategory[] = [
  {
    code: 'MGT-RE',
    title: t('Renewable energy', 'Сэргээгдэх эрчим хүч'),
    qualifyingKinds: ['renewable', 'co2_reduction'],
    source: TAXONOMY_K,
  },
  {
    code: 'MGT-EE',
    title: t('Energy efficiency', 'Эрчим хүчний үр ашиг'),
    qualifyingKinds: ['energy_intensity_reduction', 'equipment_ghg_reduction', 'co2_reduction'],
    source: TAXONOMY_K,
  },
  {
    code: 'MGT-PPC',
    title: t('Pollution prevention and control', 'Бохирдлоос урьдчилан сэргийлэх, хянах'),
    qualifyingKinds: ['apeo_substitution', 'waste_reuse', 'effluent_compliance'],
    source: TAXONOMY_K,
  },
  {
    code: 'MGT-SAL',
    title: t(
      'Sustainable agriculture, land use, forestry, biodiversity conservation and eco-tourism',
      'Тогтвортой хөдөө аж ахуй, газар ашиглалт, ойн аж ахуй, биологийн олон янз байдлыг хамгаалах, эко аялал жуулчлал',
    ),
    qualifyingKinds: [],
    source: TAXONOMY_S_LABEL,
  },
  {
    code: 'MGT-GB',
    title: t('Green buildings', 'Ногоон барилга'),
    qualifyingKinds: ['energy_intensity_reduction', 'co2_reduction'],
    source: TAXONOMY_S_LABEL,
  },
  {
    code: 'MGT-CT',
    title: t('Clean transportation', 'Цэвэр тээвэр'),
    qualifyingKinds: ['co2_reduction'],
    source: TAXONOMY_K,
  },
  {
    code: 'MGT-WAT',
    title: t('Sustainable water and wastewater management', 'Ус, бохир усны тогтвортой менежмент'),
    qualifyingKinds: ['water_intensity_reduction', 'effluent_compliance'],
    source: TAXONOMY_K,
  },
  {
    code: 'MGT-ADP',
    title: t('Climate-change adaptation', 'Уур амьсгалын өөрчлөлтөд дасан зохицох'),
    qualifyingKinds: [],
    source: TAXONOMY_K,
  },
];
