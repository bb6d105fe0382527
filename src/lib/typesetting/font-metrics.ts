/**
 * Advance widths from a TrueType/OpenType font file, so card text can be wrapped to the width it will really take
 * when resvg draws it with the same font. Reads only the tables needed: head (units per em), hhea and hmtx
 * (advances) and cmap (characters to glyphs, formats 4 and 12). Kerning is left out: it only ever narrows Latin text.
 */
export interface FontMetrics {
  /** The font's family name as the card SVG names it. */
  family: string;
  unitsPerEm: number;
  /** Advance width, in font units, of each character the font has a glyph for. */
  advances: ReadonlyMap<number, number>;
}

/** Reads a font file's advance widths; throws naming what it could not read. */
export function readFontMetrics(bytes: Uint8Array, family: string): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
    tables.set(tag, view.getUint32(at + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`the font for ${family} has no ${tag} table (expected a TrueType or OpenType font)`);
    return offset;
  };
  const unitsPerEm = view.getUint16(table('head') + 18);
  const numberOfHMetrics = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advanceOf = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));
  const glyphs = readCmap(view, table('cmap'), family);
  const advances = new Map<number, number>();
  for (const [code, glyph] of glyphs) if (glyph !== 0) advances.set(code, advanceOf(glyph));
  return { family, unitsPerEm, advances };
}

/** The character-to-glyph map from a cmap table's Unicode subtable (format 12 preferred, else format 4). */
function readCmap(view: DataView, cmap: number, family: string): Map<number, number> {
  const subtables: { format: number; offset: number }[] = [];
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const at = cmap + 4 + i * 8;
    const platform = view.getUint16(at);
    const encoding = view.getUint16(at + 2);
    const offset = cmap + view.getUint32(at + 4);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))
      subtables.push({ format: view.getUint16(offset), offset });
  }
  const map = new Map<number, number>();
  const full = subtables.find((s) => s.format === 12);
  if (full) {
    const groups = view.getUint32(full.offset + 12);
    for (let g = 0; g < groups; g++) {
      const at = full.offset + 16 + g * 12;
      const start = view.getUint32(at);
      const end = view.getUint32(at + 4);
      const glyph = view.getUint32(at + 8);
      for (let c = start; c <= end; c++) map.set(c, glyph + c - start);
    }
    return map;
  }
  const bmp = subtables.find((s) => s.format === 4);
  if (!bmp) throw new Error(`the font for ${family} has no Unicode character map (format 4 or 12)`);
  const segments = view.getUint16(bmp.offset + 6) / 2;
  const ends = bmp.offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
        glyph = view.getUint16(at);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      map.set(c, glyph);
    }
  }
  return map;
}

/** The width text takes at a font size, in the same units as the size. */
export function textWidth(font: FontMetrics, text: string, size: number): number {
  let units = 0;
  for (const ch of text) units += font.advances.get(ch.codePointAt(0) ?? 0) ?? font.unitsPerEm;
  return (units * size) / font.unitsPerEm;
}

/** The characters of the text the font has no glyph for (each once, in order), besides whitespace. */
export function missingCharacters(font: FontMetrics, text: string): string[] {
  const missing = new Set<string>();
  for (const ch of text) if (!/\s/.test(ch) && !font.advances.has(ch.codePointAt(0) ?? 0)) missing.add(ch);
  return [...missing];
}
