import type { OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;
type Io = 'input' | 'output';

/** Where OpenAPI keeps named schemas; zod's single-schema conversion writes `#/$defs/<id>` instead. */
export const COMPONENT_REF = '#/components/schemas/';
const DEFS_REF = '#/$defs/';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Names given to schemas declared outside the API (libs/domain), kept out of zod's global registry. */
const domainNames = new WeakMap<z.core.$ZodType, string>();
const domainById = new Map<string, z.ZodType>();

/**
 * The metadata the OpenAPI conversion reads: zod's global registry (descriptions, examples, the
 * API DTOs' own `.meta({ id })`), plus the component names of the domain's schemas. Those names live
 * only here: the same schema instances serve lvsctl's `schema` command and anything else that
 * converts them, which must keep seeing them unnamed (inline), also in a process that loaded the API.
 */
export const OPENAPI_METADATA = Object.assign(z.registry<Record<string, unknown>>(), {
  get(schema: z.core.$ZodType): Record<string, unknown> | undefined {
    const base = z.globalRegistry.get(schema);
    const id = domainNames.get(schema);
    return id === undefined ? base : { ...base, id };
  },
}) as z.core.$ZodRegistry<Record<string, unknown>>;

/**
 * Names a schema declared outside the API (libs/domain knows nothing of OpenAPI) for the OpenAPI
 * document only, so every use of that very instance becomes a `$ref`. The API's own DTOs say
 * `.meta({ id: 'Deployment' })` where they are declared.
 */
export function nameSchema<S extends z.ZodType>(schema: S, id: string): S {
  const taken = domainById.get(id) ?? z.globalRegistry._idmap.get(id);
  if (taken && taken !== schema) throw new Error(`OpenAPI: the schema id "${id}" is taken by another schema`);
  domainNames.set(schema, id);
  domainById.set(id, schema);
  return schema;
}

/**
 * Turns the named zod schemas of a document into `components.schemas`: every schema with a zod
 * `id` becomes `components.schemas.<id>` and each use of it a `$ref`, so the generated client has
 * `components['schemas']['Deployment']` rather than anonymous copies. zod converts one schema at a
 * time and puts the named ones it meets under that schema's own `$defs`; here they move to the
 * document. What a client sends can differ from what the API answers for one schema (a default
 * makes a field optional in and present out): such an input variant is `<id>Input`; where both
 * directions agree, one component serves both.
 */
class Components {
  readonly schemas = new Map<string, JsonSchema>();
  private readonly names = new Map<string, string>();
  private readonly converting = new Set<string>();

  /** A schema as the document holds it: its `$defs` dropped, `#/$defs/X` refs pointing at components. */
  place(schema: unknown, io: Io): unknown {
    if (!schema || typeof schema !== 'object') return schema;
    const { $defs: _defs, ...rest } = schema as JsonSchema;
    return this.rewrite(rest, io);
  }

  private rewrite(node: unknown, io: Io): unknown {
    if (Array.isArray(node)) return node.map((n) => this.rewrite(n, io));
    if (!node || typeof node !== 'object') return node;
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(DEFS_REF))
        out.$ref = COMPONENT_REF + this.name(decodeURIComponent(value.slice(DEFS_REF.length)), io);
      else out[key] = this.rewrite(value, io);
    }
    return out;
  }

  /** The body of the named schema `id` for one direction, its own nested names already component refs. */
  private body(id: string, io: Io): JsonSchema {
    const schema = (domainById.get(id) ?? z.globalRegistry._idmap.get(id)) as z.ZodType | undefined;
    // zod makes up `__schemaN` names only to break a cycle; the API's DTOs have none.
    if (!schema) throw new Error(`OpenAPI: "${id}" in $defs is not a registered schema id (a cyclic schema needs .meta({ id }))`);
    const json = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io,
      unrepresentable: 'any',
      reused: 'inline',
      metadata: OPENAPI_METADATA,
    }) as JsonSchema;
    const defs = (json.$defs ?? {}) as Record<string, JsonSchema>;
    return this.rewrite(defs[id], io) as JsonSchema;
  }

  private name(id: string, io: Io): string {
    const key = `${io}:${id}`;
    const known = this.names.get(key);
    if (known) return known;
    if (this.converting.has(key)) throw new Error(`OpenAPI: schema "${id}" refers to itself; cyclic DTOs are not supported`);
    this.converting.add(key);
    try {
      const body = this.body(id, io);
      const name = io === 'input' && !sameJson(body, this.body(id, 'output')) ? `${id}Input` : id;
      const existing = this.schemas.get(name);
      // Two different zod schemas under one id would silently take each other's place in the client.
      if (existing && !sameJson(existing, body)) throw new Error(`OpenAPI: two different schemas are named "${name}"; ids must be unique`);
      this.schemas.set(name, body);
      this.names.set(key, name);
      return name;
    } finally {
      this.converting.delete(key);
    }
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

interface MediaMap {
  [type: string]: { schema?: unknown };
}
interface OperationShape {
  parameters?: { schema?: unknown }[];
  requestBody?: { content?: MediaMap };
  responses?: Record<string, { content?: MediaMap }>;
}

/**
 * Moves the named schemas of every operation (request bodies and parameters as input, responses
 * as output) into `components.schemas`, sorted by name. Mutates and returns the document.
 */
export function withNamedComponents(document: OpenAPIObject): OpenAPIObject {
  const components = new Components();
  const paths = document.paths as Record<string, Record<string, unknown>>;
  const content = (media: MediaMap | undefined, io: Io) => {
    for (const m of Object.values(media ?? {})) if (m.schema) m.schema = components.place(m.schema, io);
  };
  for (const item of Object.values(paths)) {
    for (const method of METHODS) {
      const op = item[method] as OperationShape | undefined;
      if (!op) continue;
      for (const p of op.parameters ?? []) if (p.schema) p.schema = components.place(p.schema, 'input');
      content(op.requestBody?.content, 'input');
      for (const r of Object.values(op.responses ?? {})) content(r.content, 'output');
    }
  }
  // Only what the paths reach: naming an input variant converts the output one to compare them.
  const reached = new Map<string, JsonSchema>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const name =
        key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENT_REF) ? value.slice(COMPONENT_REF.length) : null;
      const body = name === null ? undefined : components.schemas.get(name);
      if (name !== null && body && !reached.has(name)) {
        reached.set(name, body);
        visit(body);
      } else if (name === null) visit(value);
    }
  };
  visit(paths);
  const named = [...reached].sort(([a], [b]) => a.localeCompare(b));
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...Object.fromEntries(named) } };
  return document;
}
