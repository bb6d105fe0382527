import { slug as githubSlug } from 'github-slugger';
import type { FindingKind } from '../../schemas/finding';

/** Slug of a name or heading, as rehype-slug makes heading anchors ("Services and interventions" -> "services-and-interventions"). */
export function slugify(text: string): string {
  return githubSlug(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A letter's id: "<region>-<yyyy>-<mm>" from its region id and ISO date. */
export function letterId(region: string, isoDate: string): string {
  return `${region}-${isoDate.slice(0, 7)}`;
}

/** A finding's id from its place in the letter: "<letter>-<section>-<kind>-<n>", n counting from 1. */
export function findingId(letter: string, section: string, kind: FindingKind, n: number): string {
  return `${letter}-${section}-${kind}-${n}`;
}

/** A recommendation's id from its place in the letter: "<letter>-<pdu>-<number>". */
export function recommendationId(letter: string, pdu: string, number: number): string {
  return `${letter}-${pdu}-${number}`;
}

/**
 * Ids no recommendation may have, because the site already uses their address: "recurring" is
 * /recommendations/recurring/, the recurring recommendations; "page" holds the explorer's pages
 * (/recommendations/page/2/) and "explorer" its index. Ids made at import ("<letter>-<pdu>-<n>") never are.
 */
export const reservedRecommendationIds: readonly string[] = ['recurring', 'page', 'explorer'];
