/**
 * The renderer's share of the benchmark, in Chromium through the web harness on the demo
 * tenant: the JavaScript the first screen loads (DESIGN.md §6 budget: 150 KB gzip; rarely used
 * screens load on demand and are not counted), the whole bundle, and the time from navigation to
 * the first screen a technician can use (budget: 250 ms median).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../support/browser';
import { startHarness } from '../harness/server';
import { firstScreenAssets } from './first-screen';
import { medianOf } from './measure';
import { paintTimerSource, readPaintTimer } from './paint-timer';

export interface RendererFigures {
  /** The entry script and every chunk index.html preloads with it, gzip. */
  readonly firstScreenGzipKb: number;
  readonly bundleGzipKb: number;
  readonly bundleRawKb: number;
  readonly firstRenderMedianMs: number;
  readonly firstRenderRuns: number;
}

interface Sizes {
  readonly gzip: number;
  readonly raw: number;
}

async function sizeOf(files: readonly string[]): Promise<Sizes> {
  let gzip = 0;
  let raw = 0;
  for (const file of files) {
    const bytes = await readFile(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { gzip, raw };
}

async function bundleSizes(dir: string): Promise<{ firstScreen: Sizes; all: Sizes }> {
  const assets = join(dir, 'assets');
  const all = (await readdir(assets))
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => join(assets, name));
  const first = firstScreenAssets(await readFile(join(dir, 'index.html'), 'utf8')).map((path) =>
    join(dir, path),
  );
  return { firstScreen: await sizeOf(first), all: await sizeOf(all) };
}

/** Navigation start → the frame that paints the sign-in button (the first usable render). */
async function firstRenders(runs: number, rendererDir: string): Promise<number[]> {
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    args: chromiumArgs,
    ...(executablePath ? { executablePath } : {}),
  });
  const harness = await startHarness({ demo: true, rendererDir });
  try {
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage();
      await page.addInitScript(
        paintTimerSource('navigation', 'button', 'Sign in with your work account'),
      );
      await page.goto(harness.url);
      times.push(await readPaintTimer(page));
      await page.close();
    }
    return times;
  } finally {
    await harness.stop();
    await browser.close();
  }
}

/** `rendererDir`: a built renderer (out/renderer by default). */
export async function measureRenderer(
  runs: number,
  rendererDir = 'out/renderer',
): Promise<RendererFigures> {
  const sizes = await bundleSizes(rendererDir);
  const times = await firstRenders(runs, rendererDir);
  const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;
  return {
    firstScreenGzipKb: kb(sizes.firstScreen.gzip),
    bundleGzipKb: kb(sizes.all.gzip),
    bundleRawKb: kb(sizes.all.raw),
    firstRenderMedianMs: Math.round(medianOf(times)),
    firstRenderRuns: times.length,
  };
}
