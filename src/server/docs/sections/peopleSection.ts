/** `/api/v1/people/*` and `/api/v1/account/password` in the OpenAPI document, from peopleMessages.ts. */
import { ApiErrorCode } from '@/sync/protocol';
import {
  accountListResponseSchema,
  accountResponseSchema,
  auditResponseSchema,
  changePasswordRequestSchema,
  createLoginRequestSchema,
  oneTimePasswordResponseSchema,
  setRolesRequestSchema,
} from '@/sync/peopleMessages';
import { badRequestResponse, errorResponse, unauthorizedResponse } from '../errorResponses';
import { jsonSchemaOf, ref } from '../jsonSchema';
import type { OpenApiSection } from '../openApiTypes';

const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const forbidden = errorResponse('Not the head of this school, a role a head may not give, or a one-time password still to change.', [
  ApiErrorCode.forbidden,
  ApiErrorCode.passwordChangeRequired,
]);
const notFound = errorResponse("No such account or person in this school (another school's look the same).", [ApiErrorCode.notFound]);
const rateLimited = {
  ...errorResponse('Too many changes by this head in the window.', [ApiErrorCode.tooManyRequests]),
  headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } },
};
const userIdParameter = [{ name: 'userId', in: 'path', required: true, schema: { type: 'string' } }];
const change = (operationId: string, summary: string, description: string, ok: string, extra: Record<string, unknown> = {}) => ({
  operationId,
  tags: ['people'],
  summary,
  description,
  parameters: userIdParameter,
  responses: {
    '200': { description: ok, content: json(extra.oneTimePassword ? 'OneTimePasswordResponse' : 'AccountResponse') },
    '401': unauthorizedResponse,
    '403': forbidden,
    '404': notFound,
    '409': errorResponse('Refused for this account.', [ApiErrorCode.conflict]),
    '429': rateLimited,
  },
});

export const peopleSection: OpenApiSection = {
  tag: {
    name: 'people',
    description: 'The head of a school manages the sign-ins of its staff and pupils. Head only; rate-limited; every change audited.',
  },
  schemas: {
    CreateLoginRequest: jsonSchemaOf(createLoginRequestSchema, 'input'),
    SetRolesRequest: jsonSchemaOf(setRolesRequestSchema, 'input'),
    ChangePasswordRequest: jsonSchemaOf(changePasswordRequestSchema, 'input'),
    AccountListResponse: jsonSchemaOf(accountListResponseSchema),
    AccountResponse: jsonSchemaOf(accountResponseSchema),
    OneTimePasswordResponse: jsonSchemaOf(oneTimePasswordResponseSchema),
    AuditResponse: jsonSchemaOf(auditResponseSchema),
  },
  paths: {
    '/api/v1/people/accounts': {
      get: {
        operationId: 'listAccounts',
        tags: ['people'],
        summary: "The sign-ins of the school (not the district's methodologists)",
        responses: { '200': { description: 'The accounts.', content: json('AccountListResponse') }, '401': unauthorizedResponse, '403': forbidden },
      },
      post: {
        operationId: 'createAccount',
        tags: ['people'],
        summary: 'Create a login for a staff member or pupil, with a one-time password',
        description: 'The one-time password is answered once (for the sign-in card) and only its hash is kept; its first use must change it.',
        requestBody: { required: true, content: json('CreateLoginRequest') },
        responses: {
          '200': { description: 'Created.', content: json('OneTimePasswordResponse') },
          '400': badRequestResponse,
          '401': unauthorizedResponse,
          '403': forbidden,
          '404': notFound,
          '409': errorResponse('The login is taken, the person already has one, or has left the school.', [ApiErrorCode.conflict]),
          '429': rateLimited,
        },
      },
    },
    '/api/v1/people/accounts/{userId}/password': {
      post: change('resetPassword', 'Reset a forgotten password', 'A new one-time password; every session of the person is revoked.', 'Reset.', {
        oneTimePassword: true,
      }),
    },
    '/api/v1/people/accounts/{userId}/roles': {
      put: {
        ...change(
          'setRoles',
          'Change roles',
          "Among head, teacher and assistant; a head cannot take away their own head role, nor the school's last.",
          'Changed.',
        ),
        requestBody: { required: true, content: json('SetRolesRequest') },
      },
    },
    '/api/v1/people/accounts/{userId}/disable': {
      post: change('disableAccount', 'Disable a login (staff who left)', "Sign-in refused and every session revoked; never one's own.", 'Disabled.'),
    },
    '/api/v1/people/accounts/{userId}/enable': {
      post: change('enableAccount', 'Enable a login again (a readmitted pupil)', 'Sign-in allowed again.', 'Enabled.'),
    },
    '/api/v1/people/audit': {
      get: {
        operationId: 'readAudit',
        tags: ['people'],
        summary: 'The audit log of sign-in administration, newest first (no passwords)',
        responses: { '200': { description: 'The newest entries.', content: json('AuditResponse') }, '401': unauthorizedResponse, '403': forbidden },
      },
    },
    '/api/v1/account/password': {
      post: {
        operationId: 'changeOwnPassword',
        tags: ['people'],
        summary: "Change one's own password (the only call a one-time password allows)",
        requestBody: { required: true, content: json('ChangePasswordRequest') },
        responses: {
          '204': { description: 'Changed; the account is usable again.' },
          '400': badRequestResponse,
          '401': errorResponse('The current password is wrong, or no valid session.', [ApiErrorCode.invalidCredentials, ApiErrorCode.unauthorized]),
          '429': { ...errorResponse('Too many wrong current passwords.', [ApiErrorCode.tooManyRequests]), headers: rateLimited.headers },
        },
      },
    },
  },
};
