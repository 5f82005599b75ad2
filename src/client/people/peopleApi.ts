/** The head's sign-in administration, one function per server route (see src/sync/peopleMessages.ts). */
import {
  accountListResponseSchema,
  accountResponseSchema,
  auditResponseSchema,
  oneTimePasswordResponseSchema,
  type AccountListResponse,
  type AccountResponse,
  type AuditResponse,
  type CreateLoginRequest,
  type OneTimePasswordResponse,
} from '@/sync/peopleMessages';
import type { Role } from '@/domain/roles';
import { peopleRequest, type PeopleAnswer, type PeopleRequestOptions } from './peopleRequest';

type Answer<T> = Promise<PeopleAnswer<T>>;

export const listAccounts = (o: PeopleRequestOptions) =>
  peopleRequest(o, 'GET', '/people/accounts', accountListResponseSchema) as Answer<AccountListResponse>;
export const readAuditLog = (o: PeopleRequestOptions) => peopleRequest(o, 'GET', '/people/audit', auditResponseSchema) as Answer<AuditResponse>;
export const createLogin = (o: PeopleRequestOptions, request: CreateLoginRequest) =>
  peopleRequest(o, 'POST', '/people/accounts', oneTimePasswordResponseSchema, request) as Answer<OneTimePasswordResponse>;
export const resetPassword = (o: PeopleRequestOptions, userId: string) =>
  peopleRequest(
    o,
    'POST',
    `/people/accounts/${encodeURIComponent(userId)}/password`,
    oneTimePasswordResponseSchema,
  ) as Answer<OneTimePasswordResponse>;
export const setRoles = (o: PeopleRequestOptions, userId: string, roles: Role[]) =>
  peopleRequest(o, 'PUT', `/people/accounts/${encodeURIComponent(userId)}/roles`, accountResponseSchema, { roles }) as Answer<AccountResponse>;
export const disableLogin = (o: PeopleRequestOptions, userId: string) =>
  peopleRequest(o, 'POST', `/people/accounts/${encodeURIComponent(userId)}/disable`, accountResponseSchema) as Answer<AccountResponse>;
export const enableLogin = (o: PeopleRequestOptions, userId: string) =>
  peopleRequest(o, 'POST', `/people/accounts/${encodeURIComponent(userId)}/enable`, accountResponseSchema) as Answer<AccountResponse>;
