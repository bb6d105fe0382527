import { describe, expect, it } from 'vitest';
import { backgroundResult } from './support/background';

describe('the built HTML', () => {
  // The Nu HTML Checker runs over dist/ in the background job `html-check` (support/background.ts).
  it('has no errors in the Nu HTML Checker', async () => {
    const result = await backgroundResult('html-check');
    const errors = `${result.stdout}${result.stderr}`.split('\n').filter((line) => line.trim());
    expect(errors).toEqual([]);
    expect(result.status).toBe(0);
  }, 120_000);
});
