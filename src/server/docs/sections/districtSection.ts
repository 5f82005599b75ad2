/** `/api/v1/district/*` (a district methodologist's view across schools) in the OpenAPI document. */
import { ApiErrorCode } from '@/sync/protocol';
import { overviewAnswerSchema } from '@/server/district/overviewMessage';
import { errorResponse, unauthorizedResponse } from '../errorResponses';
import { jsonSchemaOf, ref } from '../jsonSchema';
import type { OpenApiSection } from '../openApiTypes';

export const districtSection: OpenApiSection = {
  tag: {
    name: 'district',
    description:
      "A district methodologist's figures across the schools of their district: counts behind үлгерім, білім сапасы and attendance, each school's last sync and link. Never a pupil.",
  },
  schemas: { DistrictOverview: jsonSchemaOf(overviewAnswerSchema) },
  paths: {
    '/api/v1/district/overview': {
      get: {
        tags: ['district'],
        operationId: 'districtOverview',
        summary: "Every school of the methodologist's district, by grade, language, shift, subject and quarter",
        parameters: [
          {
            name: 'year',
            in: 'query',
            required: false,
            description: 'The academic year by the calendar year it starts in; default the latest begun.',
            schema: { type: 'integer', minimum: 2000, maximum: 2100 },
          },
        ],
        responses: {
          '200': { description: 'The overview.', content: { 'application/json': { schema: ref('DistrictOverview') } } },
          '400': errorResponse('An unknown query parameter, or a year that is not one.', [ApiErrorCode.badRequest]),
          '401': unauthorizedResponse,
          '403': errorResponse("Not a district's methodologist.", [ApiErrorCode.forbidden, ApiErrorCode.passwordChangeRequired]),
        },
      },
    },
  },
};
