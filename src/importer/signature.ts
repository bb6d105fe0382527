import type { Signatory } from '../schemas/person';
import type { SeedProblem } from './errors';
import type { Ledger } from './ledger';
import type { SeedLine } from './lines';

/** Reads the lines after the closing: the description standing for the signature image, the name and the role. */
export function parseSignature(lines: readonly SeedLine[], ledger: Ledger, problems: SeedProblem[]): Signatory | undefined {
  const described = lines.findIndex((l) => /\bsignature\b/i.test(l.text));
  const description = lines[described];
  const rest = lines.filter((_, i) => i !== described);
  const [name, role] = rest;
  if (rest.length !== 2 || !name || !role) {
    problems.push({
      line: lines[0]?.n,
      message: `expected the signatory's name and role after the closing, found ${rest.length} line(s)${rest.length ? `: ${rest.map((l) => `"${l.text}"`).join(', ')}` : ''}`,
    });
    return undefined;
  }
  for (const l of lines) ledger.place(l, 'signature');
  return {
    name: name.text,
    role: role.text,
    ...(description ? { signatureDescription: description.text } : {}),
  };
}
