/** The registry of regelingen by id. */
import { sectorplannen2013 } from './sectorplannen-2013';
import { sectorplannen2015 } from './sectorplannen-2015';
import { dwsra2016 } from './dwsra-2016';
import { REGELING_IDS, type RegelingId } from './ids';
import type { Regeling } from './types';

export const REGELINGEN: Readonly<Record<RegelingId, Regeling>> = {
  'sectorplannen-2013': sectorplannen2013,
  'sectorplannen-2015': sectorplannen2015,
  'dwsra-2016': dwsra2016,
};

const BY_ID: ReadonlyMap<string, Regeling> = new Map(REGELING_IDS.map((id) => [id, REGELINGEN[id]] as const));

/** Looks a regeling up by id, case-insensitive and ignoring surrounding spaces. */
export function findRegeling(id: string): Regeling | undefined {
  const exact = BY_ID.get(id);
  if (exact !== undefined) return exact;
  const key = id.trim().toLowerCase();
  return (REGELING_IDS as readonly string[]).includes(key) ? REGELINGEN[key as RegelingId] : undefined;
}
