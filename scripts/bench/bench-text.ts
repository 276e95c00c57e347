import type { Prng } from './prng.ts';

// A small Docker-flavoured vocabulary: enough variety for search and gzip to behave as on real prose.
const NOUNS = [
  'container', 'image', 'service', 'stack', 'swarm', 'node', 'volume', 'network', 'registry', 'layer',
  'port', 'host', 'build', 'cache', 'tag', 'replica', 'task', 'manager', 'worker', 'secret',
  'config', 'label', 'endpoint', 'load balancer', 'runtime', 'daemon', 'client', 'socket', 'mount', 'bridge',
  'overlay', 'health check', 'log', 'process', 'file system', 'working directory', 'base image', 'entrypoint',
  'environment variable', 'dependency', 'application', 'database', 'queue', 'proxy', 'cluster', 'machine',
  'deployment', 'rollback', 'update', 'scale', 'limit', 'reservation', 'placement', 'constraint',
] as const;
const VERBS = [
  'build', 'run', 'start', 'stop', 'pull', 'push', 'tag', 'publish', 'scale', 'restart',
  'mount', 'expose', 'copy', 'install', 'inspect', 'remove', 'join', 'leave', 'deploy', 'update',
  'route', 'schedule', 'balance', 'store', 'read', 'write', 'cache', 'name', 'connect', 'isolate',
] as const;

/** "push" → "pushes", "copy" → "copies", "run" → "runs". */
function thirdPerson(verb: string): string {
  if (/(?:sh|ch|s|x)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}
const ADJECTIVES = [
  'small', 'portable', 'isolated', 'running', 'stopped', 'local', 'remote', 'shared', 'private', 'public',
  'new', 'default', 'custom', 'healthy', 'slim', 'official', 'tagged', 'cached', 'detached', 'replicated',
  'persistent', 'temporary', 'internal', 'external', 'declarative', 'reproducible', 'lightweight', 'secure',
] as const;
const ADVERBS = ['quickly', 'once', 'again', 'always', 'only', 'safely', 'automatically', 'in order', 'in parallel', 'by name'] as const;
const JOINERS = ['and then', 'so that', 'because', 'while', 'before', 'after', 'which means', 'but'] as const;

/** Capitalises the first letter of a phrase. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A noun phrase such as "the shared volume". */
export function nounPhrase(rng: Prng): string {
  return `${rng.pick(['the', 'each', 'every', 'your'])} ${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}`;
}

/** One plain sentence of 10 to 25 words, with the odd inline code span. */
export function sentence(rng: Prng): string {
  const clause = () => `${nounPhrase(rng)} ${thirdPerson(rng.pick(VERBS))} ${nounPhrase(rng)} ${rng.pick(ADVERBS)}`;
  let text = clause();
  if (rng.next() < 0.6) text += ` ${rng.pick(JOINERS)} ${clause()}`;
  if (rng.next() < 0.15) text += ` with \`docker ${rng.pick(['run', 'build', 'ps', 'stack deploy', 'service ls', 'swarm init'])}\``;
  return `${capitalize(text)}.`;
}

/** A paragraph of `count` sentences. */
export function paragraph(rng: Prng, count: number): string {
  return Array.from({ length: count }, () => sentence(rng)).join(' ');
}

/** A short title: "Scale the replicated service". */
export function title(rng: Prng): string {
  const verb = rng.pick(['Build', 'Run', 'Scale', 'Deploy', 'Inspect', 'Share', 'Tag', 'Update', 'Secure', 'Connect', 'Debug', 'Publish']);
  return `${verb} the ${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}`;
}

/** A heading for a section; the page de-duplicates repeats. */
export function heading(rng: Prng): string {
  return capitalize(`${rng.pick(['about', 'how to', 'why', 'when to', 'ways to', 'before you'])} ${rng.pick(VERBS)} ${nounPhrase(rng).replace(/^\S+ /, 'the ')}`);
}

/** Words a reader might search for, all present in generated prose. */
export const SEARCH_TERMS: readonly string[] = [
  'container', 'swarm', 'volume', 'registry', 'replica', 'overlay', 'daemon', 'secret', 'rollback', 'placement',
  'entrypoint', 'reservation', 'bridge', 'healthy', 'persistent', 'reproducible', 'detached', 'scales', 'balances', 'isolates', 'webnet',
  'dockerfile',
];
