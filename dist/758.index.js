export const id = 758;
export const ids = [758];
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


/***/ })

};
