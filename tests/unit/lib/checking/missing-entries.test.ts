import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContentDir, formatProblem } from '../../../../src/lib/checking/content-check';
import { root } from '../../../support';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pi-missing-entry-'));
  for (const name of ['reference', 'published-ids.json', 'letter-versions.json', 'retired-ids.json', 'imports'])
    cpSync(join(root, 'content', name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'letters'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a deleted letter entry', () => {
  it('is one problem at the missing file, counting the published ids that point to it', () => {
    const { problems } = checkContentDir(dir);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /letters\/greater-manchester-2023-05\.mdx: is missing: 68 published ids point to it \(the letter and its findings and recommendations\)\. Restore it/,
      ),
    ]);
  });

  it('is no problem once its entry is back', () => {
    cpSync(join(root, 'content/letters'), join(dir, 'letters'), { recursive: true });
    expect(checkContentDir(dir).problems.map(formatProblem)).toEqual([]);
  });
});
