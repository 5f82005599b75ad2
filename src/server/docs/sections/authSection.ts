/** `/api/v1/auth/*` in the OpenAPI document, from the shared zod schemas of authMessages.ts. */
import { ApiErrorCode } from '@/sync/protocol';
import { loginRequestSchema, loginResponseSchema, meResponseSchema } from '@/sync/authMessages';
import { badRequestResponse, errorResponse, unauthorizedResponse } from '../errorResponses';
import { jsonSchemaOf, ref } from '../jsonSchema';
import type { OpenApiSection } from '../openApiTypes';

const json = (name: string) => ({ 'application/json': { schema: ref(name) } });

export const authSection: OpenApiSection = {
  tag: { name: 'auth', description: 'Sign-in sessions: a bearer token per user and device, valid for weeks offline.' },
  schemas: {
    LoginRequest: jsonSchemaOf(loginRequestSchema, 'input'),
    LoginResponse: jsonSchemaOf(loginResponseSchema),
    MeResponse: jsonSchemaOf(meResponseSchema),
  },
  paths: {
    '/api/v1/auth/login': {
      post: {
        tags: ['auth'],
        operationId: 'signIn',
        summary: 'Sign in on a device',
        description:
          'Checks the password and opens a session for this device (registered with the school). ' +
          'A wrong password and an unknown login get the same answer. Failed sign-ins are limited per ' +
          'account and per address. The token expires after 60 days unused; every use extends it.',
        security: [],
        requestBody: { required: true, content: json('LoginRequest') },
        responses: {
          '200': { description: 'Signed in.', content: json('LoginResponse') },
          '400': badRequestResponse,
          '401': errorResponse('Wrong login or password.', [ApiErrorCode.invalidCredentials]),
          '403': errorResponse('The account is disabled (said only after the right password).', [ApiErrorCode.accountDisabled]),
          '429': {
            ...errorResponse('Too many failed sign-ins for this account or from this address.', [ApiErrorCode.tooManyRequests]),
            headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } },
          },
        },
      },
    },
    '/api/v1/auth/logout': {
      post: {
        tags: ['auth'],
        operationId: 'signOut',
        summary: 'Sign out: revoke the presented token',
        responses: { '204': { description: 'Signed out; the token is refused from now on.' }, '401': unauthorizedResponse },
      },
    },
    '/api/v1/auth/me': {
      get: {
        tags: ['auth'],
        operationId: 'getSignedInUser',
        summary: 'The signed-in user, their school and the schools they may read',
        responses: { '200': { description: 'The session is valid.', content: json('MeResponse') }, '401': unauthorizedResponse },
      },
    },
  },
};
