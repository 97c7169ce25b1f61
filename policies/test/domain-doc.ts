import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// docs/domain.md is the one copy of the need-to-know table and of its deviations; the matrix test
// reads both from it, so the document and the rules cannot drift apart.
const DOMAIN = fileURLToPath(new URL('../../docs/domain.md', import.meta.url));

export function domainDoc(): string {
  return readFileSync(DOMAIN, 'utf8');
}

/** The cells of a markdown table row, unescaped (`\*` and `\|` as prettier writes them). */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\([*|])/g, '$1'));
}

/** The body rows of the first table whose header row starts with these cells. */
export function markdownTable(markdown: string, header: readonly string[]): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith('|') && header.every((h, i) => cells(l)[i] === h));
  if (start < 0) throw new Error(`no table with header ${header.join(' | ')}`);
  const body: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('|')) break;
    if (/^\|[\s|:-]+\|$/.test(line.trim())) continue; // the separator row
    body.push(cells(line));
  }
  return body;
}

/** A cell of the table reduced to the notation policy:matrix prints: A, M, C, O, N, M/C, C/O, A|C, with * when inferred. */
export function matrixNotation(text: string): string {
  const inferred = text.includes('*') ? '*' : '';
  const plain = text.replace(/\*/g, '');
  if (/else C/.test(plain)) return `A|C${inferred}`;
  return `${plain.split(/[ ,(]/)[0]}${inferred}`;
}
