/**
 * Fastify's JSON body parser, as it is by default (secure-json-parse refusing `__proto__`
 * and `constructor.prototype`; an empty or malformed body is the same 400), except that a
 * large body is parsed in pieces (parseJsonInPieces.ts) instead of as one string. Installed
 * on the sync routes, whose school-day bodies are half a megabyte.
 */
import { errorCodes, type FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';
import { parseJsonInPieces } from './parseJsonInPieces';

const PARSE_OPTIONS = { protoAction: 'error', constructorAction: 'error' } as const;

export const secureJsonParse = (text: string): unknown => secureJson.parse(text, undefined, PARSE_OPTIONS);

export function installJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body: Buffer, done) => {
    if (body.length === 0) {
      done(new errorCodes.FST_ERR_CTP_EMPTY_JSON_BODY(), undefined);
      return;
    }
    let value: unknown;
    try {
      value = parseJsonInPieces(body, secureJsonParse);
    } catch {
      done(new errorCodes.FST_ERR_CTP_INVALID_JSON_BODY(), undefined);
      return;
    }
    done(null, value);
  });
}
