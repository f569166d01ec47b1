// `plangraph ingest` given files that are not plans: what it says, its exit
// code, its peak memory (GNU time's max RSS), and proof that it wrote nothing:
// NEO4J_URI points at a port nothing listens on, so a command that tried to
// open the database would fail with "Neo4j is unavailable" instead of naming
// the file. Run: npx tsx bench/bad-input.ts → section "CLI and bad input" of
// bench/results/reliability.md.
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/graph/config.js';
import { writeSection } from './section.js';

const dir = mkdtempSync(path.join(tmpdir(), 'plangraph-bad-'));
const seed = readFileSync(path.join(PROJECT_ROOT, 'seed', 'plans', 'anshan-14fyp.txt'), 'utf8');
const sample = seed.slice(0, 4000);
const gb18030 = new Uint8Array([0xb0, 0xb0, 0xc9, 0xbd, 0xca, 0xd0, 0xb9, 0xe6, 0xbb, 0xae, 0xa1, 0xa3, 0x0a]); // 鞍山市规划。 in GBK

function file(name: string, bytes: Uint8Array | string): string {
  const target = path.join(dir, name);
  writeFileSync(target, bytes);
  return target;
}

function sparse(name: string, bytes: number): string {
  const target = path.join(dir, name);
  const fd = openSync(target, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return target;
}

const cases: Array<[string, string]> = [
  ['empty file', file('empty.txt', '')],
  ['binary (random bytes with NULs)', file('random.bin', new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))],
  ['GB18030', file('gb18030.txt', gb18030)],
  ['UTF-16LE with BOM', file('utf16-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]))],
  ['UTF-16LE without BOM', file('utf16le.txt', Buffer.from(sample, 'utf16le'))],
  ['UTF-16BE without BOM', file('utf16be.txt', Buffer.from(sample, 'utf16le').swap16())],
  ['a NUL byte in UTF-8 text', file('nul.txt', `${sample.slice(0, 200)}\0${sample.slice(200)}`)],
  ['a PDF', file('plan.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n%'), Buffer.from([0xb0, 0xb0, 0xc9, 0xbd, 0xca, 0xd0, 0x0a])]))],
  ['a Word .docx (ZIP)', file('plan.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))],
  ['a directory without .txt', (mkdirSync(path.join(dir, 'empty-dir')), path.join(dir, 'empty-dir'))],
  ['a missing path', path.join(dir, 'no-such-plan.txt')],
  ['a 50 MB file', sparse('huge.txt', 50 * 1024 * 1024)],
];

function run(target: string) {
  const result = spawnSync('/usr/bin/time', ['-f', 'MAXRSS %M', process.execPath, '--import', 'tsx', path.join(PROJECT_ROOT, 'src/cli/index.ts'), 'ingest', target], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:9' },
  });
  const rss = Number(/MAXRSS (\d+)/.exec(result.stderr)?.[1] ?? NaN);
  const message = result.stderr.split('\n').filter((l) => l.startsWith('plangraph: ')).join(' ').replace(dir, '<dir>');
  return { code: result.status, rss, message, stack: /\n\s+at /.test(result.stderr), database: /unavailable|Neo4j/i.test(message) };
}

const load0 = loadavg()[0]!;
const baseline = run('--help'); // `ingest --help`: the CLI's own footprint
const rows = cases.map(([name, target]) => ({ name, ...run(target) }));
const load1 = loadavg()[0]!;
rmSync(dir, { recursive: true, force: true });

const lines = [
  '## CLI and bad input',
  '',
  '`plangraph ingest <file>` for inputs that are not UTF-8 plans. NEO4J_URI points at a closed port, so "touched the database" would show as a Neo4j error instead of the file\'s; none did: every case fails while reading the file, before any connection, so nothing can be written. Peak memory is GNU time\'s max RSS of the whole Node process. Run: `npx tsx bench/bad-input.ts`.',
  '',
  `- Date: ${new Date().toISOString()}; machine: ${cpus()[0]?.model ?? '?'}, ${cpus().length} cores (shared); load average ${load0.toFixed(2)} at start, ${load1.toFixed(2)} at end`,
  `- \`plangraph ingest --help\` for comparison: max RSS ${(baseline.rss / 1024).toFixed(0)} MB`,
  '',
  '| input | exit | stack printed | touched the database | max RSS MB | message |',
  '|---|---:|---|---|---:|---|',
  ...rows.map((r) => `| ${r.name} | ${r.code} | ${r.stack ? '**yes**' : 'no'} | ${r.database ? '**yes**' : 'no'} | ${(r.rss / 1024).toFixed(0)} | ${r.message.replace(/\|/g, '\\|')} |`),
];
writeSection(path.join(PROJECT_ROOT, 'bench', 'results', 'reliability.md'), 'bad-input', lines.join('\n'));
console.log(lines.join('\n'));
