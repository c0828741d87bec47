/**
 * The small part of Markdown the admin guide's sections use (headings, paragraphs, numbered
 * lists, tables, `code`, **bold**, [links]) turned into plain data, so the help page renders it
 * with React elements: no HTML from a string, nothing for the CSP to refuse.
 */
export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'strong'; readonly text: string };

export type Block =
  | { readonly kind: 'heading'; readonly level: number; readonly text: string }
  | { readonly kind: 'paragraph'; readonly inline: readonly Inline[] }
  | { readonly kind: 'steps'; readonly items: readonly (readonly Inline[])[] }
  | {
      readonly kind: 'table';
      readonly header: readonly (readonly Inline[])[];
      readonly rows: readonly (readonly (readonly Inline[])[])[];
    };

/** The text from `start` (a heading line) up to the next heading of the same or a higher level. */
export function section(markdown: string, start: string): string {
  const lines = markdown.split(/\r?\n/);
  const from = lines.indexOf(start);
  if (from < 0) throw new Error(`The guide has no section "${start}".`);
  const level = /^#+/.exec(start)?.[0].length ?? 1;
  const end = lines.findIndex((line, i) => i > from && new RegExp(`^#{1,${String(level)}} `).test(line));
  return lines.slice(from, end < 0 ? undefined : end).join('\n');
}

/** `code`, **bold** and [text](target) (the target dropped: the help page opens no links). */
export function inline(text: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\([^)]*\)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) out.push({ kind: 'text', text: text.slice(last, match.index) });
    if (match[1] !== undefined) out.push({ kind: 'code', text: match[1] });
    else if (match[2] !== undefined) out.push({ kind: 'strong', text: match[2] });
    else out.push({ kind: 'text', text: match[3] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => inline(cell.trim()));

export function toBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] ?? '';
    const heading = /^(#+) (.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]! });
      i++;
    } else if (line.startsWith('|')) {
      const table: string[] = [];
      while ((lines[i] ?? '').startsWith('|')) table.push(lines[i++]!);
      const [head = '', , ...body] = table;
      blocks.push({ kind: 'table', header: cells(head), rows: body.map(cells) });
    } else if (/^\d+\. /.test(line)) {
      const items: string[] = [];
      while (i < lines.length && /^(\d+\. |\s+\S)/.test(lines[i] ?? '')) {
        const next = lines[i++]!;
        if (/^\d+\. /.test(next)) items.push(next.replace(/^\d+\. /, ''));
        else items[items.length - 1] += ` ${next.trim()}`;
      }
      blocks.push({ kind: 'steps', items: items.map(inline) });
    } else if (line.trim() === '') {
      i++;
    } else {
      const text: string[] = [];
      while (i < lines.length && (lines[i] ?? '').trim() !== '' && !/^(#|\||\d+\. )/.test(lines[i]!)) {
        text.push(lines[i++]!.trim());
      }
      blocks.push({ kind: 'paragraph', inline: inline(text.join(' ')) });
    }
  }
  return blocks;
}
