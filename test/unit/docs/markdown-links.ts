/**
 * Just enough Markdown for checking the repository's own docs: the relative links a page makes
 * and the anchors its headings produce, the way GitHub renders them.
 */

export interface MarkdownLink {
  readonly line: number;
  /** The file part, relative to the page ('' for a same-page anchor). */
  readonly path: string;
  /** The part after '#', if any. */
  readonly anchor?: string;
}

const fence = /^\s*(```|~~~)/;

/** Lines outside fenced code blocks, with their 1-based numbers; code never holds real links. */
function proseLines(markdown: string): Array<[number, string]> {
  const lines: Array<[number, string]> = [];
  let inFence = false;
  markdown.split('\n').forEach((text, index) => {
    if (fence.test(text)) inFence = !inFence;
    else if (!inFence) lines.push([index + 1, text]);
  });
  return lines;
}

/** Relative links and images: `[text](target)` and `![alt](target)`; web and mail links are skipped. */
export function relativeLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  for (const [line, text] of proseLines(markdown)) {
    const withoutCode = text.replace(/`[^`]*`/g, '');
    for (const match of withoutCode.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      const target = match[1]!;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      const hash = target.indexOf('#');
      const path = decodeURI(hash === -1 ? target : target.slice(0, hash));
      links.push(hash === -1 ? { line, path } : { line, path, anchor: target.slice(hash + 1) });
    }
  }
  return links;
}

/** GitHub's heading id: lower case, punctuation dropped, spaces to dashes, repeats numbered. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, text] of proseLines(markdown)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(text);
    if (!heading) continue;
    const slug = heading[1]!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}
