import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Finds a Java runtime for the Nu HTML Checker: $JAVA_HOME/bin/java or `java` on the PATH. Where there is
 * none and Debian's apt is usable as root, installs Debian's default-jre-headless first and says so;
 * elsewhere throws one line saying how to get one.
 */
export function findJava(): string {
  const fromHome = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : undefined;
  if (fromHome && existsSync(fromHome)) return fromHome;
  if (spawnSync('java', ['-version']).status === 0) return 'java';
  if (existsSync('/usr/bin/apt-get') && process.getuid?.() === 0) {
    console.log("No Java found: installing Debian's default-jre-headless with apt-get (once per machine)…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'default-jre-headless'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (spawnSync('java', ['-version']).status === 0) return 'java';
  }
  throw new Error('No Java for the Nu HTML Checker: install one (Debian: `apt-get install default-jre-headless`) or set JAVA_HOME.');
}
