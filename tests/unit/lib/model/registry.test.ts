import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLetterFile } from '../../../../src/lib/checking/letter-file';
import { checkRegistry as checkRegistryProblems, idsOf, loadRegistry } from '../../../../src/lib/model/registry';
import { formatProblem } from '../../../../src/lib/problems';

const checkRegistry = (...args: Parameters<typeof checkRegistryProblems>) => checkRegistryProblems(...args).map(formatProblem);
import { reference, root } from '../../../support';

const letters = readdirSync(`${root}content/letters`).map((file) => {
  const result = readLetterFile(file, readFileSync(`${root}content/letters/${file}`, 'utf8'), reference);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.letter;
});
const current = idsOf(letters);

describe('the published id registry', () => {
  it('lists every id the committed content defines, so none can silently disappear', () => {
    const { published } = loadRegistry(`${root}content`);
    for (const kind of ['letters', 'findings', 'recommendations'] as const) {
      expect(published[kind]).toEqual(expect.arrayContaining(current[kind]));
    }
    expect(published.findings).toContain('greater-manchester-2023-05-staff-improvement-2');
    expect(published.recommendations).toContain('greater-manchester-2023-05-tameside-8');
  });

  it('passes when every published id resolves', () => {
    expect(checkRegistry(loadRegistry(`${root}content`), current)).toEqual([]);
  });

  it('fails, naming the id, when a published id no longer resolves', () => {
    const registry = {
      published: { ...current, findings: [...current.findings, 'greater-manchester-2023-05-staff-strength-99'] },
      retired: [],
    };
    expect(checkRegistry(registry, current)).toEqual([
      'content/published-ids.json: findings: published id "greater-manchester-2023-05-staff-strength-99" no longer resolves; restore it, or retire it in content/retired-ids.json with the id that replaces it',
    ]);
  });

  it('accepts a retired id whose replacement resolves, and rejects one whose replacement does not', () => {
    const published = { ...current, findings: [...current.findings, 'old-id'] };
    const good = {
      published,
      retired: [{ kind: 'findings' as const, id: 'old-id', replacedBy: 'greater-manchester-2023-05-staff-strength-1', reason: 'Merged' }],
    };
    expect(checkRegistry(good, current)).toEqual([]);
    const bad = { published, retired: [{ kind: 'findings' as const, id: 'old-id', replacedBy: 'nowhere', reason: 'Merged' }] };
    expect(checkRegistry(bad, current)[0]).toMatch(/"old-id" is replaced by "nowhere", which does not resolve either/);
  });
});
