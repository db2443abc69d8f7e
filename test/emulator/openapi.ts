import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import formatsPlugin from 'ajv-formats';

type AddFormats = (ajv: Ajv) => Ajv;
const addFormats = ((formatsPlugin as unknown as { default?: AddFormats }).default ??
  formatsPlugin) as unknown as AddFormats;

interface Operation {
  method: string;
  template: string;
  regex: RegExp;
  params: string[];
  op: Record<string, unknown>;
}

/** A request or response the real API would not accept or send. */
export interface Violation {
  method: string;
  path: string;
  where: 'route' | 'request' | 'response';
  status?: number;
  errors: string;
}

/** Rewrites OpenAPI 3.0 `nullable` into JSON Schema so ajv can check GitHub's description as written. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (k === 'discriminator' || k === 'example' || k === 'examples' || k.startsWith('x-')) continue;
    out[k] = toJsonSchema(v);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else return { anyOf: [{ type: 'null' }, out] };
  } else if (out.nullable === false) delete out.nullable;
  return out;
}

/** GitHub's official OpenAPI description (npm @octokit/openapi), with request and response validators compiled on demand. */
export class OpenApi {
  private readonly ajv: Ajv;
  private readonly operations: Operation[] = [];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor() {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    const spec = JSON.parse(readFileSync(file, 'utf8')) as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
      components: unknown;
    };
    this.ajv = new Ajv({
      strict: false,
      allErrors: false,
      validateSchema: false,
      logger: false,
      allowUnionTypes: true,
    });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'gh', components: toJsonSchema(spec.components) });
    for (const [template, methods] of Object.entries(spec.paths)) {
      const params: string[] = [];
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
        params.push(name);
        // {path} and {basehead} may contain slashes; every other parameter is one segment.
        return name === 'path' || name === 'ref' || name === 'basehead' ? '(.+)' : '([^/]+)';
      });
      for (const [method, op] of Object.entries(methods)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        this.operations.push({
          method: method.toUpperCase(),
          template,
          regex: new RegExp(`^${source}$`),
          params,
          op: toJsonSchema(op) as Record<string, unknown>,
        });
      }
    }
    // Literal routes before templated ones, so /pulls/comments never matches /pulls/{pull_number}.
    this.operations.sort((a, b) => a.params.length - b.params.length || b.template.length - a.template.length);
  }

  /** The operation a request maps to, with its path parameters. */
  match(
    method: string,
    path: string,
  ): { template: string; params: Record<string, string>; op: Record<string, unknown> } | undefined {
    for (const o of this.operations) {
      if (o.method !== method) continue;
      const m = o.regex.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      o.params.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)));
      return { template: o.template, params, op: o.op };
    }
    return undefined;
  }

  private validator(key: string, schema: unknown): ValidateFunction {
    let fn = this.validators.get(key);
    if (!fn) {
      const rewritten = JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"gh#/components/'));
      fn = this.ajv.compile(rewritten);
      this.validators.set(key, fn);
    }
    return fn;
  }

  /** Compiles the validators of these operations now ("METHOD /template" → success status), so that no request waits for a compile. */
  warm(operations: Array<[string, string, number]>): void {
    for (const [method, template, status] of operations) {
      const o = this.operations.find((x) => x.method === method && x.template === template);
      if (!o) throw new Error(`no operation ${method} ${template} in the OpenAPI description`);
      const schema = (o.op.responses as Record<string, { content?: Record<string, { schema?: unknown }> }>)[
        String(status)
      ]?.content?.['application/json']?.schema;
      if (schema) this.validator(`${method} ${template} ${status}`, schema);
      const req = (o.op.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined)?.content?.[
        'application/json'
      ]?.schema;
      if (req) this.validator(`${method} ${template} request`, req);
    }
  }

  /** Errors of a request body against the operation's requestBody schema (undefined when valid). */
  checkRequest(method: string, template: string, op: Record<string, unknown>, body: unknown): string | undefined {
    const schema = (op.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined)?.content?.[
      'application/json'
    ]?.schema;
    if (!schema) return undefined;
    const fn = this.validator(`${method} ${template} request`, schema);
    return fn(body) ? undefined : this.ajv.errorsText(fn.errors);
  }

  /** Errors of a response against the operation's response schema for its status (undefined when valid). */
  checkResponse(
    method: string,
    template: string,
    op: Record<string, unknown>,
    status: number,
    body: unknown,
  ): string | undefined {
    const responses = op.responses as Record<string, { content?: Record<string, { schema?: unknown }> }>;
    const declared = responses[String(status)];
    if (!declared)
      return `status ${status} is not a documented response (documented: ${Object.keys(responses).join(', ')})`;
    const schema = declared.content?.['application/json']?.schema;
    if (!schema) return undefined;
    const fn = this.validator(`${method} ${template} ${status}`, schema);
    return fn(body) ? undefined : this.ajv.errorsText(fn.errors);
  }
}
