import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './site';

/** Held while a test copies and reads back: a folder holding the holder's process id. */
const lock = join(root, '.tmp/clipboard.lock');

/** The process id in the lock, or 0 while its holder has not written it yet. */
const holderOf = () => {
  try {
    return Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    return 0;
  }
};

/** Whether a process runs. */
const running = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Runs `use` holding the browser's clipboard. The one Chromium of the run has one clipboard for every tab of every
 * test file, and two files run at once: without this, another file's copy could land between a test's copy and its read
 * (journeys.test.ts's link read back as citations.test.ts's reference). A lock left by a process that no longer runs
 * is taken over.
 */
export async function holdingClipboard<T>(use: () => Promise<T>): Promise<T> {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = holderOf();
      // A holder that has not written its id yet is still taking the lock; one that no longer runs left it.
      if (holder && !running(holder)) rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    return await use();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
