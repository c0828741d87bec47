/**
 * What the first screen costs: the scripts and styles a built index.html loads before anything
 * renders (the entry and the chunks it preloads). Screens loaded on demand are not among them.
 */

/** Paths, relative to the renderer folder, of the assets `indexHtml` loads up front. */
export function firstScreenAssets(indexHtml: string): string[] {
  const tags = indexHtml.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags
    .filter((tag) => /type="module"|rel="(modulepreload|stylesheet)"/.test(tag))
    .map((tag) => /(?:src|href)="(?:\.\/)?([^"]+)"/.exec(tag)?.[1])
    .filter((path): path is string => path !== undefined && /\.(m?js|css)$/.test(path));
}
