/**
 * The SQLite database's schema, as a list of migrations: migration N (from 1) brings a database
 * from `PRAGMA user_version` N - 1 to N, and sets it. A migration, once released, is never edited;
 * a change is a new one appended. docs/sqlite.md describes each version.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: the integration guide's `sessions` and `interactions`, keyed so that a re-run updates rather
  // than adds, with what transcripts add (tools, models, tokens) and tokens and cost by model.
  `
  CREATE TABLE sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL UNIQUE,
    start_timestamp TEXT,
    end_timestamp TEXT,
    project_path TEXT,
    interaction_count INTEGER,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP,
    format TEXT,
    cost_usd REAL,
    updated_at TEXT DEFAULT CURRENT_TIMESTAMP
  );
  CREATE INDEX sessions_start_timestamp ON sessions (start_timestamp);
  CREATE TABLE interactions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL REFERENCES sessions (session_id),
    interaction_id TEXT NOT NULL,
    timestamp TEXT,
    type TEXT,
    content TEXT,
    file TEXT NOT NULL,
    position INTEGER NOT NULL,
    tool TEXT,
    model TEXT,
    agent_id TEXT,
    input_tokens INTEGER,
    output_tokens INTEGER,
    cache_creation_tokens INTEGER,
    cache_read_tokens INTEGER,
    UNIQUE (session_id, interaction_id)
  );
  CREATE INDEX interactions_timestamp ON interactions (timestamp);
  CREATE TABLE session_models (
    session_id TEXT NOT NULL REFERENCES sessions (session_id),
    model TEXT NOT NULL,
    responses INTEGER NOT NULL,
    input_tokens INTEGER NOT NULL,
    output_tokens INTEGER NOT NULL,
    cache_creation_tokens INTEGER NOT NULL,
    cache_read_tokens INTEGER NOT NULL,
    cost_usd REAL,
    PRIMARY KEY (session_id, model)
  );
  PRAGMA user_version = 1;
  `,
]

/** The tables the migrations make: a database at version 0 must hold none of them. */
export const TABLES = ['sessions', 'interactions', 'session_models'] as const
