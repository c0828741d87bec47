/**
 * The README is short because it links out; every link it and the docs/ pages make must land on
 * a file that exists and, where it names one, a heading that exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { headingAnchors, relativeLinks } from './markdown-links';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** Every broken link on `page`, as `page:line → target (why)`. */
function brokenLinks(page: string): string[] {
  const source = readFileSync(join(root, page), 'utf8');
  const broken: string[] = [];
  for (const link of relativeLinks(source)) {
    const target =
      link.path === '' ? join(root, page) : resolve(dirname(join(root, page)), link.path);
    const shown = `${page}:${link.line} → ${link.path}${link.anchor === undefined ? '' : `#${link.anchor}`}`;
    if (!target.startsWith(root)) broken.push(`${shown} (outside the repository)`);
    else if (!existsSync(target)) broken.push(`${shown} (no such file: ${relative(root, target)})`);
    else if (
      link.anchor !== undefined &&
      !headingAnchors(readFileSync(target, 'utf8')).has(link.anchor)
    )
      broken.push(`${shown} (no such heading)`);
  }
  return broken;
}

describe('documentation links', () => {
  it('finds the pages the README promises', () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        'docs/admin-guide.md',
        'docs/deployment.md',
        'docs/security.md',
        'docs/development.md',
      ]),
    );
  });

  it.each(pages)('every relative link in %s resolves', (page) => {
    expect(brokenLinks(page)).toEqual([]);
  });

  it('the README links to every docs/ page', () => {
    const linked = new Set(
      relativeLinks(readFileSync(join(root, 'README.md'), 'utf8')).map((link) => link.path),
    );
    expect(pages.filter((page) => page !== 'README.md' && !linked.has(page))).toEqual([]);
  });

  it('the README stays under 8 KB, so a newcomer reads it to the end', () => {
    expect(readFileSync(join(root, 'README.md')).byteLength).toBeLessThan(8 * 1024);
  });
});

describe('markdown link reading', () => {
  it('reports a missing file and a missing heading, and skips web links and code', () => {
    const page = [
      '# Top',
      '[a](nope.md) [b](#top) [c](#gone) [d](https://example.invalid/x.md)',
      '```',
      '[e](skip.md)',
      '```',
    ].join('\n');
    expect(relativeLinks(page)).toEqual([
      { line: 2, path: 'nope.md' },
      { line: 2, path: '', anchor: 'top' },
      { line: 2, path: '', anchor: 'gone' },
    ]);
    expect(headingAnchors(page)).toEqual(new Set(['top']));
  });

  it('makes GitHub heading ids', () => {
    const anchors = headingAnchors(
      '## 2. Deployment configuration (the machine policy)\n## Sign-in `state`\n## Sign-in state',
    );
    expect([...anchors]).toEqual([
      '2-deployment-configuration-the-machine-policy',
      'sign-in-state',
      'sign-in-state-1',
    ]);
  });
});
