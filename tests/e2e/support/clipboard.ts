import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { acquireContentLock, ContentLockedError, type ContentLock } from '../../../src/lib/content-lock';
import { root } from './site';

/** The folder whose lock a test holds while it copies and reads back (the project's one-process-at-a-time lock). */
const lockDir = join(root, '.tmp/clipboard');

/**
 * Runs `use` holding the browser's clipboard. The one Chromium of the run has one clipboard for every tab of every
 * test file, and two files run at once: without this, another file's copy could land between a test's copy and its read
 * (journeys.test.ts's link read back as citations.test.ts's reference). While another test holds it, this one waits (up to
 * half a minute); a lock left by a process that no longer runs is taken over (src/lib/content-lock.ts).
 */
export async function holdingClipboard<T>(use: () => Promise<T>): Promise<T> {
  mkdirSync(lockDir, { recursive: true });
  // A test holds it for a second or so; a lock still held after half a minute is reported as the lock says.
  const giveUp = Date.now() + 30_000;
  let lock: ContentLock | undefined;
  while (!lock) {
    try {
      lock = acquireContentLock(lockDir, { command: 'a browser test reading the clipboard' });
    } catch (error) {
      if (!(error instanceof ContentLockedError) || Date.now() > giveUp) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    return await use();
  } finally {
    lock.release();
  }
}
