import type { Page } from 'playwright-core';

/** What the layout checks found on a page at its current width. */
export interface LayoutReport {
  /** How far the page itself scrolls sideways, in CSS px (0 when it does not). */
  pageOverflow: number;
  /** Elements wider than the viewport (right edge past it) outside a labelled, focusable scroll region: "tag.class «text» right=…". */
  overflowing: string[];
  /** SVG text that renders smaller than 12 CSS px: "«text» 7.5px". */
  smallSvgText: string[];
  /** Scroll regions that are not labelled or not focusable: "div.class". */
  unlabelledScrollers: string[];
}

/**
 * Reads the page's layout as a reader sees it at the viewport's width. An element may reach past the viewport only inside
 * a scroll region a keyboard can reach and a screen reader can name (role="region" with a label and tabindex="0"),
 * which must itself fit. SVG text's rendered size is its font size times the scale the SVG is drawn at; text a `<use>`
 * draws from a template is measured in the template, at the scale of the use.
 */
export function readLayout(page: Page): Promise<LayoutReport> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (el: Element) => {
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()}${cls} «${text}»`;
    };
    const isLabelledScroller = (el: Element) => {
      const style = getComputedStyle(el);
      return (
        /(auto|scroll)/.test(style.overflowX) &&
        el.getAttribute('role') === 'region' &&
        (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby')) &&
        el.getAttribute('tabindex') === '0'
      );
    };
    const unlabelledScrollers: string[] = [];
    const overflowing: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      // Inside a closed disclosure or display: none, nothing is drawn (Chromium keeps a closed <details>' boxes).
      if (!el.checkVisibility()) continue;
      const style = getComputedStyle(el);
      if (/(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1 && !isLabelledScroller(el)) {
        unlabelledScrollers.push(describe(el));
      }
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      // Visually hidden text (clipped to 1 px) and the skip link parked off-screen to the left take no room.
      if (rect.right <= 0) continue;
      if (rect.right <= width + 1) continue;
      let inside: Element | null = el.parentElement;
      while (inside && !isLabelledScroller(inside)) inside = inside.parentElement;
      if (inside && inside.getBoundingClientRect().right <= width + 1) continue;
      overflowing.push(`${describe(el)} right=${Math.round(rect.right)}`);
    }
    const smallSvgText: string[] = [];
    for (const t of document.querySelectorAll('svg text')) {
      const text = t as SVGTextElement;
      if (!text.checkVisibility()) continue;
      const rect = text.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const ctm = text.getScreenCTM();
      const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
      const size = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (size < 11.95) smallSvgText.push(`«${(text.textContent ?? '').trim().slice(0, 30)}» ${size.toFixed(1)}px`);
    }
    // Text a <use> draws from a template (src/lib/charts/defs.ts) is in the use's shadow tree, which no query reaches:
    // it is measured in the template, set as each copy is, at the scale the use is drawn at.
    for (const use of document.querySelectorAll('svg use')) {
      const u = use as SVGUseElement;
      if (!u.checkVisibility()) continue;
      const rect = u.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const template = document.getElementById(u.href.baseVal.replace(/^#/, ''));
      const ctm = u.getScreenCTM();
      const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
      for (const text of template?.querySelectorAll('text') ?? []) {
        const size = parseFloat(getComputedStyle(text).fontSize) * scale;
        if (size < 11.95) smallSvgText.push(`«${(text.textContent ?? '').trim().slice(0, 30)}» ${size.toFixed(1)}px (drawn by a use)`);
      }
    }
    return {
      pageOverflow: document.documentElement.scrollWidth - width,
      overflowing,
      smallSvgText,
      unlabelledScrollers,
    };
  });
}
