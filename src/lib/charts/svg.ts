/** Rounds a coordinate to one decimal place, so SVG output is compact and stable (golden files compare it). */
export function svgNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
