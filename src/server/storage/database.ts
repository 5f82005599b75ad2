/**
 * The server's one door to its SQL database. Two adapters run the same SQL: PGlite
 * (Postgres in WebAssembly, in-process, under DATA_DIR) is the embedded default so
 * `npm start` needs nothing installed; PostgreSQL (DATABASE_URL) serves a region.
 * Callers never see which one they have.
 */
export interface SqlExecutor {
  /** `params` may hold ArrayParams (arrayParam.ts): each adapter passes an array its own way. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export const DatabaseKind = { pglite: 'pglite', postgres: 'postgres' } as const;
export type DatabaseKind = (typeof DatabaseKind)[keyof typeof DatabaseKind];

export interface Database extends SqlExecutor {
  readonly kind: DatabaseKind;
  /** Runs `fn` in one transaction: all of its writes commit together or none do. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
