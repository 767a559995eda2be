import type { Source } from '../catalogue/types';

export const SRC_JCM: Source = {
  citation:
    'JCM Mongolia methodology MN_AM003: conservative grid EF (most efficient coal CHP); GCF FP046 implies the same 0.797',
  url: 'https://www.jcm-mongolia.com/?page_id=12462&lang=en',
  provenance: 'S',
};
export const SRC_IPCC_FUEL: Source = {
  citation: 'IPCC 2006 Guidelines Vol.2 Ch.1 Tables 1.2 (NCV) and 1.4 (CO2 EF)',
  provenance: 'K',
};
export const SRC_IPCC_BKB: Source = {
  citation:
    'IPCC 2006 Vol.2 Ch.1 Tables 1.2/1.4, brown coal briquettes (BKB); Mongolian "improved fuel" may differ',
  provenance: 'K?',
};
export const SRC_IPCC_STATIONARY: Source = {
  citation: 'IPCC 2006 Vol.2 Table 2.3, stationary combustion in manufacturing',
  provenance: 'K',
};
export const SRC_IPCC_MOBILE: Source = {
  citation: 'IPCC 2006 Vol.2 Table 3.2.2, road transport',
  provenance: 'K',
};
export const SRC_AR5: Source = {
  citation: 'IPCC AR5 GWP100 (CH4 28, N2O 265)',
  provenance: 'K',
};
export const SRC_HEAT_DERIVED: Source = {
  citation:
    "Derived: EF_heat = 4.1868 GJ/Gcal × EF_lignite ÷ supply efficiency; no official Mongolian heat factor. CO2 only: the heat plant's CH4 and N2O are left out (about 0.7 % more at IPCC stationary-coal defaults: (10 × 28 + 1.5 × 265) ÷ 101,000)",
  provenance: 'D',
};
export const SRC_ESCAP: Source = {
  citation:
    'UN ESCAP 2023: Ulaanbaatar/Darkhan coal heat-only boilers at about 50% or less efficiency',
  url: 'https://live01.unescap.org/kp/2023/cleaner-fuel-transition-mongolias-heat-supply-system',
  provenance: 'S',
};
export const SRC_COAL_NCV: Source = {
  citation:
    'Illustrative default (editable): Baganuur-type lignite about 3,200–3,600 kcal/kg [K?]; use the supplier certificate',
  provenance: 'D',
};
export const SRC_STEAM: Source = {
  citation: 'Typical saturated LP steam enthalpy above feedwater 2.6–2.8 GJ/t',
  provenance: 'K',
};
export const SRC_LABOUR_LAW: Source = {
  citation: 'Labour Law of Mongolia (2021, in force 1 Jan 2022): 40 h/week, 8 h/day',
  url: 'https://legalinfo.mn',
  provenance: 'S',
};
export const SRC_OVERRIDE: Source = {
  citation: 'Factor override entered in this application package',
  provenance: 'D',
};
