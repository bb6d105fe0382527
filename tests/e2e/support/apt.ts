import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Whether Debian's apt-get can install a package here: it exists, and this process runs as root. */
export const canApt = (): boolean => existsSync('/usr/bin/apt-get') && typeof process.getuid === 'function' && process.getuid() === 0;

/** Installs one of Debian's packages with apt-get, saying first what it installs and for what (once per machine). */
export function aptInstall(debianPackage: string, forWhat: string): void {
  console.log(`Installing Debian's ${debianPackage} package with apt-get for ${forWhat} (once per machine)…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', debianPackage], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
