import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { loadContentSet } from '../../src/lib/content-set.ts';
import { finalVersions, tutorialFiles, type TutorialFile } from '../../src/lib/tutorial-files.ts';

// Part 6's Compose file holds the production advice of its page; these checks keep them together.
const files = finalVersions(tutorialFiles(loadContentSet('content', 'content')));
const production = files.get('docker-compose.production.yml') as TutorialFile;
const learning = files.get('docker-compose.yml') as TutorialFile;

interface Service {
  image?: string;
  ports?: unknown[];
  volumes?: string[];
  secrets?: string[];
  environment?: Record<string, string>;
  command?: string[] | string;
  deploy?: { placement?: { constraints?: string[] }; update_config?: { order?: string; failure_action?: string } };
}
interface ComposeFile { services: Record<string, Service>; secrets?: Record<string, { external?: boolean; file?: string }>; volumes?: Record<string, unknown> }

const prod = parse(production.text) as ComposeFile;

test('production publishes the app and nothing else', () => {
  const published = Object.entries(prod.services).filter(([, s]) => s.ports?.length).map(([name]) => name);
  assert.deepEqual(published, ['web'], `${production.where}: only web publishes a port`);
  assert.deepEqual(prod.services.web?.ports, ['80:80']);
  assert.ok(!('visualizer' in prod.services), `${production.where}: no visualizer in production`);
  const socket = Object.entries(prod.services).filter(([, s]) => s.volumes?.some((v) => v.includes('docker.sock')));
  assert.deepEqual(socket, [], `${production.where}: no service holds the Docker socket`);
});

test('the Redis password is an external Docker secret, read from a file by both services', () => {
  assert.deepEqual(prod.secrets, { redis_password: { external: true } }, `${production.where}: the secret is made outside the file`);
  assert.ok(!/requirepass\s+[^$\s]/.test(production.text), `${production.where}: no password written in the file`);
  for (const name of ['web', 'redis']) assert.deepEqual(prod.services[name]?.secrets, ['redis_password'], `${name} receives the secret`);
  assert.equal(prod.services.web?.environment?.REDIS_PASSWORD_FILE, '/run/secrets/redis_password');
  assert.match((files.get('app.py') as TutorialFile).text, /os\.getenv\("REDIS_PASSWORD_FILE"\)/, 'app.py reads the file REDIS_PASSWORD_FILE names');
  const command = ([] as string[]).concat(prod.services.redis?.command ?? []).join(' ');
  assert.match(command, /redis-server - /, 'Redis reads its configuration, with the password, from standard input');
  assert.match(command, /requirepass \$\$\(cat \/run\/secrets\/redis_password\)/, 'the password comes from the secret file ($$ escapes Compose interpolation)');
});

test('production pins versions and keeps Redis data on a labelled node', () => {
  for (const [name, s] of Object.entries(prod.services)) {
    assert.match(s.image ?? '', /:[^:]+$/, `${name}: the image has a tag`);
    assert.doesNotMatch(s.image ?? '', /:latest$/, `${name}: not the latest tag`);
  }
  assert.deepEqual(prod.services.redis?.volumes, ['redis-data:/data']);
  assert.ok('redis-data' in (prod.volumes ?? {}), 'redis-data is a named volume');
  assert.deepEqual(prod.services.redis?.deploy?.placement?.constraints, ['node.labels.redis-data == true']);
  assert.deepEqual(prod.services.web?.deploy?.update_config, { parallelism: 1, order: 'start-first', failure_action: 'rollback' });
});

test('the learning stack of part 5 keeps Redis unpublished, in a named volume', () => {
  const stack = parse(learning.text) as ComposeFile;
  assert.equal(stack.services.redis?.ports, undefined, `${learning.where}: Redis publishes no port`);
  assert.deepEqual(stack.services.redis?.volumes, ['redis-data:/data'], `${learning.where}: a named volume, no host directory`);
  assert.ok('redis-data' in (stack.volumes ?? {}));
});
