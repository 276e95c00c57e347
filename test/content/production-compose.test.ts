import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadContentSet } from '../../src/lib/content/content-set.ts';
import { finalVersions, tutorialFiles, type TutorialFile } from '../../src/lib/tutorial/tutorial-files.ts';

// Part 6's Compose file holds the production advice of its page; these checks keep them together.
const files = finalVersions(tutorialFiles(loadContentSet('content', 'content')));
const production = files.get('docker-compose.production.yml') as TutorialFile;
const learning = files.get('docker-compose.yml') as TutorialFile;

interface Service {
  image?: string;
  command?: string[] | string;
  ports?: unknown[];
  volumes?: string[];
  secrets?: string[];
  environment?: Record<string, string>;
  deploy?: { placement?: { constraints?: string[] }; update_config?: { order?: string; failure_action?: string } };
}
interface ComposeFile { services: Record<string, Service>; secrets?: Record<string, { external?: boolean; file?: string }>; volumes?: Record<string, unknown> }

const prod = parse(production.text) as ComposeFile;

test('production publishes HTTP and HTTPS on the reverse proxy, and nothing else', () => {
  const published = Object.entries(prod.services).filter(([, s]) => s.ports?.length).map(([name]) => name);
  assert.deepEqual(published, ['proxy'], `${production.where}: only the proxy publishes ports; gunicorn is not on the internet`);
  assert.deepEqual(prod.services.proxy?.ports, ['80:80', '443:443']);
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

test('Caddy serves the domain over HTTPS, passes requests to web, and keeps its certificates', () => {
  const proxy = prod.services.proxy as Service;
  assert.match(proxy.image ?? '', /^caddy:\d/, `${production.where}: the official Caddy image, by major version`);
  const command = ([] as string[]).concat(proxy.command ?? []).join(' ');
  // A host name after --from is what makes Caddy get a certificate and redirect HTTP to HTTPS.
  assert.match(command, /^caddy reverse-proxy --from [a-z0-9.-]+\.[a-z]{2,} --to web:80$/, `${production.where}: ${command}`);
  assert.match(command, /--to web:80\b/, 'to the web service, on the port gunicorn binds in the Dockerfile');
  assert.match((files.get('Dockerfile') as TutorialFile).text, /"--bind", "0\.0\.0\.0:80"/, 'gunicorn listens on port 80 in the image');
  assert.deepEqual(proxy.volumes, ['caddy-data:/data'], 'certificates survive a restart in a named volume');
  assert.ok('caddy-data' in (prod.volumes ?? {}));
  assert.deepEqual(proxy.deploy?.placement?.constraints, ['node.labels.caddy-data == true'], 'on the node that keeps the volume');
});

test('the page labels the nodes that the production file places services on', () => {
  const page = production.where.split(':')[0] as string;
  const source = readFileSync(page, 'utf8');
  for (const [name, s] of Object.entries(prod.services)) {
    for (const c of s.deploy?.placement?.constraints ?? []) {
      const label = /^node\.labels\.([\w-]+) == true$/.exec(c)?.[1];
      if (!label) continue;
      assert.match(source, new RegExp(`docker node update [^\\n]*--label-add ${label}=true`), `${page}: a command adds the label ${label}, which ${name} needs`);
    }
  }
});
