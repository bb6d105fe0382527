import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { must } from '../../src/lib/must';

/** Total resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [pid];
  for (let p = stack.pop(); p !== undefined; p = stack.pop()) {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      total += rss ? Number(rss[1]) * 1024 : 0;
    } catch {
      // Gone.
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** Runs a command, measuring wall time and the peak memory of its whole process tree. */
export function timed(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ ok: boolean; seconds: number; peakBytes: number; output: string }> {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    // No pid means the command did not start: there is nothing to measure.
    const poll = setInterval(() => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
    }, 100);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ ok: code === 0, seconds: Number(process.hrtime.bigint() - start) / 1e9, peakBytes: peak, output });
    });
  });
}

/** Every file under a folder, relative paths. */
export function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? files(join(dir, name)).map((f) => join(name, f)) : [name],
  );
}

/** Total bytes under a folder. */
export function bytesUnder(dir: string): number {
  return existsSync(dir) ? files(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) : 0;
}

/** The kind of page a built file is, from its path. */
export function pageType(file: string): string {
  // A later page of a paginated list (/letters/page/2/) is of its list's type.
  const later = /^(.+)\/page\/\d+\/index\.html$/.exec(file);
  if (later) return pageType(`${later[1]}/index.html`);
  if (file === 'index.html') return 'home';
  const [first = '', second] = file.split('/');
  if (second === 'index.html') return `${first} index`;
  if (file === 'recommendations/recurring/index.html') return 'recurring recommendations';
  const singular: Record<string, string> = {
    letters: 'letter',
    pdus: 'PDU',
    domains: 'domain',
    findings: 'finding',
    recommendations: 'recommendation',
    regions: 'region',
    compare: 'compare (region)',
  };
  return singular[first] ?? 'other';
}

/** Client JavaScript a page loads: its module scripts and everything they import, in bytes. */
export function clientJsBytes(dist: string, html: string, base = '/'): number {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !existsSync(join(dist, path))) return;
    seen.add(path);
    const source = readFileSync(join(dist, path), 'utf8');
    for (const m of source.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) visit(join(path, '..', must(m[1], 'an imported path')));
  };
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) visit(must(m[1], 'a script src').slice(base.length));
  // A JSON-LD block (type="application/ld+json") is data, not script: the browser never runs it.
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (n, m) => n + Buffer.byteLength(must(m[1], 'an inline script')),
    0,
  );
  return [...seen].reduce((n, f) => n + statSync(join(dist, f)).size, inline);
}

/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const at = (i: number) => must(sorted[i], `value ${i} of ${sorted.length}`);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}
