import type { Page } from 'playwright-core';

/** What is wrong with the charts of the page as it is drawn: each problem a line naming the chart and what is wrong. */
export async function chartProblems(page: Page): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() => {
    const problems: string[] = [];
    const charts = [...document.querySelectorAll<HTMLElement>('.chart__svg')];
    if (!charts.length) problems.push('no chart on the page');
    for (const chart of charts) {
      const name = chart.closest('figure')?.id || chart.closest('figure')?.querySelector('h1')?.textContent || 'a chart';
      const box = chart.getBoundingClientRect();
      // Exactly one form shown, and it alone exposed (the others are display:none).
      const shown = [...chart.querySelectorAll<SVGSVGElement>('svg.chart-svg')].filter((svg) => svg.getClientRects().length > 0);
      if (shown.length !== 1) problems.push(`${name}: ${shown.length} forms shown`);
      if (chart.scrollWidth > chart.clientWidth + 0.5)
        problems.push(`${name}: scrolls sideways (${chart.scrollWidth} in ${chart.clientWidth})`);
      for (const svg of shown) {
        const svgBox = svg.getBoundingClientRect();
        const form = svg.parentElement?.dataset.form;
        if (svgBox.width > box.width + 0.5) problems.push(`${name} (${form}): ${svgBox.width} px wide in ${box.width} px`);
        if (svgBox.right > window.innerWidth + 0.5) problems.push(`${name} (${form}): ends past the viewport`);
        const scale = svgBox.width / svg.viewBox.baseVal.width;
        for (const text of svg.querySelectorAll('text')) {
          const t = text.getBoundingClientRect();
          if (!t.width) continue;
          const style = getComputedStyle(text);
          const size = parseFloat(style.fontSize) * scale;
          if (size < 12) problems.push(`${name} (${form}): "${text.textContent}" at ${size.toFixed(1)} px`);
          if (style.stroke !== 'none') problems.push(`${name} (${form}): "${text.textContent}" is stroked (${style.stroke})`);
          // Clipped: a label reaching outside its SVG (a pixel's leeway for a glyph's overhang, two above and below for the font's ascent).
          if (t.left < svgBox.left - 1 || t.right > svgBox.right + 1 || t.top < svgBox.top - 2 || t.bottom > svgBox.bottom + 2)
            problems.push(`${name} (${form}): "${text.textContent}" reaches outside the chart`);
        }
        // A template drawn with <use> (a matrix's cell, src/lib/charts/defs.ts) is drawn in the use's shadow tree, which
        // no query reaches: its text is measured in the template (in the form's <defs>, styled by rules that name no
        // ancestor outside it, so it is set as each copy is), at the scale the use is drawn at; the copy's box must fit.
        for (const use of svg.querySelectorAll('use')) {
          const u = use.getBoundingClientRect();
          if (!u.width) continue;
          const id = use.href.baseVal.replace(/^#/, '');
          const template = [...svg.querySelectorAll('defs [id]')].find((el) => el.id === id);
          if (!template) {
            problems.push(`${name} (${form}): draws #${id}, which is not among its own templates`);
            continue;
          }
          const ctm = use.getScreenCTM();
          const useScale = ctm ? Math.hypot(ctm.a, ctm.b) : scale;
          for (const text of template.querySelectorAll('text')) {
            const style = getComputedStyle(text);
            const size = parseFloat(style.fontSize) * useScale;
            if (size < 12) problems.push(`${name} (${form}): "${text.textContent}" (#${id}) at ${size.toFixed(1)} px`);
            if (style.stroke !== 'none') problems.push(`${name} (${form}): "${text.textContent}" (#${id}) is stroked (${style.stroke})`);
          }
          if (u.left < svgBox.left - 1 || u.right > svgBox.right + 1 || u.top < svgBox.top - 2 || u.bottom > svgBox.bottom + 2)
            problems.push(`${name} (${form}): a copy of #${id} reaches outside the chart`);
        }
      }
    }
    return problems;
  });
}
