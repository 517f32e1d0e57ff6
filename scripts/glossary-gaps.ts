// Which Japanese words of official pages no glossary term covers, for maintainers:
//   npm run glossary-gaps -- [--top N] [--json] <file> [<file>…]
// The measuring is in scripts/glossary/gaps.ts (tested in tests/unit/tooling/glossary-gaps.test.ts).
import { readFileSync } from 'node:fs';
import { TERMS } from '../src/knowledge/terms';
import { buildTermTrie } from '../src/terms/term-trie';
import { coverageReport, DEFAULT_TOP, formatReport, parseCliArgs, stripHeader, USAGE } from './glossary/gaps';

const options = parseCliArgs(process.argv.slice(2));
if ('error' in options) {
  console.error(`glossary-gaps: ${options.error}\n\n${USAGE}`);
  process.exit(1);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const files: { name: string; text: string }[] = [];
for (const path of options.files) {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    console.error(`glossary-gaps: cannot read ${path}: ${reason}`);
    process.exit(1);
  }
  const { url, text } = stripHeader(content);
  files.push({ name: url ?? path, text });
}

const trie = buildTermTrie(TERMS.map((term) => [term.id, term.forms] as const));
const report = coverageReport(files, trie);
if (options.json) {
  const gaps = options.top === undefined ? report.gaps : report.gaps.slice(0, options.top);
  console.log(JSON.stringify({ ...report, gaps }, null, 2));
} else {
  console.log(formatReport(report, options.top ?? DEFAULT_TOP));
}
process.exit(0);
