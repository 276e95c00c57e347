import { spawnSync } from 'node:child_process';
import type { TestContext } from 'node:test';
import assert from 'node:assert/strict';

/** How to get a Docker CLI that reads the tutorial's Compose files, for the line a skipped test prints. */
export const DOCKER_SETUP =
  'Install the Docker CLI 23.0 or newer (Docker Desktop, or the `docker-ce-cli` package from Docker\'s repository: https://docs.docker.com/engine/install/); no daemon is needed. Debian\'s own `docker.io` package is too old: it requires a `version` line.';

// Version 23.0 is the first whose `docker stack` reads Compose files without `version`.
const MIN_MAJOR = 23;

/** The `docker` command when its client is recent enough, or what is wrong with it. */
export function findDocker(): { docker: string } | { missing: string } {
  const docker = process.env.DOCKER_CLI ?? 'docker';
  // The client's version needs no daemon; `docker version` would fail without one.
  const r = spawnSync(docker, ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return { missing: `no Docker CLI (\`${docker} --version\`: ${r.error ? 'not found' : r.stderr.trim()})` };
  const major = Number(/version (\d+)\./.exec(r.stdout)?.[1] ?? 0);
  if (major < MIN_MAJOR) return { missing: `the Docker CLI is too old (${r.stdout.trim()})` };
  return { docker };
}

/**
 * A Docker CLI for this test, or none: on a developer's machine a missing CLI skips the test
 * with one line saying how to install it; under CI it fails the test.
 */
export function dockerOrSkip(t: TestContext): string | null {
  const found = findDocker();
  if ('docker' in found) return found.docker;
  const line = `${found.missing}. ${DOCKER_SETUP}`;
  if (process.env.CI) assert.fail(`CI is set, so this test may not be skipped: ${line}`);
  t.skip(line);
  return null;
}
