import { openSite } from './support/browser';
const site = await openSite();
const page = await site.newPage();
const shots = JSON.parse(process.argv[2]) as [string, string, number, boolean][];
for (const [name, path, w, full] of shots) {
  await page.setViewportSize({ width: w, height: 1000 });
  await page.goto(site.url(path));
  await page.screenshot({ path: `/tmp/${name}.png`, fullPage: full });
}
await site.close();
