import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parseDocument } from 'yaml';

/**
 * Validates Compose files against the Compose Specification's JSON schema. The schema file is
 * the one the `dclint` package ships (`schemas/compose.schema.json`, taken from compose-spec);
 * updating that package updates the schema.
 */

let validator: ValidateFunction | null = null;

/** Path of the Compose Specification schema on disk. */
export function composeSchemaPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('dclint/package.json')), 'schemas', 'compose.schema.json');
}

function compiled(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(composeSchemaPath(), 'utf8')) as Record<string, unknown>;
    // The file names draft-07 by an https address Ajv does not register; draft-07 is Ajv's own.
    delete schema['$schema'];
    // The schema names formats (such as `duration`) that Ajv does not know; they are not checked.
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    validator = ajv.compile(schema);
  }
  return validator;
}

/** Parses a Compose file as YAML and checks it against the schema; returns readable problems. */
export function validateCompose(source: string): string[] {
  const doc = parseDocument(source, { prettyErrors: true });
  if (doc.errors.length > 0) return doc.errors.map((e) => `YAML: ${e.message}`);
  const validate = compiled();
  if (validate(doc.toJS())) return [];
  return (validate.errors ?? []).map((e) => {
    const extra = e.keyword === 'additionalProperties' ? ` (\`${String(e.params['additionalProperty'])}\`)` : '';
    return `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${extra}`;
  });
}
