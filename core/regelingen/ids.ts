/** The ids of the regelingen cofin knows, as they appear in a begroting, a workbook and an Excel argument. */
export const REGELING_IDS = ['sectorplannen-2013', 'sectorplannen-2015', 'dwsra-2016'] as const;
export type RegelingId = (typeof REGELING_IDS)[number];
