export const id = 934;
export const ids = [934];
export const modules = {

/***/ 3934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sessionRecords: () => (/* binding */ sessionRecords),
  writeSqlite: () => (/* binding */ writeSqlite)
});

// EXTERNAL MODULE: external "node:sqlite"
var external_node_sqlite_ = __webpack_require__(99);
// EXTERNAL MODULE: ./src/publish/files.ts
var files = __webpack_require__(7791);
;// CONCATENATED MODULE: ./src/publish/sqlite-schema.ts
/**
 * The SQLite database's schema, as a list of migrations: migration N (from 1) brings a database
 * from `PRAGMA user_version` N - 1 to N, and sets it. A migration, once released, is never edited;
 * a change is a new one appended. docs/sqlite.md describes each version.
 */
const MIGRATIONS = [
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
];
/** The tables the migrations make: a database at version 0 must hold none of them. */
const TABLES = ['sessions', 'interactions', 'session_models'];

;// CONCATENATED MODULE: ./src/publish/sqlite.ts
/**
 * The `sqlite-file`: the sessions and interactions of every run kept in one SQLite database in
 * the workspace (for `actions/upload-artifact` or `actions/cache`), created or brought up to date
 * with Node's built-in `node:sqlite`. Every value goes in as a parameter of a prepared statement;
 * the only SQL text is this module's and the schema's own.
 *
 * A run is one transaction: sessions keyed by `session_id`, interactions by (`session_id`,
 * `interaction_id` = `<file>#<position>`), tokens and cost by (`session_id`, `model`). A row is
 * updated only when one of its values differs, and inserted only when it is not there, so a
 * re-run on the same logs changes nothing (not even an id or a time of update), and a session
 * whose log grew is updated. Rows of a file past its current
 * end (a log rewritten shorter) are removed; sessions whose logs are gone are kept, as history.
 */



/** How long a statement waits for a database another process holds locked, in milliseconds. */
const BUSY_TIMEOUT_MS = 5000;
/**
 * The sessions of an analysis as rows: start and end from their files' first and last activity
 * (the end left null while a recorder session is not finalized), the project path of their first
 * file that names one. Pure.
 */
function sessionRecords(analysis, outcomes) {
    const projects = new Map();
    const byPath = outcomes
        .filter((outcome) => outcome.ok)
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const { digest } of byPath)
        if (digest.projectPath !== null && !projects.has(digest.sessionId))
            projects.set(digest.sessionId, digest.projectPath);
    return analysis.sessions.map((session) => ({
        sessionId: session.sessionId,
        format: session.format,
        start: session.firstActivity,
        end: session.format === 'session-recorder' && session.durationMs === null
            ? null
            : session.lastActivity,
        projectPath: projects.get(session.sessionId) ?? null,
        costUsd: session.usage?.costUsd ?? null,
        models: (session.usage?.models ?? []).map((usage) => ({
            model: usage.model,
            responses: usage.responses,
            input: usage.tokens.input,
            output: usage.tokens.output,
            cacheCreation: usage.tokens.cacheWrite5m + usage.tokens.cacheWrite1h,
            cacheRead: usage.tokens.cacheRead,
            costUsd: usage.costUsd,
        })),
    }));
}
/**
 * Creates or updates the database at a path relative to the workspace (inside it, as every file
 * the action writes: no link at the path, no linked folder leading out). `incompleteFiles` names
 * the files whose rows were not all read (filled while `rows` is read): their rows past the end
 * are kept. Never throws: a database that cannot be written (locked, not a database, made by a
 * newer version) is a reason, and nothing of the run is kept in it.
 */
async function writeSqlite(workspace, file, data) {
    const target = await (0,files/* workspaceTarget */.HU)(workspace, file);
    if (!target.ok)
        return target;
    let db;
    try {
        db = new external_node_sqlite_.DatabaseSync(target.path, { timeout: BUSY_TIMEOUT_MS });
    }
    catch (error) {
        return { ok: false, reason: reasonOf(error) };
    }
    try {
        // Taken at once, so that a database locked by another writer fails here, before any work.
        db.exec('BEGIN IMMEDIATE');
        try {
            migrate(db);
            const counts = await update(db, data);
            db.exec('COMMIT');
            return { ok: true, path: target.path, ...counts };
        }
        catch (error) {
            db.exec('ROLLBACK');
            throw error;
        }
    }
    catch (error) {
        return { ok: false, reason: reasonOf(error) };
    }
    finally {
        db.close();
    }
}
/** Brings the schema to the latest version, or says why it cannot. */
function migrate(db) {
    const { user_version: version } = db.prepare('PRAGMA user_version').get();
    if (version > MIGRATIONS.length)
        throw new Refused(`it was made by a newer version of the action (schema version ${version}; this one knows up to ${MIGRATIONS.length})`);
    if (version === 0) {
        const present = db
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (SELECT value FROM json_each(?))")
            .all(JSON.stringify(TABLES))
            .map((row) => String(row.name));
        if (present.length > 0)
            throw new Refused(`it holds tables the action did not make (${present.join(', ')}, schema version 0); name a new file`);
    }
    for (const migration of MIGRATIONS.slice(version))
        db.exec(migration);
}
async function update(db, data) {
    // An update where a row is there, else an insert: an upsert that finds its row would still use
    // up an AUTOINCREMENT id, and a re-run would change the database.
    const updateSession = db.prepare(`
    UPDATE sessions SET
      start_timestamp = :start,
      end_timestamp = :end,
      project_path = :project,
      format = :format,
      cost_usd = :cost,
      updated_at = CURRENT_TIMESTAMP
    WHERE session_id = :session AND (
      start_timestamp IS NOT :start
      OR end_timestamp IS NOT :end
      OR project_path IS NOT :project
      OR format IS NOT :format
      OR cost_usd IS NOT :cost)`);
    const insertSession = db.prepare(`
    INSERT INTO sessions (session_id, start_timestamp, end_timestamp, project_path, format, cost_usd)
    SELECT :session, :start, :end, :project, :format, :cost
    WHERE NOT EXISTS (SELECT 1 FROM sessions WHERE session_id = :session)`);
    const upsertModel = db.prepare(`
    INSERT INTO session_models (session_id, model, responses, input_tokens, output_tokens,
      cache_creation_tokens, cache_read_tokens, cost_usd)
    VALUES (:session, :model, :responses, :input, :output, :cacheCreation, :cacheRead, :cost)
    ON CONFLICT (session_id, model) DO UPDATE SET
      responses = excluded.responses,
      input_tokens = excluded.input_tokens,
      output_tokens = excluded.output_tokens,
      cache_creation_tokens = excluded.cache_creation_tokens,
      cache_read_tokens = excluded.cache_read_tokens,
      cost_usd = excluded.cost_usd
    WHERE responses IS NOT excluded.responses
      OR input_tokens IS NOT excluded.input_tokens
      OR output_tokens IS NOT excluded.output_tokens
      OR cache_creation_tokens IS NOT excluded.cache_creation_tokens
      OR cache_read_tokens IS NOT excluded.cache_read_tokens
      OR cost_usd IS NOT excluded.cost_usd`);
    const removeOtherModels = db.prepare('DELETE FROM session_models WHERE session_id = :session AND model NOT IN (SELECT value FROM json_each(:models))');
    const updateInteraction = db.prepare(`
    UPDATE interactions SET
      timestamp = :timestamp,
      type = :type,
      content = :content,
      tool = :tool,
      model = :model,
      agent_id = :agent,
      input_tokens = :input,
      output_tokens = :output,
      cache_creation_tokens = :cacheCreation,
      cache_read_tokens = :cacheRead
    WHERE session_id = :session AND interaction_id = :id AND (
      timestamp IS NOT :timestamp
      OR type IS NOT :type
      OR content IS NOT :content
      OR tool IS NOT :tool
      OR model IS NOT :model
      OR agent_id IS NOT :agent
      OR input_tokens IS NOT :input
      OR output_tokens IS NOT :output
      OR cache_creation_tokens IS NOT :cacheCreation
      OR cache_read_tokens IS NOT :cacheRead)`);
    const insertInteraction = db.prepare(`
    INSERT INTO interactions (session_id, interaction_id, timestamp, type, content, file, position,
      tool, model, agent_id, input_tokens, output_tokens, cache_creation_tokens, cache_read_tokens)
    SELECT :session, :id, :timestamp, :type, :content, :file, :position,
      :tool, :model, :agent, :input, :output, :cacheCreation, :cacheRead
    WHERE NOT EXISTS (SELECT 1 FROM interactions WHERE session_id = :session AND interaction_id = :id)`);
    // The update and the insert share one object of values, of which the update needs fewer.
    updateInteraction.setAllowUnknownNamedParameters(true);
    const removePastEnd = db.prepare('DELETE FROM interactions WHERE session_id = :session AND file = :file AND position >= :count');
    const setCount = db.prepare(`
    UPDATE sessions SET
      interaction_count = (SELECT count(*) FROM interactions WHERE session_id = :session),
      updated_at = CURRENT_TIMESTAMP
    WHERE session_id = :session
      AND interaction_count IS NOT (SELECT count(*) FROM interactions WHERE session_id = :session)`);
    const added = new Set();
    const changedSessions = new Set();
    for (const session of data.sessions) {
        const values = {
            session: session.sessionId,
            start: session.start,
            end: session.end,
            project: session.projectPath,
            format: session.format,
            cost: session.costUsd,
        };
        if (Number(updateSession.run(values).changes) > 0)
            changedSessions.add(session.sessionId);
        else if (Number(insertSession.run(values).changes) > 0)
            added.add(session.sessionId);
        const existed = !added.has(session.sessionId);
        let modelChanges = 0;
        for (const usage of session.models)
            modelChanges += Number(upsertModel.run({
                session: session.sessionId,
                model: usage.model,
                responses: usage.responses,
                input: usage.input,
                output: usage.output,
                cacheCreation: usage.cacheCreation,
                cacheRead: usage.cacheRead,
                cost: usage.costUsd,
            }).changes);
        modelChanges += Number(removeOtherModels.run({
            session: session.sessionId,
            models: JSON.stringify(session.models.map((usage) => usage.model)),
        }).changes);
        if (existed && modelChanges > 0)
            changedSessions.add(session.sessionId);
    }
    let interactionsAdded = 0;
    let interactionsUpdated = 0;
    /** Rows read per file of each session, to remove what lies past a file's end. */
    const extents = new Map();
    for await (const row of data.rows) {
        const values = {
            session: row.session_id,
            id: `${row.file}#${row.index}`,
            timestamp: row.timestamp,
            type: row.kind,
            content: row.text,
            file: row.file,
            position: row.index,
            tool: row.tool,
            model: row.model,
            agent: row.agent_id,
            input: row.tokens?.input ?? null,
            output: row.tokens?.output ?? null,
            cacheCreation: row.tokens?.cache_creation ?? null,
            cacheRead: row.tokens?.cache_read ?? null,
        };
        if (Number(updateInteraction.run(values).changes) > 0)
            interactionsUpdated++;
        else
            interactionsAdded += Number(insertInteraction.run(values).changes);
        const key = `${row.session_id}\u0000${row.file}`;
        const extent = extents.get(key) ?? { session: row.session_id, file: row.file, count: 0 };
        extent.count = Math.max(extent.count, row.index + 1);
        extents.set(key, extent);
    }
    let interactionsRemoved = 0;
    for (const extent of extents.values())
        if (!data.incompleteFiles.has(extent.file))
            interactionsRemoved += Number(removePastEnd.run(extent).changes);
    for (const session of data.sessions)
        if (Number(setCount.run({ session: session.sessionId }).changes) > 0 &&
            !added.has(session.sessionId))
            changedSessions.add(session.sessionId);
    return {
        sessionsAdded: added.size,
        sessionsUpdated: changedSessions.size,
        interactionsAdded,
        interactionsUpdated,
        interactionsRemoved,
    };
}
/** A database the action will not write to, with the reason worded. */
class Refused extends Error {
}
function reasonOf(error) {
    if (error instanceof Refused)
        return error.message;
    const message = error instanceof Error ? error.message : String(error);
    return message.replace(/\.$/, '');
}


/***/ })

};
