import type { ValidateFunction } from 'ajv/dist/2020.js';
import { createSchemaAjv } from './schema-ajv.js';

// The built bundles replace this module with validators precompiled from schemas/ (build.mjs), so a
// run never loads the compiler; tests and tools that run the sources compile here, once per schema.
let ajv: ReturnType<typeof createSchemaAjv> | undefined;

/** The validator of a schema, compiled from the schema object at runtime (once per $id). */
export function compileValidator(schema: object): ValidateFunction {
  ajv ??= createSchemaAjv();
  const id = (schema as { $id?: string }).$id;
  return (id !== undefined ? ajv.getSchema(id) : undefined) ?? ajv.compile(schema);
}
