import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRules, explainDomains, findingDomains, recommendationDomains } from '../../../../src/lib/model/domains';
import { readLetterFile } from '../../../../src/lib/checking/letter-file';
import { loadReference } from '../../../../src/lib/model/reference';
import { keywordRuleSchema, type KeywordRule } from '../../../../src/schemas/area';
import { seedFindingTags, seedRecommendationTags } from '../../../fixtures/tags/seed-tags';
import { reference, root } from '../../../support';
import { report, score } from './tag-score';

const entryFile = 'content/letters/greater-manchester-2023-05.mdx';
const entry = (() => {
  const result = readLetterFile(entryFile, readFileSync(`${root}${entryFile}`, 'utf8'), reference);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.letter;
})();

const recommendationItems = entry.recommendations.map((r) => ({
  id: r.id,
  proposed: recommendationDomains(r.text, reference.recommendationRules),
}));
const findingItems = entry.findings.map((f) => ({ id: f.id, proposed: findingDomains(f.section, f.text, reference) }));
const recommendationScore = score(recommendationItems, seedRecommendationTags);
const findingScore = score(findingItems, seedFindingTags);
const overallScore = score([...recommendationItems, ...findingItems], [...seedRecommendationTags, ...seedFindingTags]);

describe('domain tags on the seed letter, against the hand-checked list', () => {
  it('covers every recommendation and finding of the committed entry exactly once, with known domains and a reason for each tag', () => {
    expect(seedRecommendationTags.map((t) => t.id)).toEqual(entry.recommendations.map((r) => r.id));
    expect(seedFindingTags.map((t) => t.id)).toEqual(entry.findings.map((f) => f.id));
    expect(seedRecommendationTags).toHaveLength(28);
    expect(seedFindingTags).toHaveLength(39);
    const slugs = new Set(reference.domains.map((d) => d.slug));
    for (const { id, tags } of [...seedRecommendationTags, ...seedFindingTags]) {
      expect(Object.keys(tags).length, id).toBeGreaterThan(0);
      for (const [domain, why] of Object.entries(tags)) {
        expect(slugs.has(domain), `${id}: ${domain}`).toBe(true);
        expect(why.trim().length, `${id}: ${domain}`).toBeGreaterThan(10);
      }
    }
  });

  it('publishes exactly the hand-checked tags: the committed entry carries the reviewed tags, not only the proposed ones', () => {
    const published = [
      ...entry.recommendations.map((r) => ({ id: r.id, proposed: r.domains })),
      ...entry.findings.map((f) => ({ id: f.id, proposed: f.domains })),
    ];
    const s = score(published, [...seedRecommendationTags, ...seedFindingTags]);
    expect(report('published tags', s)).toBe('published tags: precision 1.000, recall 1.000');
  });

  it('tags recommendations at least 95% precisely and 90% completely', () => {
    const text = report('recommendations', recommendationScore);
    expect(recommendationScore.precision, text).toBeGreaterThanOrEqual(0.95);
    expect(recommendationScore.recall, text).toBeGreaterThanOrEqual(0.9);
  });

  it('tags findings at least 95% precisely and 90% completely', () => {
    const text = report('findings', findingScore);
    expect(findingScore.precision, text).toBeGreaterThanOrEqual(0.95);
    expect(findingScore.recall, text).toBeGreaterThanOrEqual(0.9);
  });

  it('tags recommendations and findings together at least 95% precisely and 90% completely', () => {
    const text = report('overall', overallScore);
    expect(overallScore.precision, text).toBeGreaterThanOrEqual(0.95);
    expect(overallScore.recall, text).toBeGreaterThanOrEqual(0.9);
  });

  it('gives every finding its section’s domain first', () => {
    for (const f of entry.findings) {
      const section = reference.sections.find((m) => m.section === f.section)?.domains ?? [];
      expect(findingDomains(f.section, f.text, reference).slice(0, section.length), f.id).toEqual(section);
    }
  });

  it('does not tag case-management work to protect victims as statutory victim work', () => {
    expect(
      recommendationDomains(
        'improve contingency planning for risk of harm management to ensure that protection of victims is prioritised',
        reference.recommendationRules,
      ),
    ).not.toContain('statutory-victim-work');
    expect(
      recommendationDomains(
        'ensure victim liaison officers contact every eligible victim under the victim contact scheme',
        reference.recommendationRules,
      ),
    ).toContain('statutory-victim-work');
  });
});

const rule = (r: KeywordRule) => [keywordRuleSchema.parse(r)];

describe('keyword rules', () => {
  it('match patterns at the start of words, ignoring case, and not inside words', () => {
    const rules = rule({ domain: '2-2-assessment', patterns: ['assess'] });
    expect(recommendationDomains('Assessments must improve', rules)).toEqual(['2-2-assessment']);
    expect(recommendationDomains('reassess nothing', rules)).toEqual([]);
    expect(recommendationDomains('café-assess', rules)).toEqual(['2-2-assessment']);
    expect(recommendationDomains('éassess', rules)).toEqual([]);
  });

  it('match words only where a word ends after them', () => {
    const rules = rule({ domain: '2-4-implementation-and-delivery', words: ['manage', 'managed'] });
    expect(recommendationDomains('assess, plan for, manage, and review risk', rules)).toEqual(['2-4-implementation-and-delivery']);
    expect(recommendationDomains('risks are managed appropriately', rules)).toEqual(['2-4-implementation-and-delivery']);
    expect(recommendationDomains('the effective management of sickness', rules)).toEqual([]);
    expect(recommendationDomains('a manager’s view', rules)).toEqual([]);
  });

  it('treat any run of spaces alike and either apostrophe as the other', () => {
    const rules = rule({ domain: '1-3-services', patterns: ["children's social care"] });
    expect(recommendationDomains('work with Wigan children’s  social\ncare services', rules)).toEqual(['1-3-services']);
  });

  it('do not count a match lying inside an exclude phrase, but count the same pattern elsewhere in the text', () => {
    const rules = rule({
      domain: '2-3-planning',
      patterns: ['plan'],
      exclude: ['workforce development planning', 'organisational planning'],
    });
    expect(recommendationDomains('continue to monitor workforce development planning', rules)).toEqual([]);
    expect(recommendationDomains('views incorporated into organisational planning', rules)).toEqual([]);
    expect(recommendationDomains('workforce development planning, and plan for risk of harm', rules)).toEqual(['2-3-planning']);
    expect(recommendationDomains('improve contingency planning', rules)).toEqual(['2-3-planning']);
  });

  it('count a term starting inside an excluded match when it runs beyond the exclude phrase', () => {
    const rules = rule({ domain: '2-3-planning', patterns: ['workforce plan', 'planning for release'], exclude: ['workforce plan'] });
    expect(recommendationDomains('the workforce plan', rules)).toEqual([]);
    expect(recommendationDomains('improve workforce planning for release', rules)).toEqual(['2-3-planning']);
  });

  it('let an exclude phrase overlapping another still exclude', () => {
    const rules = rule({ domain: '2-3-planning', patterns: ['planning'], exclude: ['workforce planning', 'planning board'] });
    expect(recommendationDomains('the workforce planning board met', rules)).toEqual([]);
  });

  it('need minMatches separate matches before tagging', () => {
    const rules = rule({ domain: '1-2-staff', patterns: ['staffing', 'workload'], minMatches: 2 });
    expect(recommendationDomains('Staffing was discussed once.', rules)).toEqual([]);
    expect(recommendationDomains('Staffing shortages led to high workloads.', rules)).toEqual(['1-2-staff']);
    expect(recommendationDomains('Staffing here, staffing there.', rules)).toEqual(['1-2-staff']);
  });

  it('with `together` groups, need one sentence holding a term of every group, not the terms spread over two sentences', () => {
    const rules = rule({
      domain: '2-5-reviewing',
      together: [
        ['revisit', 'review'],
        ['assessment', 'plan'],
      ],
    });
    expect(recommendationDomains('The assessment was weak. Nothing was revisited.', rules)).toEqual([]);
    expect(recommendationDomains('The assessment was weak and was not revisited. Staff said so.', rules)).toEqual(['2-5-reviewing']);
    expect(recommendationDomains('Plans were reviewed. Mr. Smith revisited the assessment.', rules)).toEqual(['2-5-reviewing']);
  });

  it('with `together` groups, skip a sentence holding an `unless` term and count minMatches in sentences', () => {
    const rules = rule({ domain: '2-5-reviewing', together: [['review'], ['plan']], unless: ['we reviewed'] });
    expect(recommendationDomains('We reviewed 40 plans.', rules)).toEqual([]);
    expect(recommendationDomains('We reviewed 40 plans. Practitioners reviewed plans after an arrest.', rules)).toEqual(['2-5-reviewing']);
    const twice = rule({ domain: '2-5-reviewing', together: [['review'], ['plan']], minMatches: 2 });
    expect(recommendationDomains('Plans were reviewed and reviewed again.', twice)).toEqual([]);
    expect(recommendationDomains('Plans were reviewed. Plans were reviewed again.', twice)).toEqual(['2-5-reviewing']);
  });

  it('with `together` groups, do not count a group’s term inside an exclude phrase', () => {
    const rules = rule({ domain: '2-3-planning', together: [['plan'], ['risk']], exclude: ['workforce plan'] });
    expect(recommendationDomains('The workforce plan addressed risk.', rules)).toEqual([]);
    expect(recommendationDomains('The risk management plan was sound.', rules)).toEqual(['2-3-planning']);
  });

  it('are rejected when they mix patterns with `together` groups, or give `unless` without groups', () => {
    expect(keywordRuleSchema.safeParse({ domain: '2-5-reviewing', patterns: ['review'], together: [['plan']] }).success).toBe(false);
    expect(keywordRuleSchema.safeParse({ domain: '2-5-reviewing', patterns: ['review'], unless: ['we reviewed'] }).success).toBe(false);
    expect(keywordRuleSchema.safeParse({ domain: '2-5-reviewing', together: [['review'], []] }).success).toBe(false);
    expect(keywordRuleSchema.safeParse({ domain: '2-5-reviewing', together: [['review'], ['plan']] }).success).toBe(true);
  });

  it('explain a `together` tag by the terms in the sentences that hold every group', () => {
    const rules: KeywordRule[] = [
      {
        domain: '2-5-reviewing',
        together: [
          ['revisit', 'review'],
          ['assessment', 'plan'],
        ],
      },
    ];
    expect(explainDomains('The plan was sound. The assessment was not revisited.', rules)).toEqual([
      { domain: '2-5-reviewing', patterns: ['revisit', 'assessment'] },
    ]);
  });

  it('explain a tag by the patterns and words matched outside exclude phrases', () => {
    const rules: KeywordRule[] = [{ domain: '2-3-planning', patterns: ['plan', 'joint planning'], exclude: ['organisational planning'] }];
    expect(explainDomains('organisational planning and joint planning', rules)).toEqual([
      { domain: '2-3-planning', patterns: ['plan', 'joint planning'] },
    ]);
    expect(explainDomains('organisational planning only', rules)).toEqual([]);
  });

  it('are rejected when they have neither patterns nor words', () => {
    expect(keywordRuleSchema.safeParse({ domain: '1-2-staff', exclude: ['staff survey'] }).success).toBe(false);
    expect(keywordRuleSchema.safeParse({ domain: '1-2-staff', patterns: ['staff'], minMatches: 0 }).success).toBe(false);
    expect(keywordRuleSchema.safeParse({ domain: '1-2-staff', patterns: ['staff'], unknown: true }).success).toBe(false);
  });

  it('compile once into regular expressions that handle special characters literally', () => {
    const [compiled] = compileRules([{ domain: '1-4-information-and-facilities', patterns: ['IT (systems)', 'a.b'] }]);
    expect(compiled?.find?.flags).toContain('g');
    expect(
      recommendationDomains('fix the IT (systems) now', [{ domain: '1-4-information-and-facilities', patterns: ['IT (systems)', 'a.b'] }]),
    ).toEqual(['1-4-information-and-facilities']);
    expect(recommendationDomains('fix axb', [{ domain: '1-4-information-and-facilities', patterns: ['IT (systems)', 'a.b'] }])).toEqual([]);
  });

  // Timings belong in npm run bench; here a rule that backtracks or recompiles per text would run past the timeout.
  it('tag 10,000 bullets and a 20 MB text with the committed rules without running away', () => {
    const bullet =
      'Staffing shortages and workload pressures meant that planning, assessment and the delivery of interventions were reviewed.';
    for (let i = 0; i < 10_000; i++) {
      recommendationDomains(`${bullet} ${i}`, reference.recommendationRules);
      findingDomains('staff', `${bullet} ${i}`, reference);
    }
    const big = 'workforce development planning '.repeat(20_000_000 / 31);
    expect(recommendationDomains(big, reference.recommendationRules)).toEqual(['1-2-staff']);
  }, 120_000);
});

describe('the finding rules reference file', () => {
  it('is loaded with the reference data and rejects an unknown domain', () => {
    expect(reference.findingRules.length).toBeGreaterThan(0);
    const dir = mkdtempSync(join(tmpdir(), 'finding-rules-'));
    try {
      cpSync(`${root}content/reference`, dir, { recursive: true });
      writeFileSync(join(dir, 'finding-rules.json'), JSON.stringify([{ domain: '9-9-nowhere', patterns: ['nowhere'] }]));
      expect(() => loadReference(dir)).toThrow('finding-rules.json: unknown domain "9-9-nowhere"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
