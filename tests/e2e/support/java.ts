import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { aptInstall, canApt } from './apt';

/**
 * Finds a Java runtime for the Nu HTML Checker: $JAVA_HOME/bin/java or `java` on the PATH. Where there is
 * none and Debian's apt is usable as root, installs Debian's default-jre-headless first and says so;
 * elsewhere throws one line saying how to get one.
 */
export function findJava(): string {
  const fromHome = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : undefined;
  if (fromHome && existsSync(fromHome)) return fromHome;
  if (spawnSync('java', ['-version']).status === 0) return 'java';
  if (canApt()) {
    aptInstall('default-jre-headless', 'the HTML check');
    if (spawnSync('java', ['-version']).status === 0) return 'java';
  }
  throw new Error('No Java for the Nu HTML Checker: install one (Debian: `apt-get install default-jre-headless`) or set JAVA_HOME.');
}
