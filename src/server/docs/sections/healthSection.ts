/** `GET /api/v1/health` in the OpenAPI document. */
import type { OpenApiSection } from '../openApiTypes';

export const healthSection: OpenApiSection = {
  tag: { name: 'health', description: 'Liveness, version and server time.' },
  schemas: {
    Health: {
      type: 'object',
      required: ['status', 'version', 'time'],
      properties: {
        status: { const: 'ok' },
        version: { type: 'string' },
        time: { type: 'string', format: 'date-time', description: 'The server clock, to warn a device whose clock is wrong.' },
      },
    },
  },
  paths: {
    '/api/v1/health': {
      get: {
        tags: ['health'],
        operationId: 'getHealth',
        summary: 'Is the server up?',
        security: [],
        description: 'Never touches storage, so it answers even while a migration runs.',
        responses: { '200': { description: 'Up.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Health' } } } } },
      },
    },
  },
};
