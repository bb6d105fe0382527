import type { Region } from '../schemas/region';

/**
 * Finds the region a letter is about: first from "Probation Service – <name> region",
 * else the reference region whose name the text mentions most.
 */
export function detectRegion(text: string, regions: readonly Region[]): Region | undefined {
  const named = /Probation Service\s*[–—-]\s*(.+?)\s+region\b/i.exec(text)?.[1]?.toLowerCase();
  const exact = regions.find((r) => r.name.toLowerCase() === named);
  if (exact) return exact;
  const counts = regions
    .map((region) => ({ region, count: text.split(region.name).length - 1 }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || b.region.name.length - a.region.name.length);
  return counts[0]?.region;
}
