export const id = 19;
export const ids = [19,758];
export const modules = {

/***/ 7758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  databaseRecords: () => (/* binding */ databaseRecords),
  r: () => (/* binding */ storableJson),
  w: () => (/* binding */ withInteractions)
});

// EXTERNAL MODULE: ./src/log-text.ts
var log_text = __webpack_require__(3529);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/session-uuid.ts
/**
 * A session id as a UUID, for a database column of type `uuid`. Transcripts' ids are UUIDs; a
 * session-recorder log's id may be any text, so such an id is mapped to a name-based UUID
 * (version 5, RFC 9562) in a namespace of the action's own: stable across runs and machines, and
 * reproducible in SQL with `uuid_generate_v5` (extension `uuid-ossp`). Pure.
 */

/** The namespace of the version 5 UUIDs made from session ids that are not UUIDs. */
const SESSION_ID_NAMESPACE = 'b8772bf5-ef40-4bb2-9ef5-a1d8ec3b452a';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The id itself, in lower case, when it is a UUID; otherwise its version 5 UUID. */
function sessionUuid(sessionId) {
    return UUID.test(sessionId) ? sessionId.toLowerCase() : uuidV5(SESSION_ID_NAMESPACE, sessionId);
}
/** A version 5 UUID: SHA-1 of the namespace's 16 bytes and the name's UTF-8 bytes. */
function uuidV5(namespace, name) {
    const hash = (0,external_node_crypto_.createHash)('sha1')
        .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
        .update(name, 'utf8')
        .digest();
    hash[6] = (hash[6] & 0x0f) | 0x50;
    hash[8] = (hash[8] & 0x3f) | 0x80;
    const hex = hash.subarray(0, 16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

;// CONCATENATED MODULE: ./src/publish/postgres-records.ts


/**
 * The records of every session of the analysis. A session needs a start (`start_timestamp` is
 * `NOT NULL`): one without a time PostgreSQL can store is left out, and so is a session whose id
 * gives the UUID of another (ids that differ only in the case of a UUID's letters).
 */
function databaseRecords(analysis, outcomes, repository) {
    const projectPaths = new Map();
    for (const outcome of outcomes)
        if (outcome.ok && outcome.digest.projectPath !== null)
            projectPaths.set(`${outcome.digest.sessionId}\n${outcome.path}`, outcome.digest.projectPath);
    const sessions = [];
    const models = [];
    const skipped = [];
    const taken = new Map();
    for (const session of analysis.sessions.toSorted((a, b) => compare(a.sessionId, b.sessionId))) {
        const start = storableTime(session.firstActivity);
        if (start === null) {
            skipped.push(`session ${(0,log_text/* quoted */.T)(session.sessionId)}: no start time PostgreSQL can store`);
            continue;
        }
        const uuid = sessionUuid(session.sessionId);
        const holder = taken.get(uuid);
        if (holder !== undefined) {
            skipped.push(`session ${(0,log_text/* quoted */.T)(session.sessionId)}: the same UUID as session ${(0,log_text/* quoted */.T)(holder)}`);
            continue;
        }
        taken.set(uuid, session.sessionId);
        sessions.push({
            session_id: uuid,
            source_session_id: session.sessionId,
            start_timestamp: start,
            end_timestamp: storableTime(session.lastActivity),
            project_path: projectPathOf(session, projectPaths),
            format: session.format,
            files: session.paths,
            repository,
        });
        for (const usage of session.usage?.models ?? [])
            models.push({
                session_id: uuid,
                model: usage.model,
                responses: usage.responses,
                input_tokens: usage.tokens.input,
                output_tokens: usage.tokens.output,
                cache_creation_5m_tokens: usage.tokens.cacheWrite5m,
                cache_creation_1h_tokens: usage.tokens.cacheWrite1h,
                cache_read_tokens: usage.tokens.cacheRead,
                web_search_requests: usage.tokens.webSearches,
                cost_usd: usage.costUsd,
            });
    }
    return { sessions, models, skipped };
}
/**
 * Each session with its interaction rows, one session at a time. The rows come ordered by session
 * id (as `interactionRows` gives them), so one pass pairs them with the sessions, ordered alike,
 * holding one session's rows at a time; rows of a session not written are passed over.
 */
async function* withInteractions(sessions, rows) {
    let next = 0;
    let own = [];
    let previous = null;
    const record = (meta) => {
        const interactions = own;
        own = [];
        return { ...meta, interaction_count: interactions.length, interactions };
    };
    for await (const row of rows) {
        if (previous !== null && compare(row.session_id, previous) < 0)
            throw new Error('the interaction rows do not come in the order of their session ids');
        previous = row.session_id;
        while (next < sessions.length && compare(sessions[next].source_session_id, row.session_id) < 0)
            yield record(sessions[next++]);
        if (next < sessions.length && sessions[next].source_session_id === row.session_id)
            own.push(row);
    }
    while (next < sessions.length)
        yield record(sessions[next++]);
}
/** The first project path among the session's files, in their order (main file first). */
function projectPathOf(session, projectPaths) {
    for (const file of session.paths) {
        const found = projectPaths.get(`${session.sessionId}\n${file}`);
        if (found !== undefined)
            return found;
    }
    return null;
}
/** An ISO 8601 time of year 1 to 9999 (PostgreSQL refuses year 0 and years of six digits). */
function storableTime(time) {
    return time !== null && /^(?!0000)\d{4}-/.test(time) && !Number.isNaN(Date.parse(time))
        ? time
        : null;
}
/**
 * JSON for a `jsonb` or text parameter. PostgreSQL's text and `jsonb` hold neither NUL nor half a
 * surrogate pair: NUL is dropped (the redactor drops it from log text already) and a lone
 * surrogate becomes U+FFFD, in every string.
 */
function storableJson(value) {
    return JSON.stringify(value, (_key, item) => typeof item === 'string' ? item.replace(UNSTORABLE, replacement) : item);
}
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const replacement = (char) => (char === '\0' ? '' : '\uFFFD');
/** Code-unit order, as the interaction rows are sorted. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 7019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeToPostgres: () => (/* binding */ writeToPostgres)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(3849);
// EXTERNAL MODULE: ./node_modules/pg-connection-string/esm/index.mjs
var pg_connection_string_esm = __webpack_require__(984);
;// CONCATENATED MODULE: ./src/publish/postgres-migrations.ts
/** The key of the advisory lock every writer of these tables takes first (a fixed bigint). */
const MIGRATION_LOCK_KEY = '7305128246160711523';
const MIGRATIONS_TABLE = 'claude_session_report_migrations';
const sql = (...statements) => async (client) => {
    for (const statement of statements)
        await client.query(statement);
};
const MIGRATIONS = [
    {
        version: 1,
        name: 'the session_logs table of the integration guide, when missing',
        apply: sql(`CREATE TABLE IF NOT EXISTS session_logs (
        id SERIAL PRIMARY KEY,
        session_id UUID NOT NULL,
        start_timestamp TIMESTAMPTZ NOT NULL,
        end_timestamp TIMESTAMPTZ,
        project_path TEXT,
        interactions JSONB,
        created_at TIMESTAMPTZ DEFAULT NOW()
      )`, 'CREATE INDEX IF NOT EXISTS idx_session_logs_start ON session_logs (start_timestamp)'),
    },
    {
        version: 2,
        name: 'one row per session: duplicates moved to session_logs_duplicates, session_id unique',
        apply: async (client) => {
            await sql(`ALTER TABLE session_logs
          ADD COLUMN IF NOT EXISTS source_session_id TEXT,
          ADD COLUMN IF NOT EXISTS format TEXT,
          ADD COLUMN IF NOT EXISTS files TEXT[],
          ADD COLUMN IF NOT EXISTS interaction_count INTEGER,
          ADD COLUMN IF NOT EXISTS repository TEXT,
          ADD COLUMN IF NOT EXISTS content_sha256 TEXT,
          ADD COLUMN IF NOT EXISTS updated_at TIMESTAMPTZ`, 
            // Rows written by the guide's script before: their id is the only one they have.
            'UPDATE session_logs SET source_session_id = session_id::text WHERE source_session_id IS NULL')(client);
            // The guide's script inserted a row on every import. The newest row of a session (the
            // highest id, the last import) stays; the older ones are moved, not lost.
            const duplicates = await client.query('SELECT 1 FROM session_logs GROUP BY session_id HAVING count(*) > 1 LIMIT 1');
            if (duplicates.rowCount !== 0)
                await sql(`CREATE TABLE IF NOT EXISTS session_logs_duplicates
            (LIKE session_logs, moved_at TIMESTAMPTZ NOT NULL DEFAULT NOW())`, `WITH ranked AS (
            SELECT id, row_number() OVER (PARTITION BY session_id ORDER BY id DESC) AS rank
            FROM session_logs
          ), moved AS (
            DELETE FROM session_logs AS s USING ranked
            WHERE s.id = ranked.id AND ranked.rank > 1
            RETURNING s.*
          )
          INSERT INTO session_logs_duplicates SELECT moved.*, NOW() FROM moved`)(client);
            await sql('ALTER TABLE session_logs ADD CONSTRAINT session_logs_session_id_key UNIQUE (session_id)', 
            // The guide's plain index on session_id is the unique constraint's now.
            'DROP INDEX IF EXISTS idx_session_logs_session_id')(client);
        },
    },
    {
        version: 3,
        name: 'session_model_usage: tokens and cost by model per session',
        apply: sql(`CREATE TABLE session_model_usage (
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
      )`),
    },
];
/**
 * Applies the migrations the database has not had yet, in order, recording each. Runs inside the
 * caller's transaction, after taking the advisory lock (held until that transaction ends).
 * Returns the versions applied now.
 */
async function migrate(client, migrations = MIGRATIONS) {
    await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
    )`);
    const done = await client.query(`SELECT version FROM ${MIGRATIONS_TABLE}`);
    const applied = new Set(done.rows.map((row) => row.version));
    const now = [];
    for (const migration of migrations) {
        if (applied.has(migration.version))
            continue;
        await migration.apply(client);
        await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (version, name) VALUES ($1, $2)`, [
            migration.version,
            migration.name,
        ]);
        now.push(migration.version);
    }
    return now;
}

// EXTERNAL MODULE: ./src/publish/postgres-url.ts
var postgres_url = __webpack_require__(9384);
// EXTERNAL MODULE: ./src/publish/postgres-records.ts + 1 modules
var postgres_records = __webpack_require__(7758);
;// CONCATENATED MODULE: ./src/publish/postgres.ts
/**
 * Writes the sessions to PostgreSQL (docs/postgres.md): the integration guide's `session_logs`
 * table, one row per session, and `session_model_usage`, tokens and cost by model per session.
 * Everything is written in one transaction, after the schema's migrations, as inserts that update
 * a row only when something in it changed: a run on the same logs changes nothing, a session whose
 * log grew is updated. Values only ever travel as query parameters.
 *
 * A server that cannot be reached, or refuses the login, gives a reason naming the host, port and
 * database, never the password: the caller decides whether that is a warning or a failure.
 */






/**
 * Connects, migrates and writes the records, each session with its interaction rows, in one
 * transaction; or, on any error, rolls back and says why. Never throws.
 */
async function writeToPostgres(url, records, rows, options = {}) {
    const secrets = (0,postgres_url/* connectionSecrets */.K)(url);
    const hide = (text) => secrets.reduce((shown, secret) => shown.split(secret).join('***'), text);
    const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
    let client;
    try {
        const config = pg_connection_string_esm/* default.parseIntoClientConfig */.Ay.parseIntoClientConfig(url);
        const password = typeof config.password === 'string' ? config.password : '';
        const statementTimeout = options.statementTimeoutMs ?? 120_000;
        client = new esm/* default.Client */.Ay.Client({
            ...config,
            // Given as a function so that no password file (~/.pgpass) is read in place of one.
            password: () => password || process.env.PGPASSWORD || '',
            connectionTimeoutMillis: connectTimeoutMs,
            statement_timeout: statementTimeout,
            query_timeout: statementTimeout + 5_000,
            application_name: 'claude-session-report',
        });
    }
    catch (error) {
        return {
            ok: false,
            target: null,
            reason: hide(`the URL could not be read: ${reasonOf(error)}`),
        };
    }
    const target = {
        host: client.host,
        port: client.port,
        database: client.database ?? client.user ?? '',
    };
    // An error on an idle connection is an event: without a listener it would end the process.
    client.on('error', () => { });
    try {
        await client.connect();
    }
    catch (error) {
        await client.end().catch(() => { });
        const reason = reasonOf(error);
        const shown = /timeout/i.test(reason)
            ? `could not connect within ${connectTimeoutMs / 1000} s (${reason})`
            : `could not connect: ${reason}`;
        return { ok: false, target, reason: hide(shown) };
    }
    try {
        await client.query('BEGIN');
        const migrations = await migrate(client);
        const sessions = await writeSessions(client, (0,postgres_records/* withInteractions */.w)(records.sessions, rows));
        const models = await writeModels(client, records);
        await client.query('COMMIT');
        return { ok: true, target, migrations, sessions, models };
    }
    catch (error) {
        await client.query('ROLLBACK').catch(() => { });
        return { ok: false, target, reason: hide(`nothing was written: ${reasonOf(error)}`) };
    }
    finally {
        await client.end().catch(() => { });
    }
}
function reasonOf(error) {
    if (!(error instanceof Error))
        return String(error);
    const code = error.code;
    return typeof code === 'string' && !error.message.includes(code)
        ? `${error.message} (${code})`
        : error.message;
}
/** Sessions per statement, and the JSON they may add up to: bounds one statement's size. */
const BATCH_SESSIONS = 200;
const BATCH_BYTES = 16 * 1024 * 1024;
/**
 * The sessions, in batches: the digests stored for a batch are read first, and only the sessions
 * whose digest differs (new, grown, or written by someone else) are sent, so that a run on the same
 * logs sends no interactions at all.
 */
async function writeSessions(client, sessions) {
    let counts = NONE;
    let batch = [];
    let bytes = 0;
    const flush = async () => {
        if (batch.length > 0)
            counts = add(counts, await writeSessionBatch(client, batch));
        batch = [];
        bytes = 0;
    };
    for await (const session of sessions) {
        const json = (0,postgres_records/* storableJson */.r)(session);
        const sha256 = (0,external_node_crypto_.createHash)('sha256').update(json).digest('hex');
        if (batch.length === BATCH_SESSIONS || (batch.length > 0 && bytes + json.length > BATCH_BYTES))
            await flush();
        batch.push({ sessionId: session.session_id, json, sha256 });
        bytes += json.length;
    }
    await flush();
    return counts;
}
async function writeSessionBatch(client, batch) {
    const stored = await client.query('SELECT session_id::text, content_sha256 FROM session_logs WHERE session_id = ANY ($1::uuid[])', [batch.map((session) => session.sessionId)]);
    const digests = new Map(stored.rows.map((row) => [row.session_id, row.content_sha256]));
    const changed = batch.filter((session) => digests.get(session.sessionId) !== session.sha256);
    if (changed.length === 0)
        return { ...NONE, unchanged: batch.length };
    // The digest joins the record as one more column (a record's JSON is an object: it ends in `}`).
    const records = changed.map((session) => `${session.json.slice(0, -1)},"content_sha256":"${session.sha256}"}`);
    const json = `[${records.join(',')}]`;
    const written = await client.query(UPSERT_SESSIONS, [json]);
    const inserted = written.rows.filter((row) => row.inserted).length;
    return {
        inserted,
        updated: written.rows.length - inserted,
        unchanged: batch.length - written.rows.length,
    };
}
/**
 * Every model of every session written, and the removal of the models a session no longer shows
 * (a price table that renames a model, say). Small: sent whole, compared column by column.
 */
async function writeModels(client, records) {
    const kept = new Map();
    for (const session of records.sessions)
        kept.set(session.session_id, []);
    for (const model of records.models)
        kept.get(model.session_id)?.push(model.model);
    let deleted = 0;
    const stale = [...kept].map(([session_id, models]) => ({ session_id, models }));
    for (const batch of chunks(stale, BATCH_SESSIONS))
        deleted += (await client.query(DELETE_STALE_MODELS, [(0,postgres_records/* storableJson */.r)(batch)])).rowCount ?? 0;
    let counts = NONE;
    for (const batch of chunks(records.models, BATCH_SESSIONS)) {
        const written = await client.query(UPSERT_MODELS, [(0,postgres_records/* storableJson */.r)(batch)]);
        const inserted = written.rows.filter((row) => row.inserted).length;
        counts = add(counts, {
            inserted,
            updated: written.rows.length - inserted,
            unchanged: batch.length - written.rows.length,
        });
    }
    return { ...counts, deleted };
}
function chunks(items, size) {
    const result = [];
    for (let start = 0; start < items.length; start += size)
        result.push(items.slice(start, start + size));
    return result;
}
function add(a, b) {
    return {
        inserted: a.inserted + b.inserted,
        updated: a.updated + b.updated,
        unchanged: a.unchanged + b.unchanged,
    };
}
const NONE = { inserted: 0, updated: 0, unchanged: 0 };
/**
 * An upsert of a batch given as one JSON array parameter ($1), read into typed columns by
 * `jsonb_to_recordset`; a row already there is updated only when `changed` (SQL over `t`, the row
 * stored, and `EXCLUDED`, the row sent) holds. Made from the constant column lists below only.
 */
function upsert(table, key, columns, changed) {
    const names = columns.map(([name]) => name);
    const all = [...key, ...columns].map(([name]) => name);
    return `INSERT INTO ${table} AS t (${all.join(', ')}, updated_at)
    SELECT ${all.map((name) => `x.${name}`).join(', ')}, NOW()
    FROM jsonb_to_recordset($1::jsonb) AS x(${[...key, ...columns].map(([name, type]) => `${name} ${type}`).join(', ')})
    ON CONFLICT (${key.map(([name]) => name).join(', ')}) DO UPDATE SET
      ${names.map((name) => `${name} = EXCLUDED.${name}`).join(', ')}, updated_at = NOW()
    WHERE ${changed}
    RETURNING (xmax = 0) AS inserted`;
}
const UPSERT_SESSIONS = upsert('session_logs', [['session_id', 'uuid']], [
    ['source_session_id', 'text'],
    ['start_timestamp', 'timestamptz'],
    ['end_timestamp', 'timestamptz'],
    ['project_path', 'text'],
    ['format', 'text'],
    ['files', 'text[]'],
    ['repository', 'text'],
    ['interaction_count', 'integer'],
    ['interactions', 'jsonb'],
    ['content_sha256', 'text'],
], 't.content_sha256 IS DISTINCT FROM EXCLUDED.content_sha256');
const MODEL_COLUMNS = [
    ['responses', 'integer'],
    ['input_tokens', 'bigint'],
    ['output_tokens', 'bigint'],
    ['cache_creation_5m_tokens', 'bigint'],
    ['cache_creation_1h_tokens', 'bigint'],
    ['cache_read_tokens', 'bigint'],
    ['web_search_requests', 'bigint'],
    ['cost_usd', 'numeric(16, 6)'],
];
const UPSERT_MODELS = upsert('session_model_usage', [
    ['session_id', 'uuid'],
    ['model', 'text'],
], MODEL_COLUMNS, `(${MODEL_COLUMNS.map(([name]) => `t.${name}`).join(', ')})
    IS DISTINCT FROM (${MODEL_COLUMNS.map(([name]) => `EXCLUDED.${name}`).join(', ')})`);
/** A session's stored models that are not among those it has now. */
const DELETE_STALE_MODELS = `DELETE FROM session_model_usage AS u
  USING jsonb_to_recordset($1::jsonb) AS x(session_id uuid, models text[])
  WHERE u.session_id = x.session_id AND u.model <> ALL (x.models)`;


/***/ })

};
