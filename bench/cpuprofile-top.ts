// The heaviest frames of a V8 .cpuprofile (node --cpu-prof) by self time,
// and the same summed per package (node_modules/<name>, src/<dir>/<file>).
// Run: npx tsx bench/cpuprofile-top.ts FILE.cpuprofile [top frames, default 40]
import { readFileSync } from 'node:fs';
import { PROJECT_ROOT } from '../src/graph/config.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Self time per frame and per package of a .cpuprofile, heaviest first. */
export function summarise(file: string, top: number): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const where = (id: number) => byId.get(id)!.callFrame.url.replace(/^file:\/\//, '').replace(PROJECT_ROOT, '');
  const frameOf = (id: number) => {
    const { functionName, lineNumber } = byId.get(id)!.callFrame;
    return `${functionName || '(anonymous)'} ${where(id)}:${lineNumber + 1}`;
  };
  const frames = new Map<string, number>();
  const packages = new Map<string, number>();
  // Inclusive: time with the frame anywhere on the stack (counted once per sample, recursion or not).
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const { functionName } = byId.get(id)!.callFrame;
    total += us;
    frames.set(frameOf(id), (frames.get(frameOf(id)) ?? 0) + us);
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) onStack.add(frameOf(at));
    for (const frame of onStack) inclusive.set(frame, (inclusive.get(frame) ?? 0) + us);
    const file = where(id);
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? (file.startsWith('src/') ? file.split('/').slice(0, 3).join('/') : file.startsWith('node:') ? 'node:' + file.slice(5).split('/')[0] : file || functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
  }
  const show = (map: Map<string, number>, n: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${((100 * us) / total).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`).join('\n');
  console.log(`\nself time by package (${(total / 1000).toFixed(0)} ms sampled):\n${show(packages, 30)}`);
  console.log(`\nself time by frame:\n${show(frames, top)}`);
  inclusive.delete('(root) :0');
  console.log(`\ninclusive time by frame:\n${show(inclusive, top)}`);
}

if (process.argv[1]?.endsWith('cpuprofile-top.ts') && process.argv[2]) summarise(process.argv[2], Number(process.argv[3] ?? 40));
