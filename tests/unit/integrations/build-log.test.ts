import { afterEach, describe, expect, it, vi } from 'vitest';
import buildLog, { recognisedLabel } from '../../../src/integrations/build-log.mjs';

type Level = 'debug' | 'info' | 'warn' | 'error';
interface Destination {
  write(event: { label: string | null; level: Level; message: string; newLine?: boolean }): void;
}

/** Feeds events to a fresh build log and returns the JSON lines it wrote, in order, with their stream. */
function logOf(events: [Level, string | null, string][], options?: { level?: Level }): { stream: string; entry: unknown }[] {
  const written: { stream: string; entry: unknown }[] = [];
  vi.spyOn(console, 'info').mockImplementation((line: string) => written.push({ stream: 'out', entry: JSON.parse(line) }));
  vi.spyOn(console, 'error').mockImplementation((line: string) => written.push({ stream: 'err', entry: JSON.parse(line) }));
  const log = (buildLog as (options?: { level?: Level }) => Destination)(options);
  for (const [level, label, message] of events) log.write({ level, label, message, newLine: true });
  return written;
}

afterEach(() => vi.restoreAllMocks());

describe("the build's log", () => {
  it("drops Astro's two lines per page, saying once that it recognised them, and keeps every other line as JSON", () => {
    const written = logOf([
      ['info', 'build', 'output: "static"'],
      ['info', null, '  \u001b[34m├─\u001b[39m \u001b[2m/findings/a/index.html\u001b[22m'],
      ['info', 'SKIP_FORMAT', ' \u001b[2m(+12ms)\u001b[22m '],
      ['info', null, '  └─ /findings/b/index.html'],
      ['info', 'SKIP_FORMAT', ' \u001b[31m(+1.31s)\u001b[39m \u001b[33m(file not created, response body was empty)\u001b[39m'],
      ['info', 'probation-inspections:search-index', 'Search index: 2 pages indexed'],
      ['warn', 'build', 'a warning'],
    ]);
    expect(written).toEqual([
      { stream: 'out', entry: { message: 'output: "static"', label: 'build', level: 'info' } },
      { stream: 'out', entry: { message: 'page start lines recognised', label: recognisedLabel, level: 'info' } },
      { stream: 'out', entry: { message: 'Search index: 2 pages indexed', label: 'probation-inspections:search-index', level: 'info' } },
      { stream: 'out', entry: { message: 'a warning', label: 'build', level: 'warn' } },
    ]);
  });

  it('names the page last started just before an error, so a failed build can say where it stopped', () => {
    const written = logOf([
      ['info', null, '  ├─ /findings/a/index.html'],
      ['info', 'SKIP_FORMAT', ' (+3ms) '],
      ['info', null, '  ├─ /findings/b/index.html'],
      ['error', 'build', 'Caught error rendering /findings/b/: Error: boom'],
      ['error', null, 'a second error line'],
    ]);
    expect(written).toEqual([
      { stream: 'out', entry: { message: 'page start lines recognised', label: recognisedLabel, level: 'info' } },
      { stream: 'out', entry: { message: '  ├─ /findings/b/index.html', label: null, level: 'info' } },
      { stream: 'err', entry: { message: 'Caught error rendering /findings/b/: Error: boom', label: 'build', level: 'error' } },
      { stream: 'err', entry: { message: 'a second error line', label: null, level: 'error' } },
    ]);
  });

  it('writes nothing below the level it is given', () => {
    const written = logOf(
      [
        ['info', 'build', 'info'],
        ['warn', 'build', 'warn'],
      ],
      { level: 'warn' },
    );
    expect(written.map((w) => w.entry)).toEqual([{ message: 'warn', label: 'build', level: 'warn' }]);
  });
});
