// Charts drawn in the browser: every figure[data-chart] has an SVG with
// bars and text, a table matching the data, and working downloads.
import { readFile } from 'node:fs/promises';
import { test, expect, open, storyData, stepUrl } from './fixtures.mjs';

test('every chart the data defines is drawn on its step', async ({ page, request }) => {
  const story = await storyData(request);
  // The steps with charts, from the data (a keyword's, or the data view's).
  const steps = [...new Set(story.charts.map((c) => (c.keyword === undefined ? 'numbers' : String(c.keyword))))];
  expect(steps.length).toBeGreaterThan(1);
  for (const step of steps) {
    await open(page, stepUrl(step));
    const expected = story.charts
      .filter((c) => (step === 'numbers' ? c.keyword === undefined : String(c.keyword) === step))
      .map((c) => c.id);
    expect(expected.length).toBeGreaterThan(0);
    await expect(page.locator('figure[data-chart]:visible')).toHaveCount(expected.length);
    for (const id of expected) {
      const fig = page.locator(`figure[data-chart="${id}"]`);
      await expect(fig.locator('svg')).toBeVisible();
      const def = story.charts.find((c) => c.id === id);
      const bars = def.panels.flatMap((p) => p.figures).length;
      expect(await fig.locator('svg rect').count()).toBeGreaterThanOrEqual(bars + 1);
      expect(await fig.locator('svg text').count()).toBeGreaterThan(bars);
    }
  }
});

test('each table holds exactly the data values, parts included', async ({ page, request }) => {
  const story = await storyData(request);
  const byId = Object.fromEntries(story.figures.map((f) => [f.id, f]));
  await open(page, stepUrl('numbers'));
  for (const def of story.charts.filter((c) => c.keyword === undefined)) {
    const rows = page.locator(`figure[data-chart="${def.id}"] table tbody tr`);
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [tr.dataset.figure, Number(tr.querySelector('[data-value]').dataset.value), tr.querySelector('.num').textContent]));
    const ids = def.panels.flatMap((p) => p.figures).flatMap((id) => [id, ...story.figures.filter((f) => f.part_of === id).map((f) => f.id)]);
    expect(cells.map((c) => c[0])).toEqual(ids);
    for (const [id, value, text] of cells) {
      expect(value, id).toBe(byId[id].value);
      expect(text.length, id).toBeGreaterThan(0);
    }
  }
  // The table is in the accessibility tree even while visually hidden, and
  // shows on demand.
  const fig = page.locator('figure[data-chart="employment"]');
  await expect(fig.getByRole('table')).toHaveCount(1);
  await expect(fig.locator('.table-wrap')).toHaveClass(/sr-only/);
  await fig.getByRole('button', { name: '显示数据表' }).click();
  await expect(fig.locator('.table-wrap')).not.toHaveClass(/sr-only/);
  await expect(fig.locator('table')).toContainText('13138人');
  await expect(fig.locator('table')).toContainText('5922人');
});

test('the employment chart shows the poverty share inside bars, in both languages', async ({ page }) => {
  await open(page, stepUrl('numbers'));
  // The step seen in Chinese stays mounted, hidden, after the switch.
  const svg = page.locator('figure[data-chart="employment"]:visible svg');
  await expect(svg).toContainText('13138人');
  await expect(svg).toContainText('其中脱贫劳动力（帮助就业）：5922人');
  await page.locator('[data-lang="en"]').click();
  await expect(svg).toContainText('13,138 people');
  await expect(svg).toContainText('households lifted out of poverty (helped into jobs): 5,922 people');
  await expect(page.locator('figure[data-chart="funding"]:visible svg')).toContainText('a cumulative 161.5 million yuan');
});

test('values are focusable and show a tooltip', async ({ page }) => {
  await open(page, stepUrl('numbers'));
  const spot = page.locator('figure[data-chart="funding"] .hotspot').first();
  await spot.focus();
  await expect(spot.locator('.tooltip')).toBeVisible();
  await expect(spot).toHaveAttribute('aria-label', /1.615亿元/);
});

test('charts redraw to fit when the window is resized', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, stepUrl('numbers'));
  const width = () => page.locator('figure[data-chart="funding"] svg').evaluate((s) => Number(s.getAttribute('width')));
  const wide = await width();
  await page.setViewportSize({ width: 360, height: 800 });
  await expect.poll(width).toBeLessThan(wide);
  expect(await width()).toBeLessThanOrEqual(360);
});

test('downloads: SVG, 2× PNG and CSV with BOM', async ({ page }) => {
  await open(page, stepUrl('numbers'));
  const fig = page.locator('figure[data-chart="employment"]');
  const svgWidth = await fig.locator('svg').evaluate((s) => Number(s.getAttribute('width')));
  const grab = async (kind) => {
    const [download] = await Promise.all([page.waitForEvent('download'), fig.locator(`[data-download="${kind}"]`).click()]);
    expect(download.suggestedFilename()).toBe(`minning-employment-zh-CN.${kind}`);
    return readFile(await download.path());
  };
  const svg = (await grab('svg')).toString('utf8');
  expect(svg.startsWith('<svg')).toBeTruthy();
  expect(svg).toContain('13138人');
  expect(svg).toContain('厦门日报');
  const png = await grab('png');
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.readUInt32BE(16)).toBe(svgWidth * 2);
  const csv = await grab('csv');
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [table, after] = csv.toString('utf8').slice(1).trim().split('\r\n\r\n');
  const rows = table.split('\r\n');
  expect(rows[0]).toBe('分组,指标,数值,修饰语,单位,数值（含修饰语）,时期,所属总数');
  // The header, the employment bar and its part, which names the whole it is
  // counted in; then where it comes from.
  expect(rows.length).toBe(1 + 1 + 1);
  expect(rows.some((r) => r.includes(',13138,') && r.endsWith(',""'))).toBeTruthy();
  expect(rows.some((r) => r.includes(',5922,') && r.endsWith('农村劳动力"'))).toBeTruthy();
  expect(after).toContain('来源');
  expect(after).toContain('厦门日报');
});
