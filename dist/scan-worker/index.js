import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/log-path.ts

/** A path as text: a name that is not valid UTF-8 shows each stray byte as `\xHH`. */
function textOf(file) {
    if (typeof file === 'string')
        return file;
    if (isUtf8(file))
        return file.toString();
    let text = '';
    let start = 0;
    let i = 0;
    while (i < file.length) {
        const length = sequenceLength(file[i]);
        if (length > 0 && i + length <= file.length && isUtf8(file.subarray(i, i + length))) {
            i += length;
            continue;
        }
        const hex = file[i].toString(16).toUpperCase().padStart(2, '0');
        text += `${file.toString('utf8', start, i)}\\x${hex}`;
        start = ++i;
    }
    return text + file.toString('utf8', start);
}
/** The length of the UTF-8 sequence a lead byte starts, or 0 for a byte that starts none. */
function sequenceLength(lead) {
    if (lead < 0x80)
        return 1;
    if (lead >= 0xc2 && lead <= 0xdf)
        return 2;
    if (lead >= 0xe0 && lead <= 0xef)
        return 3;
    if (lead >= 0xf0 && lead <= 0xf4)
        return 4;
    return 0;
}

;// CONCATENATED MODULE: ./src/model.ts
/**
 * The shapes passed between the pipeline's stages. Readers turn a log file of any format into a
 * `SessionDigest`; analysis works only on digests, so a new format never touches the report.
 */
/** Interaction types the session-recorder plugin writes, in the order the report shows them. */
const KNOWN_KINDS = [
    'user_message',
    'tool_call',
    'tool_result',
    'assistant_summary',
];
const ALL_KINDS = [...KNOWN_KINDS, 'other'];
function emptyKindCounts() {
    return { user_message: 0, tool_call: 0, tool_result: 0, assistant_summary: 0, other: 0 };
}
/** The formats read; decided per file from its content, never from its name. */
const LOG_FORMATS = (/* unused pure expression or super */ null && (['session-recorder', 'claude-code', 'execution-file']));
function emptyTokenCounts() {
    return { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0, webSearches: 0 };
}

;// CONCATENATED MODULE: ./src/formats/digest-builder.ts

/** Placeholder for a tool call whose tool name is missing or not a string. */
const UNKNOWN_TOOL = '(unknown tool)';
const DAY_MS = 86_400_000;
const KNOWN = new Set(KNOWN_KINDS);
/** ISO 8601 date-time with a zone, as the plugin writes (seconds required, fraction optional). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
/**
 * The instants a four-digit year can name in UTC. An offset can carry a stamp written in year 9999
 * or 0000 across the edge, and `toISOString` would then show it as `+010000-…` or `-000001-…`.
 */
const FIRST_INSTANT = Date.parse('0000-01-01T00:00:00.000Z');
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');
/** Parses a strict ISO 8601 instant to epoch milliseconds, or NaN (also outside years 0000–9999 UTC). */
function parseInstant(value) {
    if (typeof value !== 'string' || !ISO_INSTANT.test(value))
        return Number.NaN;
    // Date.parse rolls a day that the month does not have (Feb 30) over into the next month.
    const [year, month, day] = value.slice(0, 10).split('-').map(Number);
    if (day > new Date(Date.UTC(year, month, 0)).getUTCDate())
        return Number.NaN;
    const ms = Date.parse(value);
    return ms >= FIRST_INSTANT && ms <= LAST_INSTANT ? ms : Number.NaN;
}
/** Longest piece of log text (an id) quoted in a problem. */
const QUOTED_MAX = 80;
/**
 * Distinct interaction ids remembered per file to find repeats: enough for any real day of
 * sessions, while a file of millions of interactions does not keep millions of ids in memory.
 */
const IDS_REMEMBERED = 100_000;
/**
 * The rules that turn a log into a digest, shared by every parser of the format: each interaction
 * is counted (unknown or malformed ones as `other`), and each defect becomes a problem.
 */
class DigestBuilder {
    kinds = emptyKindCounts();
    tools = new Map();
    summaries = [];
    days = new Map();
    problems = new Problems();
    first = Number.POSITIVE_INFINITY;
    last = Number.NEGATIVE_INFINITY;
    index = 0;
    /** The previous interaction's timestamp text and value: a call and its result share one. */
    lastStamp;
    lastStampMs = Number.NaN;
    /** The latest valid timestamp so far and where it was, to notice time going backwards. */
    latest = { ms: Number.NEGATIVE_INFINITY, index: -1 };
    /** interaction_id → index of the first interaction that had it. */
    ids = new SeenIds();
    /** Adds the next interaction of the `interactions` array. */
    add(facts) {
        const index = this.index++;
        const kind = kindOf(facts);
        this.kinds[kind]++;
        if (facts.kind !== 'object') {
            this.problems.add(`interactions[${index}] is ${describeKind(facts.kind)}, not an object; counted as other`);
            return;
        }
        if (typeof facts.type !== 'string')
            this.problems.add(`interactions[${index}] ${facts.type === undefined ? 'has no' : 'has a non-string'} "type"; counted as other`);
        if (typeof facts.id === 'string') {
            const first = this.ids.firstIndexOf(facts.id, index);
            if (first !== undefined)
                this.problems.add(`interactions[${index}] repeats the interaction_id ${quote(facts.id)} of interactions[${first}]`, 'repeated interaction_id');
        }
        const at = this.instant(facts.timestamp);
        if (Number.isNaN(at)) {
            this.problems.add(`interactions[${index}] has no valid ISO 8601 "timestamp"`);
        }
        else {
            if (at < this.latest.ms)
                this.problems.add(`interactions[${index}] has a timestamp earlier than interactions[${this.latest.index}] (time goes backwards)`);
            else
                this.latest = { ms: at, index };
            this.see(at);
            const day = Math.floor(at / DAY_MS);
            this.days.set(day, (this.days.get(day) ?? 0) + 1);
        }
        if (kind === 'tool_call') {
            const tool = typeof facts.tool === 'string' && facts.tool !== '' ? facts.tool : null;
            if (tool === null)
                this.problems.add(`interactions[${index}] is a tool_call ${contentDefect(facts, 'tool')}; counted under ${UNKNOWN_TOOL}`);
            const name = tool ?? UNKNOWN_TOOL;
            this.tools.set(name, (this.tools.get(name) ?? 0) + 1);
        }
        else if (kind === 'assistant_summary') {
            if (typeof facts.summary === 'string') {
                this.summaries.push({
                    timestamp: Number.isNaN(at) ? null : new Date(at).toISOString(),
                    text: facts.summary,
                });
            }
            else {
                this.problems.add(`interactions[${index}] is an assistant_summary ${contentDefect(facts, 'summary')}`);
            }
        }
    }
    /** Finishes the digest once every interaction was added. */
    build(header) {
        const start = parseInstant(header.startTimestamp);
        const end = parseInstant(header.endTimestamp);
        const problems = new Problems();
        if (header.startTimestamp !== null && Number.isNaN(start))
            problems.add('start_timestamp is not an ISO 8601 date-time');
        if (header.endTimestamp !== null && Number.isNaN(end))
            problems.add('end_timestamp is not an ISO 8601 date-time');
        if (!Number.isNaN(start) && !Number.isNaN(end) && end < start)
            problems.add('end_timestamp is before start_timestamp; no duration is shown');
        if (!Number.isNaN(start))
            this.see(start);
        if (!Number.isNaN(end))
            this.see(end);
        const iso = (ms) => Number.isFinite(ms) ? new Date(ms).toISOString() : null;
        return {
            format: 'session-recorder',
            sessionId: header.sessionId,
            start: iso(start),
            end: iso(end),
            projectPath: header.projectPath,
            kinds: this.kinds,
            tools: this.tools,
            summaries: this.summaries,
            interactionsByDay: new Map([...this.days]
                .sort((a, b) => a[0] - b[0])
                .map(([day, count]) => [iso(day * DAY_MS).slice(0, 10), count])),
            firstActivity: iso(this.first),
            lastActivity: iso(this.last),
            problems: [...problems.list(), ...this.problems.list()],
            transcript: null,
        };
    }
    instant(stamp) {
        if (typeof stamp !== 'string')
            return Number.NaN;
        if (stamp !== this.lastStamp) {
            this.lastStamp = stamp;
            this.lastStampMs = parseInstant(stamp);
        }
        return this.lastStampMs;
    }
    see(ms) {
        if (ms < this.first)
            this.first = ms;
        if (ms > this.last)
            this.last = ms;
    }
}
/**
 * The interaction ids seen in a file, kept as two independent 30-bit hashes of each rather than as
 * strings: a map holding every id string keeps them alive through the whole file, so each file
 * left megabytes for the old generation, and peak memory on a 2 GB corpus rose by about 90 MB.
 * Both hashes must agree for a repeat, so a false one is about as likely as 1 in 10^18 per pair.
 */
class SeenIds {
    firstIndex = new Map();
    secondHash = new Map();
    /** The index where `id` was first seen, or undefined (and it is remembered, up to a bound). */
    firstIndexOf(id, index) {
        const [a, b] = hashes(id);
        const first = this.firstIndex.get(a);
        if (first !== undefined && this.secondHash.get(a) === b)
            return first;
        if (first === undefined && this.firstIndex.size < IDS_REMEMBERED) {
            this.firstIndex.set(a, index);
            this.secondHash.set(a, b);
        }
        return undefined;
    }
}
/** Two FNV-1a hashes with different seeds, cut to 30 bits so they stay small integers. */
function hashes(text) {
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ 0x5bd1e995;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        a = Math.imul(a ^ code, 0x01000193);
        b = Math.imul(b ^ code, 0x5bd1e995);
        b ^= b >>> 15;
    }
    return [a & 0x3fffffff, b & 0x3fffffff];
}
/** Collects problems, keeping the first few of each kind and counting the rest. */
class Problems {
    static PER_KIND = 3;
    byKind = new Map();
    /** Adds a problem; `key` groups problems of one kind (by default the message without indexes). */
    add(message, key = message.replace(/\[\d+\]/g, '[]')) {
        const entry = this.byKind.get(key) ?? { shown: [], more: 0 };
        if (entry.shown.length < Problems.PER_KIND)
            entry.shown.push(message);
        else
            entry.more++;
        this.byKind.set(key, entry);
    }
    list() {
        return [...this.byKind.values()].flatMap(({ shown, more }) => more > 0 ? [...shown, `… and ${more} more like the one above`] : shown);
    }
}
/** What is wrong with `content` when `content.<field>` is not a usable string. */
function contentDefect(facts, field) {
    if (facts.contentKind === undefined)
        return 'without content';
    if (facts.contentKind !== 'object' && !(field === 'summary' && facts.contentKind === 'string'))
        return `whose content is ${describeKind(facts.contentKind)}, not an object`;
    const value = facts[field];
    if (value === undefined)
        return `without content.${field}`;
    if (typeof value === 'string')
        return `with an empty content.${field}`;
    return `whose content.${field} is ${describeKind(value.wrongKind)}, not a string`;
}
/**
 * Log text quoted in a problem, on one line: as it is but for line breaks and tabs made spaces, so
 * that redaction (which runs on the whole problem later) sees it whole. Escaping or cutting it here
 * would hide a secret from redaction: `password\t=` escaped no longer reads as a name given a
 * value, and a token cut short no longer looks like one. Text too long to quote is described.
 */
function quote(value) {
    if (value.length > QUOTED_MAX)
        return `(${value.length} characters)`;
    // Not `\s`, which takes in U+FEFF: an invisible character must stay one, and be removed later.
    return `"${value.replace(/[\t-\r\u2028\u2029]+/g, ' ')}"`;
}
function kindOf(facts) {
    if (facts.kind !== 'object' || typeof facts.type !== 'string' || !KNOWN.has(facts.type))
        return 'other';
    return facts.type;
}
function describeKind(kind) {
    if (kind === 'null')
        return 'null';
    return kind === 'array' || kind === 'object' ? `an ${kind}` : `a ${kind}`;
}
/** The JSON kind of a parsed value. */
function jsonKind(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    return typeof value;
}

;// CONCATENATED MODULE: ./src/formats/recorder-scan.ts

// What the scanner expects next, as in the JSON grammar.
const VALUE = 0;
const KEY_OR_END = 1;
const KEY = 2;
const COLON = 3;
const VALUE_OR_END = 4;
const COMMA_OR_END = 5;
const AFTER_END = 6;
// The role of an open container: which facts its members feed. Odd roles are objects.
const TOP = 1;
const INTERACTIONS = 2;
const ITEM = 3;
const SKIPPED_OBJECT = 5;
const SKIPPED_ARRAY = 6;
const CONTENT = 7;
// Where a value goes: the slot set by the key (or the container) it belongs to.
const NOWHERE = 0;
const ROOT = 1;
const SESSION_ID = 2;
const START = 3;
const END = 4;
const PROJECT = 5;
const INTERACTION_LIST = 6;
const INTERACTION = 7;
const ID = 8;
const TYPE = 9;
const TIMESTAMP = 10;
const CONTENT_VALUE = 11;
const TOOL = 12;
const SUMMARY = 13;
/** Slots whose string value is kept (decoded); the rest only need the value's kind. */
const KEPT = Uint8Array.from({ length: 14 }, (_, slot) => slot >= SESSION_ID && slot !== INTERACTION_LIST && slot !== INTERACTION ? 1 : 0);
/**
 * The interaction type each slot serves: a tool name only counts for a call, a summary (or a
 * string content) only for a summary. For any other type the string is stepped over unread.
 */
const SERVES = {
    [TOOL]: 'tool_call',
    [SUMMARY]: 'assistant_summary',
    [CONTENT_VALUE]: 'assistant_summary',
};
// What becomes of a string value: stepped over, kept, or kept while it fits the limit (its
// interaction's type is not known yet, and may not need it).
const STEP = 0;
const KEEP = 1;
const KEEP_IF_SMALL = 2;
// A token cut by the end of a chunk, resumed with the next one.
const NO_TOKEN = 0;
const STRING_TOKEN = 1;
const NUMBER_TOKEN = 2;
const LITERAL_TOKEN = 3;
const BOM = [0xef, 0xbb, 0xbf];
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const KEYS_OF = {
    [TOP]: [
        ['session_id', SESSION_ID],
        ['start_timestamp', START],
        ['end_timestamp', END],
        ['project_path', PROJECT],
        ['interactions', INTERACTION_LIST],
    ],
    [ITEM]: [
        ['interaction_id', ID],
        ['type', TYPE],
        ['timestamp', TIMESTAMP],
        ['content', CONTENT_VALUE],
    ],
    [CONTENT]: [
        ['tool', TOOL],
        ['summary', SUMMARY],
    ],
};
const KEY_BYTES = Object.fromEntries(Object.entries(KEYS_OF).map(([role, keys]) => [
    role,
    keys.map(([name, slot]) => [new TextEncoder().encode(name), slot]),
]));
const WRONG = {
    object: { wrongKind: 'object' },
    array: { wrongKind: 'array' },
    string: { wrongKind: 'string' },
    number: { wrongKind: 'number' },
    boolean: { wrongKind: 'boolean' },
    null: { wrongKind: 'null' },
};
/** Stand-ins for a string value that was not kept: stepped over, or dropped for being over the limit. */
const STEPPED_OVER = { wrongKind: 'string' };
const OVERLONG = { wrongKind: 'string' };
const LITERALS = [
    { bytes: new TextEncoder().encode('true'), kind: 'boolean', value: true },
    { bytes: new TextEncoder().encode('false'), kind: 'boolean', value: false },
    { bytes: new TextEncoder().encode('null'), kind: 'null', value: null },
];
/**
 * Strings the report keeps are held whole, streamed or not; past this size the file is refused
 * rather than let one value take the memory (the plain parser could not hold such a file either).
 * A string the report does not use (a tool result, a prompt) is never held, whatever its size.
 */
const KEPT_STRING_LIMIT = 64 * 1024 * 1024;
/** Why the scan stopped: a JSON syntax error (or, with `syntax` false, a limit) at a byte offset. */
class SyntaxFault {
    at;
    reason;
    syntax;
    constructor(at, reason, syntax = true) {
        this.at = at;
        this.reason = reason;
        this.syntax = syntax;
    }
}
/**
 * A streaming reader of session-recorder logs: it tokenizes the JSON bytes chunk by chunk and
 * decodes only the strings the report uses (header fields, type, timestamp, ids, tool names,
 * summaries); every other string is stepped over with a native search for its closing quote.
 * Each interaction's facts go to the same `DigestBuilder` as the reference parser's, so the rules
 * are never repeated here. Memory stays bounded by the largest kept string, whatever the file size.
 *
 * Deliberately lenient, for speed: inside a string that is stepped over (tool results, arguments,
 * keys of ignored objects), invalid escapes and raw control characters are not reported, where
 * `JSON.parse` would reject the file. Everything outside such strings is checked as strictly as
 * `JSON.parse` checks it.
 */
class RecorderScanner {
    makeBuilder;
    builder;
    // A call and its result share a timestamp; types and tool names come from a small set.
    stamps = new RecentStrings(1);
    types = new RecentStrings(8);
    tools = new RecentStrings(32);
    top = undefined;
    expect = VALUE;
    slot = ROOT;
    /** Roles of the open containers, innermost last. */
    roles = [];
    role = 0;
    fault = null;
    /** Bytes pushed before the current chunk. */
    base = 0;
    /** Bytes of a leading byte-order mark seen so far; its length once past it. */
    bomBytes = 0;
    // The token cut by the end of the previous chunk, if any.
    token = NO_TOKEN;
    stringIsKey = false;
    stringKept = false;
    /** The string cut by the chunk's end is dropped, not refused, once over the limit. */
    stringDroppable = false;
    stringOverlong = false;
    escapePending = false;
    pieces = [];
    keptBytes = 0;
    numberState = 0;
    literal = 0;
    literalAt = 0;
    // The facts of the interaction being read.
    type;
    timestamp;
    contentKind;
    tool;
    summary;
    id;
    /** @param makeBuilder where the facts go (tests pass a builder that also records them) */
    constructor(makeBuilder = () => new DigestBuilder()) {
        this.makeBuilder = makeBuilder;
        this.builder = makeBuilder();
    }
    /** Feeds the next bytes of the file. Returns false once a syntax error was found. */
    push(chunk) {
        if (this.fault)
            return false;
        let i = 0;
        try {
            // A leading byte-order mark is dropped, as TextDecoder drops it (even cut by a chunk's end).
            while (this.bomBytes < BOM.length && i < chunk.length) {
                if (chunk[i] !== BOM[this.bomBytes]) {
                    if (this.bomBytes > 0)
                        throw new SyntaxFault(0, 'expected a value, found a non-ASCII character');
                    this.bomBytes = BOM.length;
                    break;
                }
                this.bomBytes++;
                i++;
            }
            if (this.token !== NO_TOKEN)
                i = this.resume(chunk, i);
            if (i >= 0)
                this.scan(chunk, i);
        }
        catch (error) {
            if (!(error instanceof SyntaxFault))
                throw error;
            this.fault = error;
        }
        this.base += chunk.length;
        return this.fault === null;
    }
    /** Ends the file: the digest and top-level skeleton, or the first syntax error. */
    end() {
        if (!this.fault && this.token === NUMBER_TOKEN && this.numberEnds()) {
            this.token = NO_TOKEN;
            this.scalarDone('number', 0);
        }
        if (!this.fault && (this.token !== NO_TOKEN || this.expect !== AFTER_END)) {
            const reason = this.token === STRING_TOKEN
                ? 'the file ends inside a string (truncated?)'
                : this.roles.length > 0 || this.token !== NO_TOKEN
                    ? 'the file ends before the JSON value does (truncated?)'
                    : 'the file holds no JSON value (empty?)';
            this.fault = new SyntaxFault(this.base, reason);
        }
        if (this.fault) {
            const { at, reason, syntax } = this.fault;
            return { ok: false, offset: at, reason, syntax };
        }
        return { ok: true, top: this.top, digest: this.builder.build(provisionalHeader(this.top)) };
    }
    /** Finishes the token cut by the previous chunk; returns where scanning goes on, or -1. */
    resume(b, from) {
        const n = b.length;
        if (this.token === STRING_TOKEN) {
            let start = from;
            if (this.escapePending) {
                if (start >= n)
                    return -1;
                start++;
                this.escapePending = false;
            }
            const close = closingQuote(b, start, start);
            if (close === -1) {
                this.escapePending = trailingEscape(b, start, n);
                if (this.stringKept)
                    this.keep(b.subarray(from, n));
                return -1;
            }
            this.token = NO_TOKEN;
            // Its last piece may take it over the limit, and it is dropped then.
            if (this.stringKept)
                this.keep(b.subarray(from, close));
            if (this.stringKept) {
                const bytes = Buffer.concat(this.pieces);
                this.pieces = [];
                if (this.stringIsKey)
                    this.keyDone(bytes, 0, bytes.length, this.base + from);
                else
                    this.stringValueDone(decode(bytes, 0, bytes.length, this.base + from));
            }
            else if (!this.stringIsKey) {
                this.stringValueDone(this.stringOverlong ? OVERLONG : this.notKept());
            }
            return close + 1;
        }
        if (this.token === NUMBER_TOKEN) {
            const end = this.number(b, from);
            if (end === -1)
                return -1;
            this.token = NO_TOKEN;
            this.scalarDone('number', 0);
            return end;
        }
        const end = this.literalFrom(b, from);
        if (end === -1)
            return -1;
        this.token = NO_TOKEN;
        const { kind, value } = LITERALS[this.literal];
        this.scalarDone(kind, value);
        return end;
    }
    scan(b, from) {
        const n = b.length;
        let i = from;
        while (i < n) {
            const c = b[i];
            if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
                i++;
                continue;
            }
            switch (this.expect) {
                case COMMA_OR_END:
                    if (c === 0x2c) {
                        i++;
                        this.expect = this.role & 1 ? KEY : VALUE;
                        this.slot = this.role === INTERACTIONS ? INTERACTION : NOWHERE;
                        continue;
                    }
                    if (c === (this.role & 1 ? 0x7d : 0x5d)) {
                        i++;
                        this.close();
                        continue;
                    }
                    throw this.unexpected(b, i, `expected ',' or '${this.role & 1 ? '}' : ']'}'`);
                case KEY_OR_END:
                    if (c === 0x7d) {
                        i++;
                        this.close();
                        continue;
                    }
                    this.expect = KEY;
                    continue;
                case KEY: {
                    if (c !== QUOTE)
                        throw this.unexpected(b, i, 'expected a property name in double quotes');
                    const keyed = this.role === TOP || this.role === ITEM || this.role === CONTENT;
                    const close = closingQuote(b, i + 1, i + 1);
                    if (close === -1)
                        return this.cut(b, i + 1, true, keyed ? KEEP : STEP);
                    if (keyed)
                        this.keyDone(b, i + 1, close, this.base + i);
                    i = close + 1;
                    // The colon usually follows at once: take it here rather than on another turn.
                    if (b[i] === 0x3a) {
                        i++;
                        this.expect = VALUE;
                    }
                    else {
                        this.expect = COLON;
                    }
                    continue;
                }
                case COLON:
                    if (c !== 0x3a)
                        throw this.unexpected(b, i, "expected ':' after a property name");
                    i++;
                    this.expect = VALUE;
                    continue;
                case VALUE_OR_END:
                    if (c === 0x5d) {
                        i++;
                        this.close();
                        continue;
                    }
                    this.expect = VALUE;
                    continue;
                case VALUE:
                    if (c === QUOTE) {
                        const use = this.use();
                        const close = closingQuote(b, i + 1, i + 1);
                        if (close === -1)
                            return this.cut(b, i + 1, false, use);
                        if (this.slot === NOWHERE)
                            this.expect = COMMA_OR_END;
                        else
                            this.stringValueDone(use === STEP ? this.notKept() : this.kept(b, i + 1, close, this.base + i));
                        i = close + 1;
                        // As with the colon, a comma right after a member is taken at once.
                        if (b[i] === 0x2c && this.expect === COMMA_OR_END) {
                            i++;
                            this.expect = this.role & 1 ? KEY : VALUE;
                            this.slot = this.role === INTERACTIONS ? INTERACTION : NOWHERE;
                        }
                        continue;
                    }
                    if (c === 0x7b) {
                        i++;
                        this.open('object');
                        continue;
                    }
                    if (c === 0x5b) {
                        i++;
                        this.open('array');
                        continue;
                    }
                    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
                        this.numberState = 0;
                        const end = this.number(b, i);
                        if (end === -1) {
                            this.token = NUMBER_TOKEN;
                            return;
                        }
                        this.scalarDone('number', 0);
                        i = end;
                        continue;
                    }
                    this.literal = c === 0x74 ? 0 : c === 0x66 ? 1 : c === 0x6e ? 2 : -1;
                    if (this.literal === -1)
                        throw this.unexpected(b, i, 'expected a value');
                    {
                        this.literalAt = 0;
                        const end = this.literalFrom(b, i);
                        if (end === -1) {
                            this.token = LITERAL_TOKEN;
                            return;
                        }
                        const { kind, value } = LITERALS[this.literal];
                        this.scalarDone(kind, value);
                        i = end;
                    }
                    continue;
                default:
                    throw this.unexpected(b, i, 'unexpected text after the end of the JSON value');
            }
        }
    }
    /** What becomes of the string value that starts in the current slot. */
    use() {
        if (KEPT[this.slot] !== 1)
            return STEP;
        const serves = SERVES[this.slot];
        if (serves === undefined)
            return KEEP;
        // The type usually comes first; when it comes after, the value is kept while it is small.
        if (this.type === undefined)
            return KEEP_IF_SMALL;
        return this.type === serves ? KEEP : STEP;
    }
    /** The value placed for a string that was stepped over. */
    notKept() {
        return KEPT[this.slot] === 1 ? STEPPED_OVER : undefined;
    }
    /** Remembers a string cut by the chunk's end: kept bytes, and whether a backslash is pending. */
    cut(b, start, isKey, use) {
        const kept = use !== STEP;
        this.token = STRING_TOKEN;
        this.stringIsKey = isKey;
        this.stringKept = kept;
        this.stringDroppable = use === KEEP_IF_SMALL;
        this.stringOverlong = false;
        this.escapePending = trailingEscape(b, start, b.length);
        this.pieces = [];
        this.keptBytes = 0;
        if (kept)
            this.keep(b.subarray(start));
        else if (isKey)
            this.expect = COLON;
    }
    keyDone(b, start, end, at) {
        this.expect = COLON;
        this.slot = NOWHERE;
        // Rule most keys out by length first (a name with escapes is longer written than read).
        const length = end - start;
        if (length < 4 || (length > 15 && !hasBackslash(b, start, end)))
            return;
        const keys = KEY_BYTES[this.role];
        if (hasBackslash(b, start, end)) {
            // A name written with escapes (`"typ\u0065"`) is the same name once decoded.
            const name = decode(b, start, end, at);
            const found = KEYS_OF[this.role].find(([key]) => key === name);
            if (found)
                this.slot = found[1];
            return;
        }
        for (const [bytes, slot] of keys) {
            if (bytes.length !== length)
                continue;
            let same = true;
            for (let k = 0; k < length; k++) {
                if (b[start + k] !== bytes[k]) {
                    same = false;
                    break;
                }
            }
            if (same) {
                this.slot = slot;
                return;
            }
        }
    }
    /** Keeps a piece of a string the report uses, up to `KEPT_STRING_LIMIT` bytes in all. */
    keep(piece) {
        this.keptBytes += piece.length;
        if (this.keptBytes > KEPT_STRING_LIMIT) {
            if (!this.stringDroppable)
                throw overLimit(this.base);
            // Its interaction's type decides, once known, whether this was needed (then the file is refused).
            this.pieces = [];
            this.stringKept = false;
            this.stringOverlong = true;
            return;
        }
        this.pieces.push(Buffer.from(piece));
    }
    /** Decodes a kept string; the few values that repeat (types, timestamps, tools) are reused. */
    kept(b, start, end, at) {
        const slot = this.slot;
        const recent = slot === TYPE
            ? this.types
            : slot === TOOL
                ? this.tools
                : slot === TIMESTAMP
                    ? this.stamps
                    : null;
        if (recent === null || end - start > 64)
            return decode(b, start, end, at);
        const known = recent.find(b, start, end);
        if (known !== undefined)
            return known;
        const text = decode(b, start, end, at);
        recent.add(b, start, end, text);
        return text;
    }
    stringValueDone(value) {
        this.place('string', value ?? '');
        this.afterValue();
    }
    scalarDone(kind, value) {
        this.place(kind, value);
        this.afterValue();
    }
    afterValue() {
        this.expect = this.roles.length === 0 ? AFTER_END : COMMA_OR_END;
    }
    /** Records a value of `kind` in the current slot; containers are recorded when they open. */
    place(kind, value) {
        const fact = kind === 'string' ? value : WRONG[kind];
        switch (this.slot) {
            case NOWHERE:
                return;
            case ROOT:
                this.top = standIn(kind, value);
                return;
            case SESSION_ID:
            case START:
            case END:
            case PROJECT:
            case INTERACTION_LIST:
                ;
                this.top[TOP_FIELD[this.slot]] = standIn(kind, value);
                return;
            case INTERACTION:
                // An object is added when it closes, with its facts.
                if (kind !== 'object')
                    this.builder.add({ kind });
                return;
            case ID:
                this.id = fact;
                return;
            case TYPE:
                this.type = fact;
                return;
            case TIMESTAMP:
                this.timestamp = fact;
                return;
            case CONTENT_VALUE:
                this.contentKind = kind;
                this.tool = undefined;
                this.summary = kind === 'string' ? value : undefined;
                return;
            case TOOL:
                this.tool = fact;
                return;
            case SUMMARY:
                this.summary = fact;
                return;
        }
    }
    open(kind) {
        const object = kind === 'object';
        let role = object ? SKIPPED_OBJECT : SKIPPED_ARRAY;
        switch (this.slot) {
            case ROOT:
                if (object)
                    role = TOP;
                break;
            case INTERACTION_LIST:
                if (!object) {
                    role = INTERACTIONS;
                    // A repeated key keeps its last value, as JSON.parse does: start the count again.
                    this.builder = this.makeBuilder();
                }
                break;
            case INTERACTION:
                if (object) {
                    role = ITEM;
                    this.type = this.timestamp = this.tool = this.summary = this.id = undefined;
                    this.contentKind = undefined;
                }
                break;
            case CONTENT_VALUE:
                if (object)
                    role = CONTENT;
                break;
        }
        this.place(kind, object ? {} : []);
        this.roles.push(role);
        this.role = role;
        this.expect = object ? KEY_OR_END : VALUE_OR_END;
        this.slot = role === INTERACTIONS ? INTERACTION : NOWHERE;
    }
    close() {
        const role = this.roles.pop();
        this.role = this.roles[this.roles.length - 1] ?? 0;
        if (role === ITEM) {
            const facts = {
                kind: 'object',
                type: this.type,
                timestamp: this.timestamp,
                ...(this.contentKind !== undefined && { contentKind: this.contentKind }),
                tool: this.type === 'tool_call' ? this.needed(this.tool) : undefined,
                summary: this.type === 'assistant_summary' ? this.needed(this.summary) : undefined,
                id: this.id,
            };
            this.builder.add(facts);
        }
        this.afterValue();
    }
    /** A value the interaction's type uses: one that was not kept makes the file unreadable. */
    needed(value) {
        if (value === OVERLONG)
            throw overLimit(this.base);
        if (value === STEPPED_OVER)
            throw new SyntaxFault(this.base, 'an interaction gives its "type" again after content that the first type did not use', false);
        return value;
    }
    /**
     * Steps over a number from `at` (checking JSON's grammar); returns the index after it, or -1
     * when the chunk ends first.
     */
    number(b, at) {
        const n = b.length;
        let state = this.numberState;
        let i = at;
        for (; i < n; i++) {
            const c = b[i];
            const digit = c >= 0x30 && c <= 0x39;
            switch (state) {
                case 0: // start
                    if (c === 0x2d)
                        state = 1;
                    else if (c === 0x30)
                        state = 2;
                    else if (digit)
                        state = 3;
                    else
                        throw this.numberFault(at);
                    continue;
                case 1: // after '-'
                    if (c === 0x30)
                        state = 2;
                    else if (digit)
                        state = 3;
                    else
                        throw this.numberFault(at);
                    continue;
                case 2: // after a leading 0
                    if (c === 0x2e)
                        state = 4;
                    else if (c === 0x65 || c === 0x45)
                        state = 6;
                    else if (digit)
                        throw this.numberFault(at);
                    else
                        return this.numberEnd(i);
                    continue;
                case 3: // integer digits
                    if (digit)
                        continue;
                    if (c === 0x2e)
                        state = 4;
                    else if (c === 0x65 || c === 0x45)
                        state = 6;
                    else
                        return this.numberEnd(i);
                    continue;
                case 4: // after '.'
                    if (digit)
                        state = 5;
                    else
                        throw this.numberFault(at);
                    continue;
                case 5: // fraction digits
                    if (digit)
                        continue;
                    if (c === 0x65 || c === 0x45)
                        state = 6;
                    else
                        return this.numberEnd(i);
                    continue;
                case 6: // after 'e'
                    if (c === 0x2b || c === 0x2d)
                        state = 7;
                    else if (digit)
                        state = 8;
                    else
                        throw this.numberFault(at);
                    continue;
                case 7: // after the exponent's sign
                    if (digit)
                        state = 8;
                    else
                        throw this.numberFault(at);
                    continue;
                case 8: // exponent digits
                    if (digit)
                        continue;
                    return this.numberEnd(i);
            }
        }
        this.numberState = state;
        return -1;
    }
    numberEnd(i) {
        this.numberState = 0;
        return i;
    }
    /** Whether a number cut by the end of the file is complete as it stands. */
    numberEnds() {
        const state = this.numberState;
        return state === 2 || state === 3 || state === 5 || state === 8;
    }
    numberFault(at) {
        return new SyntaxFault(this.base + at, 'invalid number');
    }
    /** Matches the rest of `true`, `false` or `null`; returns the index after it, or -1. */
    literalFrom(b, at) {
        const bytes = LITERALS[this.literal].bytes;
        let i = at;
        while (this.literalAt < bytes.length) {
            if (i >= b.length)
                return -1;
            if (b[i] !== bytes[this.literalAt])
                throw this.unexpected(b, i, 'expected a value');
            i++;
            this.literalAt++;
        }
        return i;
    }
    unexpected(b, i, expected) {
        return new SyntaxFault(this.base + i, `${expected}, found ${describeByte(b[i])}`);
    }
}
function overLimit(at) {
    return new SyntaxFault(at, `a string the report uses (a session id, type, timestamp, interaction id, tool name or summary) is over ${KEPT_STRING_LIMIT / 1024 / 1024} MiB`, false);
}
const TOP_FIELD = {
    [SESSION_ID]: 'session_id',
    [START]: 'start_timestamp',
    [END]: 'end_timestamp',
    [PROJECT]: 'project_path',
    [INTERACTION_LIST]: 'interactions',
};
/** A value of the same JSON kind, enough for the top-level check to say what is wrong. */
function standIn(kind, value) {
    if (kind === 'object')
        return {};
    if (kind === 'array')
        return [];
    return value;
}
/** The header the digest is built with; the top level is checked on its own before it is used. */
function provisionalHeader(top) {
    const fields = (typeof top === 'object' && top !== null ? top : {});
    const text = (value) => (typeof value === 'string' ? value : null);
    return {
        sessionId: text(fields.session_id) ?? '',
        startTimestamp: text(fields.start_timestamp),
        endTimestamp: text(fields.end_timestamp),
        projectPath: text(fields.project_path),
    };
}
/** The last few short strings decoded, by their bytes: most values of a slot repeat. */
class RecentStrings {
    size;
    bytes = [];
    texts = [];
    next = 0;
    constructor(size) {
        this.size = size;
    }
    find(b, start, end) {
        const length = end - start;
        for (let e = 0; e < this.bytes.length; e++) {
            const entry = this.bytes[e];
            if (entry.length !== length)
                continue;
            // From the end: timestamps and ids that differ, differ there.
            let k = length - 1;
            while (k >= 0 && entry[k] === b[start + k])
                k--;
            if (k < 0)
                return this.texts[e];
        }
        return undefined;
    }
    add(b, start, end, text) {
        this.bytes[this.next] = Uint8Array.prototype.slice.call(b, start, end);
        this.texts[this.next] = text;
        this.next = (this.next + 1) % this.size;
    }
}
function hasBackslash(b, start, end) {
    for (let k = start; k < end; k++)
        if (b[k] === BACKSLASH)
            return true;
    return false;
}
/** Strings up to this long are searched byte by byte: a native search costs more to start. */
const SHORT = 48;
/**
 * The index of the quote that closes a string whose content starts at `from`, or -1. Backslashes
 * before a quote are counted back to `floor` (where the string's bytes in this chunk begin).
 */
function closingQuote(b, from, floor) {
    const n = b.length;
    const near = Math.min(n, from + SHORT);
    let j = from;
    for (; j < near; j++) {
        const c = b[j];
        if (c === QUOTE)
            return j;
        if (c === BACKSLASH) {
            j++;
            if (j >= near)
                break;
        }
    }
    if (j >= n)
        return -1;
    for (;;) {
        j = b.indexOf(QUOTE, j);
        if (j === -1)
            return -1;
        let k = j - 1;
        while (k >= floor && b[k] === BACKSLASH)
            k--;
        if (((j - 1 - k) & 1) === 0)
            return j;
        j++;
    }
}
/** Whether the chunk ends with an odd run of backslashes, so the next byte is escaped. */
function trailingEscape(b, floor, end) {
    let k = end - 1;
    while (k >= floor && b[k] === BACKSLASH)
        k--;
    return ((end - 1 - k) & 1) === 1;
}
/** Decodes a kept string's bytes, checking them as JSON.parse would. */
function decode(b, start, end, at) {
    let plain = true;
    for (let k = start; k < end; k++) {
        const c = b[k];
        if (c < 0x20 || c === BACKSLASH) {
            plain = false;
            break;
        }
    }
    const raw = b.toString('utf8', start, end);
    if (plain)
        return raw;
    try {
        return JSON.parse(`"${raw}"`);
    }
    catch {
        throw new SyntaxFault(at, 'invalid escape or control character in a string');
    }
}
function describeByte(byte) {
    if (byte < 0x20 || byte === 0x7f)
        return `control character U+${byte.toString(16).toUpperCase().padStart(4, '0')}`;
    if (byte < 0x7f)
        return `'${String.fromCharCode(byte)}'`;
    return 'a non-ASCII character';
}

;// CONCATENATED MODULE: ./src/scan-file.ts




/**
 * How a log is opened: without blocking, so that a named pipe swapped in after the file was found
 * opens at once (and is then refused) rather than waiting for a writer forever.
 */
const READ_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0);
/** Bytes read at a time: files up to this size are read in one go, larger ones streamed. */
const CHUNK_BYTES = 8 * 1024 * 1024;
/**
 * Reads one session-recorder log in chunks through `RecorderScanner`, checking that it is UTF-8 as
 * it goes. Never throws; memory stays within one chunk plus the strings the report keeps.
 */
function scanFile(file, chunk = Buffer.allocUnsafe(CHUNK_BYTES)) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(file, READ_FLAGS);
    }
    catch (error) {
        return { kind: 'unreadable', reason: describeFsError(error) };
    }
    try {
        const info = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!info.isFile())
            return { kind: 'unreadable', reason: describeNotRegular(info) };
        const scanner = new RecorderScanner();
        const utf8 = new Utf8Check();
        let bytes = 0;
        let scanning = true;
        for (;;) {
            const read = (0,external_node_fs_namespaceObject.readSync)(fd, chunk, 0, chunk.length, null);
            if (read === 0)
                break;
            bytes += read;
            const piece = read === chunk.length ? chunk : chunk.subarray(0, read);
            if (!utf8.push(piece))
                return { kind: 'unreadable', reason: 'is not UTF-8 text' };
            // After a syntax error the rest is still checked as UTF-8: that verdict comes first.
            if (scanning)
                scanning = scanner.push(piece);
        }
        if (!utf8.end())
            return { kind: 'unreadable', reason: 'is not UTF-8 text' };
        const result = scanner.end();
        if (result.ok)
            return { kind: 'scanned', bytes, top: result.top, digest: result.digest };
        if (!result.syntax)
            return { kind: 'unreadable', reason: result.reason };
        return {
            kind: 'invalid-json',
            bytes,
            reason: `invalid JSON: ${result.reason}`,
            position: positionAt(fd, result.offset, chunk),
        };
    }
    catch (error) {
        return { kind: 'unreadable', reason: describeFsError(error) };
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/**
 * Checks UTF-8 chunk by chunk: a character cut by a chunk's end is checked with the next chunk.
 * The check itself is Node's (`buffer.isUtf8`), as strict as the decoder the plain path uses.
 */
class Utf8Check {
    carry = Buffer.alloc(0);
    push(chunk) {
        let start = 0;
        if (this.carry.length > 0) {
            const need = sequenceLength(this.carry[0]) - this.carry.length;
            if (need <= 0)
                return false;
            if (chunk.length < need) {
                this.carry = Buffer.concat([this.carry, chunk]);
                return true;
            }
            if (!(0,external_node_buffer_namespaceObject.isUtf8)(Buffer.concat([this.carry, chunk.subarray(0, need)])))
                return false;
            this.carry = Buffer.alloc(0);
            start = need;
        }
        const end = completeLength(chunk, start);
        if (!(0,external_node_buffer_namespaceObject.isUtf8)(chunk.subarray(start, end)))
            return false;
        this.carry = Buffer.from(chunk.subarray(end));
        return true;
    }
    end() {
        return this.carry.length === 0;
    }
}
/** Where the last complete character of `chunk` ends: a sequence cut by the end is left out. */
function completeLength(chunk, start) {
    const n = chunk.length;
    for (let k = n - 1; k >= Math.max(start, n - 4); k--) {
        const byte = chunk[k];
        if ((byte & 0xc0) === 0x80)
            continue;
        const length = sequenceLength(byte);
        return length > n - k ? k : n;
    }
    return n;
}
/**
 * The 1-based line and column of a byte offset, the column counted in UTF-16 units as an editor
 * shows it. Reads the file again up to the offset: only done once, for a file with an error.
 */
function positionAt(fd, offset, chunk) {
    let line = 1;
    let column = 1;
    let position = 0;
    while (position < offset) {
        const read = (0,external_node_fs_namespaceObject.readSync)(fd, chunk, 0, Math.min(chunk.length, offset - position), position);
        if (read === 0)
            break;
        for (let k = 0; k < read; k++) {
            const byte = chunk[k];
            if (byte === 0x0a) {
                line++;
                column = 1;
            }
            else if ((byte & 0xc0) !== 0x80) {
                // A four-byte character is two UTF-16 units; a byte-order mark is not shown.
                column += byte >= 0xf0 ? 2 : 1;
            }
        }
        position += read;
    }
    if (line === 1 && offset >= 3 && hasBom(fd, chunk))
        column--;
    return { line, column };
}
function hasBom(fd, chunk) {
    (0,external_node_fs_namespaceObject.readSync)(fd, chunk, 0, 3, 0);
    return chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
}
/** Why a file that is not a regular file is not read. */
function describeNotRegular(info) {
    if (info.isDirectory())
        return 'is a directory, not a file';
    const kind = info.isFIFO()
        ? 'a named pipe (FIFO)'
        : info.isSocket()
            ? 'a socket'
            : info.isCharacterDevice() || info.isBlockDevice()
                ? 'a device'
                : 'a special file';
    return `is ${kind}, not a regular file; not read`;
}
/** The reason an `fs` call failed, in plain words. */
function describeFsError(error) {
    const code = error.code;
    switch (code) {
        case 'ENOENT':
            return 'disappeared before it could be read';
        case 'EACCES':
        case 'EPERM':
            return 'could not be read: permission denied';
        case 'EISDIR':
            return 'is a directory, not a file';
        case 'ENXIO':
            // What opening a socket (or a pipe for writing) answers.
            return 'is not a regular file (a socket?); not read';
        default:
            return `could not be read (${code ?? 'unknown error'})`;
    }
}

;// CONCATENATED MODULE: ./src/scan-worker.ts
/**
 * A worker thread of the reading pool: scans the batches of files it is sent, one message per
 * batch, and answers with what it found. Bundled on its own, so it loads only the scanner.
 */


const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
external_node_worker_threads_namespaceObject.parentPort?.on('message', (request) => {
    const answer = {
        batch: request.batch,
        results: request.files.map((file) => scanFile(typeof file === 'string' ? file : Buffer.from(file), chunk)),
    };
    external_node_worker_threads_namespaceObject.parentPort.postMessage(answer);
});

