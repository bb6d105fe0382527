import { afterAll, beforeAll, describe, it } from 'vitest';
import { openSite } from './support/browser';

// The cards' PNGs as drawn by the build, looked at in Chromium: each kind fills its lower half (the ratings or the
// item's words), which was once left empty.
let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** Each kind's card, and how far down (of 630 px) it must draw: the ratings' key sits at its foot; a short text ends higher. */
const cards = {
  letter: { path: '/cards/letters/greater-manchester-2023-05.png', reaches: 560 },
  region: { path: '/cards/regions/greater-manchester.png', reaches: 560 },
  PDU: { path: '/cards/pdus/wigan.png', reaches: 560 },
  finding: { path: '/cards/findings/greater-manchester-2023-05-staff-improvement-2.png', reaches: 500 },
  recommendation: { path: '/cards/recommendations/greater-manchester-2023-05-tameside-8.png', reaches: 400 },
};

describe.concurrent('share cards as drawn', () => {
  for (const [kind, { path, reaches }] of Object.entries(cards)) {
    it(`a ${kind}’s card fills its lower half, down to ${reaches} px of 630`, async ({ expect }) => {
      const page = await site.newPage();
      await page.goto(site.url('/'));
      // The lowest row of pixels that holds anything but white (text, a rating's box, its border).
      const lowest = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const context = canvas.getContext('2d');
        if (!context) return -1;
        context.drawImage(img, 0, 0);
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        for (let y = canvas.height - 1; y >= 0; y--)
          for (let x = 0; x < canvas.width; x++) {
            const i = (y * canvas.width + x) * 4;
            if (Math.min(data[i] ?? 255, data[i + 1] ?? 255, data[i + 2] ?? 255) < 200) return y;
          }
        return 0;
      }, site.url(path));
      expect(lowest, path).toBeGreaterThanOrEqual(reaches);
      await page.close();
    });
  }
});
