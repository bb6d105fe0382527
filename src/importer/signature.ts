import type { Signatory } from '../schemas/person';
import type { SeedProblem } from './errors';
import type { Ledger } from './ledger';
import type { SeedLine } from './lines';

/** Reads the lines after the closing: the description standing for the signature image, the name and the role. */
export function parseSignature(lines: readonly SeedLine[], ledger: Ledger, problems: SeedProblem[]): Signatory | undefined {
  const described = lines.findIndex((l) => /\bsignature\b/i.test(l.text));
  const rest = lines.filter((_, i) => i !== described);
  if (rest.length !== 2) {
    problems.push({
      line: lines[0]?.n,
      message: `expected the signatory's name and role after the closing, found ${rest.length} line(s)${rest.length ? `: ${rest.map((l) => `"${l.text}"`).join(', ')}` : ''}`,
    });
    return undefined;
  }
  for (const l of lines) ledger.place(l, 'signature');
  return {
    name: rest[0]!.text,
    role: rest[1]!.text,
    ...(described >= 0 ? { signatureDescription: lines[described]!.text } : {}),
  };
}
