/**
 * Characters no letter may carry, whoever wrote them (the importer, or an editor's hand): the invisible controls that
 * change how text is displayed without changing what is stored, copied and indexed. A right-to-left override
 * (U+202E) can make a page show "edocne" while search and the CSV hold "encode". The embeddings and overrides
 * (U+202A–U+202E) and the isolates (U+2066–U+2069) are refused; the plain direction marks (U+200E, U+200F) change
 * no letters' order and are let through.
 */

const names: Record<string, string> = {
  '\u202a': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202b': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202c': 'POP DIRECTIONAL FORMATTING',
  '\u202d': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202e': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
};

const control = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * The first direction control in a text, at its 1-based line (LF, CRLF and CR each end a line, as the importer
 * counts), with what to do; undefined when there is none.
 */
export function directionControl(text: string): { line: number; message: string } | undefined {
  const m = control.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index);
  const line = (before.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
  const c = m[0];
  const code = `U+${c.charCodeAt(0).toString(16).toUpperCase()}`;
  return {
    line,
    message: `an invisible direction control, ${code} (${names[c] ?? 'a direction control'}), which would make the page show the text in another order than the one stored, copied and searched: delete it`,
  };
}
