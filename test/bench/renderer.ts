/**
 * The renderer's share of the benchmark: the built bundle's gzip size (DESIGN.md §6 budget:
 * 250 KB) and the time from navigation to the first screen a technician can use, in Chromium
 * through the web harness on the demo tenant.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../support/browser';
import { startHarness } from '../harness/server';
import { medianOf } from './measure';

export interface RendererFigures {
  readonly bundleGzipKb: number;
  readonly bundleRawKb: number;
  readonly firstRenderMedianMs: number;
  readonly firstRenderRuns: number;
}

async function bundleSizes(dir: string): Promise<{ gzip: number; raw: number }> {
  let gzip = 0;
  let raw = 0;
  for (const name of await readdir(dir)) {
    if (!/\.(js|css)$/.test(name)) continue;
    const bytes = await readFile(join(dir, name));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { gzip, raw };
}

/** Navigation start → the sign-in button is on screen (the first usable render). */
async function firstRenders(runs: number): Promise<number[]> {
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
  const harness = await startHarness({ demo: true });
  try {
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage();
      await page.goto(harness.url);
      await page.getByRole('button', { name: 'Sign in with your work account' }).waitFor();
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    return times;
  } finally {
    await harness.stop();
    await browser.close();
  }
}

export async function measureRenderer(runs: number): Promise<RendererFigures> {
  const sizes = await bundleSizes('out/renderer/assets');
  const times = await firstRenders(runs);
  const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;
  return {
    bundleGzipKb: kb(sizes.gzip),
    bundleRawKb: kb(sizes.raw),
    firstRenderMedianMs: Math.round(medianOf(times)),
    firstRenderRuns: times.length,
  };
}
