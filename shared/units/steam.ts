// Enthalpy of 1 t of saturated low-pressure steam above feedwater: typical 2.6–2.8 GJ;
// 2.7 GJ/t used as the default (reference.md §5.4) [K]. Replace with steam-table values when the
// supplier states pressure and feedwater temperature.
export const STEAM_GJ_PER_T = 2.7;
