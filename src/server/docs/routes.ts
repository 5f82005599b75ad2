/**
 * The API's description: the OpenAPI document at `/api/v1/openapi.json`, and Swagger UI at
 * `/api/docs` to browse it. Swagger UI's files ship inside @fastify/swagger-ui and are
 * served by this server, so the docs work on a school network with no internet.
 * Registered in its own scope: @fastify/swagger only serves our static document and sees
 * no other routes.
 */
import fastifySwagger, { type StaticDocumentSpec } from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import type { OpenApiDocument } from './openApiDocument';

export const OPENAPI_PATH = '/api/v1/openapi.json';
export const DOCS_PATH = '/api/docs';

export async function docsRoutes(app: FastifyInstance, options: { document: OpenApiDocument }): Promise<void> {
  const body = JSON.stringify(options.document);
  app.get(OPENAPI_PATH, async (_request, reply) =>
    reply.header('content-type', 'application/json; charset=utf-8').header('cache-control', 'no-cache').send(body),
  );

  await app.register(fastifySwagger, {
    mode: 'static',
    // Our document is OpenAPI 3.1, which the plugin serves as is; its types only name 2.0 and 3.0.
    specification: { document: options.document as unknown as StaticDocumentSpec['document'] },
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: DOCS_PATH,
    uiConfig: { docExpansion: 'list', deepLinking: false },
    theme: { title: 'Sandyq API' },
  });
}
