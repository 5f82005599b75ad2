/**
 * The API's OpenAPI 3.1 document, served at `/api/v1/openapi.json` and browsable at
 * `/api/docs`. Assembled from one section per resource; bodies' schemas come from the zod
 * schemas the server validates with, so the document cannot drift from the code.
 * A new resource (files, reports) adds its section to API_SECTIONS.
 */
import { appVersion } from '../appVersion';
import { errorBodySchema } from './errorResponses';
import type { JsonSchema, OpenApiSection, PathItem } from './openApiTypes';
import { authSection } from './sections/authSection';
import { bundlesSection } from './sections/bundlesSection';
import { districtSection } from './sections/districtSection';
import { peopleSection } from './sections/peopleSection';
import { filesSection } from './sections/filesSection';
import { healthSection } from './sections/healthSection';
import { linkSection } from './sections/linkSection';
import { syncSection } from './sections/syncSection';

export const API_SECTIONS: readonly OpenApiSection[] = [
  healthSection,
  authSection,
  peopleSection,
  syncSection,
  filesSection,
  bundlesSection,
  linkSection,
  districtSection,
];

export interface OpenApiDocument {
  openapi: string;
  info: Record<string, unknown>;
  tags: Array<{ name: string; description: string }>;
  paths: Record<string, PathItem>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, unknown> };
  security: Array<Record<string, string[]>>;
}

export function buildOpenApiDocument(sections: readonly OpenApiSection[] = API_SECTIONS): OpenApiDocument {
  const paths: Record<string, PathItem> = {};
  const schemas: Record<string, JsonSchema> = { ErrorBody: errorBodySchema };
  for (const section of sections) {
    for (const [path, item] of Object.entries(section.paths)) {
      if (paths[path]) throw new Error(`OpenAPI path ${path} is described twice`);
      paths[path] = item;
    }
    for (const [name, schema] of Object.entries(section.schemas ?? {})) {
      if (schemas[name]) throw new Error(`OpenAPI schema ${name} is described twice`);
      schemas[name] = schema;
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Sandyq API',
      version: appVersion,
      description:
        'The server of Sandyq, the offline-first app for small rural schools. Every error is JSON ' +
        '`{ "error": { "code", "message" } }` with a stable code. Requests carry the session token as ' +
        '`Authorization: Bearer <token>`, never in a URL.',
    },
    tags: sections.map((s) => s.tag),
    paths,
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The token from POST /api/v1/auth/login.' } },
    },
    security: [{ bearer: [] }],
  };
}
