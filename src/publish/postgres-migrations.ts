/**
 * The database schema, as an ordered list of versioned migrations (docs/postgres.md). Each
 * version is applied once per database and recorded in `claude_session_report_migrations`; all of
 * them run in the caller's transaction, under an advisory lock, so that two jobs writing to one
 * database at the same time neither race nor see half a schema. A migration is never edited once
 * released: a change to the schema is a new version at the end of the list.
 *
 * Every statement here is fixed text: no value from a log ever reaches it.
 */
import type { ClientBase } from 'pg'

export interface Migration {
  readonly version: number
  /** What it does, recorded with the version. */
  readonly name: string
  readonly apply: (client: ClientBase) => Promise<void>
}

/** The key of the advisory lock every writer of these tables takes first (a fixed bigint). */
export const MIGRATION_LOCK_KEY = '7305128246160711523'

export const MIGRATIONS_TABLE = 'claude_session_report_migrations'

const sql =
  (...statements: string[]) =>
  async (client: ClientBase) => {
    for (const statement of statements) await client.query(statement)
  }

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'the session_logs table of the integration guide, when missing',
    apply: sql(
      `CREATE TABLE IF NOT EXISTS session_logs (
        id SERIAL PRIMARY KEY,
        session_id UUID NOT NULL,
        start_timestamp TIMESTAMPTZ NOT NULL,
        end_timestamp TIMESTAMPTZ,
        project_path TEXT,
        interactions JSONB,
        created_at TIMESTAMPTZ DEFAULT NOW()
      )`,
      'CREATE INDEX IF NOT EXISTS idx_session_logs_start ON session_logs (start_timestamp)',
    ),
  },
  {
    version: 2,
    name: 'one row per session: duplicates moved to session_logs_duplicates, session_id unique',
    apply: async (client) => {
      await sql(
        `ALTER TABLE session_logs
          ADD COLUMN IF NOT EXISTS source_session_id TEXT,
          ADD COLUMN IF NOT EXISTS format TEXT,
          ADD COLUMN IF NOT EXISTS files TEXT[],
          ADD COLUMN IF NOT EXISTS interaction_count INTEGER,
          ADD COLUMN IF NOT EXISTS repository TEXT,
          ADD COLUMN IF NOT EXISTS content_sha256 TEXT,
          ADD COLUMN IF NOT EXISTS updated_at TIMESTAMPTZ`,
        // Rows written by the guide's script before: their id is the only one they have.
        'UPDATE session_logs SET source_session_id = session_id::text WHERE source_session_id IS NULL',
      )(client)
      // The guide's script inserted a row on every import. The newest row of a session (the
      // highest id, the last import) stays; the older ones are moved, not lost.
      const duplicates = await client.query(
        'SELECT 1 FROM session_logs GROUP BY session_id HAVING count(*) > 1 LIMIT 1',
      )
      if (duplicates.rowCount !== 0)
        await sql(
          `CREATE TABLE IF NOT EXISTS session_logs_duplicates
            (LIKE session_logs, moved_at TIMESTAMPTZ NOT NULL DEFAULT NOW())`,
          `WITH ranked AS (
            SELECT id, row_number() OVER (PARTITION BY session_id ORDER BY id DESC) AS rank
            FROM session_logs
          ), moved AS (
            DELETE FROM session_logs AS s USING ranked
            WHERE s.id = ranked.id AND ranked.rank > 1
            RETURNING s.*
          )
          INSERT INTO session_logs_duplicates SELECT moved.*, NOW() FROM moved`,
        )(client)
      await sql(
        'ALTER TABLE session_logs ADD CONSTRAINT session_logs_session_id_key UNIQUE (session_id)',
        // The guide's plain index on session_id is the unique constraint's now.
        'DROP INDEX IF EXISTS idx_session_logs_session_id',
      )(client)
    },
  },
  {
    version: 3,
    name: 'session_model_usage: tokens and cost by model per session',
    apply: sql(
      `CREATE TABLE session_model_usage (
        session_id UUID NOT NULL REFERENCES session_logs (session_id) ON DELETE CASCADE,
        model TEXT NOT NULL,
        responses INTEGER NOT NULL,
        input_tokens BIGINT NOT NULL,
        output_tokens BIGINT NOT NULL,
        cache_creation_5m_tokens BIGINT NOT NULL,
        cache_creation_1h_tokens BIGINT NOT NULL,
        cache_read_tokens BIGINT NOT NULL,
        web_search_requests BIGINT NOT NULL,
        cost_usd NUMERIC(16, 6),
        created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        PRIMARY KEY (session_id, model)
      )`,
    ),
  },
]

/**
 * Applies the migrations the database has not had yet, in order, recording each. Runs inside the
 * caller's transaction, after taking the advisory lock (held until that transaction ends).
 * Returns the versions applied now.
 */
export async function migrate(
  client: ClientBase,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK_KEY])
  await client.query(
    `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
    )`,
  )
  const done = await client.query<{ version: number }>(`SELECT version FROM ${MIGRATIONS_TABLE}`)
  const applied = new Set(done.rows.map((row) => row.version))
  const now: number[] = []
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue
    await migration.apply(client)
    await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (version, name) VALUES ($1, $2)`, [
      migration.version,
      migration.name,
    ])
    now.push(migration.version)
  }
  return now
}
