/**
 * The few OpenAPI 3.1 shapes the document is built from. Kept loose (JSON objects) on
 * purpose: the document is checked by its tests and by the browsable docs, and a full
 * OpenAPI type library would be a dependency for one file's sake.
 */
export type JsonSchema = Record<string, unknown>;
/** An operation; its `operationId` is unique in the document (clients generated from it name their calls by it). */
export type Operation = { operationId: string } & Record<string, unknown>;
export type PathItem = Partial<Record<'get' | 'put' | 'post' | 'delete' | 'patch' | 'head', Operation>> & Record<string, unknown>;

/**
 * One resource's part of the document: its paths (full paths, `/api/v1/...`), its named
 * schemas (under `components.schemas`) and its tag. A new resource (files, reports) adds
 * one section to `API_SECTIONS` in openApiDocument.ts.
 */
export interface OpenApiSection {
  tag: { name: string; description: string };
  paths: Record<string, PathItem>;
  schemas?: Record<string, JsonSchema>;
}
