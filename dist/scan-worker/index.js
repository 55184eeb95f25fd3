import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/log-path.ts

/** A path as text: a name that is not valid UTF-8 shows each stray byte as `\xHH`. */
function textOf(file) {
    if (typeof file === 'string')
        return file;
    if ((0,external_node_buffer_namespaceObject.isUtf8)(file))
        return file.toString();
    let text = '';
    let start = 0;
    let i = 0;
    while (i < file.length) {
        const length = sequenceLength(file[i]);
        if (length > 0 && i + length <= file.length && (0,external_node_buffer_namespaceObject.isUtf8)(file.subarray(i, i + length))) {
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

;// CONCATENATED MODULE: ./src/formats/claude-code/context.ts


/** A meta file larger than this is not Claude Code's: it is left alone. */
const META_LIMIT_BYTES = 64 * 1024;
const AGENT_FILE = /^agent-(.+)\.jsonl$/;
/**
 * What a transcript's path tells: a subagent's file (`agent-<id>.jsonl`, flat beside the session
 * or under `<sessionId>/subagents/`), its parent session's id when no line names it, and the
 * `agent-<id>.meta.json` beside it (agent type and description), when there is one.
 */
function transcriptContext(file) {
    const name = external_node_path_default().basename(file);
    const agent = AGENT_FILE.exec(name);
    const folders = external_node_path_default().dirname(file).split((external_node_path_default()).sep);
    const subagents = folders.lastIndexOf('subagents');
    const fallbackSessionId = subagents > 0 ? folders[subagents - 1] : name.replace(/\.jsonl?$/, '') || name;
    return {
        fallbackSessionId,
        agentIdFromName: agent ? agent[1] : null,
        agentMeta: agent ? readAgentMeta(file.replace(/\.jsonl$/, '.meta.json')) : null,
    };
}
/**
 * Reads `agentType` and `description` from a subagent's meta file. Only a regular file is read
 * (`O_NOFOLLOW`: a symbolic link could lead outside the workspace), and any fault means no meta.
 */
function readAgentMeta(file) {
    let fd;
    try {
        // Most subagents have no meta file: asked without an error thrown for each (a few µs apiece).
        if ((0,external_node_fs_namespaceObject.lstatSync)(file, { throwIfNoEntry: false }) === undefined)
            return null;
        fd = (0,external_node_fs_namespaceObject.openSync)(file, external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0));
    }
    catch {
        return null;
    }
    try {
        const info = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!info.isFile() || info.size > META_LIMIT_BYTES)
            return null;
        const bytes = Buffer.alloc(info.size);
        const read = (0,external_node_fs_namespaceObject.readSync)(fd, bytes, 0, info.size, 0);
        const meta = JSON.parse(bytes.toString('utf8', 0, read));
        if (typeof meta !== 'object' || meta === null)
            return null;
        const { agentType, description } = meta;
        return {
            type: typeof agentType === 'string' && agentType !== '' ? agentType : null,
            description: typeof description === 'string' && description !== '' ? description : null,
        };
    }
    catch {
        return null;
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
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
    if (day > daysInMonth(year, month))
        return Number.NaN;
    const ms = Date.parse(value);
    return ms >= FIRST_INSTANT && ms <= LAST_INSTANT ? ms : Number.NaN;
}
/** Days in a month of the proleptic Gregorian calendar (year 0 is a leap year, as ISO 8601 has it). */
function daysInMonth(year, month) {
    if (month !== 2)
        return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}
/**
 * `parseInstant` for a stream of timestamps, as fast as the plugin's own form allows: a stamp
 * written `YYYY-MM-DDTHH:MM:SSZ` on the same day as the one before it is read digit by digit, the
 * day's start taken from the previous stamp. Any other stamp (a new day, a fraction, an offset, an
 * hour past 23 or a second past 59) goes through `parseInstant`, so the value is the same.
 */
class InstantParser {
    /** The `YYYY-MM-DD` of the last stamp read the long way, and its midnight (NaN for no such day). */
    day = null;
    dayMs = Number.NaN;
    /** The same day's ten characters, as bytes. */
    dayBytes = new Uint8Array(10);
    /**
     * The value of a stamp given as the bytes of a JSON string (`start..end`, quotes excluded), when
     * it is in the plugin's form on the day of the stamp before; undefined otherwise, and the caller
     * decodes the string and calls `parse`. Such bytes hold no escape, so they are the text itself.
     */
    parseBytes(b, start, end) {
        if (end - start !== 20 || this.day === null)
            return undefined;
        const day = this.dayBytes;
        for (let k = 0; k < 10; k++)
            if (b[start + k] !== day[k])
                return undefined;
        if (b[start + 19] !== 0x5a || // Z
            b[start + 10] !== 0x54 || // T
            b[start + 13] !== 0x3a ||
            b[start + 16] !== 0x3a)
            return undefined;
        const hours = twoDigitBytes(b, start + 11);
        const minutes = twoDigitBytes(b, start + 14);
        const seconds = twoDigitBytes(b, start + 17);
        if (hours > 23 || minutes > 59 || seconds > 59)
            return undefined;
        return this.dayMs + hours * 3_600_000 + minutes * 60_000 + seconds * 1000;
    }
    parse(value) {
        if (this.day === null ||
            value.length !== 20 ||
            !value.startsWith(this.day) ||
            value.charCodeAt(19) !== 0x5a || // Z
            value.charCodeAt(10) !== 0x54 || // T
            value.charCodeAt(13) !== 0x3a ||
            value.charCodeAt(16) !== 0x3a)
            return this.parseDay(value);
        const hours = twoDigits(value, 11);
        const minutes = twoDigits(value, 14);
        const seconds = twoDigits(value, 17);
        if (hours > 23 || minutes > 59 || seconds > 59)
            return parseInstant(value);
        return this.dayMs + hours * 3_600_000 + minutes * 60_000 + seconds * 1000;
    }
    /** The long way, remembering the stamp's day when it is in the plugin's form. */
    parseDay(value) {
        const ms = parseInstant(value);
        // Not from `24:00:00` (the next day's midnight) or a leap second, which may roll over.
        if (value.length === 20 &&
            value.charCodeAt(19) === 0x5a &&
            !Number.isNaN(ms) &&
            twoDigits(value, 11) <= 23 &&
            twoDigits(value, 14) <= 59 &&
            twoDigits(value, 17) <= 59) {
            this.day = value.slice(0, 10);
            for (let k = 0; k < 10; k++)
                this.dayBytes[k] = value.charCodeAt(k);
            this.dayMs = Math.floor(ms / DAY_MS) * DAY_MS;
        }
        return ms;
    }
}
/** Two decimal digits at `at` as a number, or 99 when either is not a digit. */
function twoDigits(value, at) {
    const tens = value.charCodeAt(at) - 0x30;
    const ones = value.charCodeAt(at + 1) - 0x30;
    return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : 99;
}
/** Two decimal digits at `at` as a number, or 99 when either is not a digit. */
function twoDigitBytes(b, at) {
    const tens = b[at] - 0x30;
    const ones = b[at + 1] - 0x30;
    return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : 99;
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
    instants = new InstantParser();
    /** The latest valid timestamp so far and where it was, to notice time going backwards. */
    latestMs = Number.NEGATIVE_INFINITY;
    latestIndex = -1;
    /** Interactions of one day in a row are counted here, and added to `days` when the day changes. */
    runDay = Number.NaN;
    runCount = 0;
    /** interaction_id → index of the first interaction that had it. */
    ids = new SeenIds();
    /** Adds the next interaction of the `interactions` array. */
    add(facts) {
        const id = facts.kind === 'object' && typeof facts.id === 'string';
        if (id)
            hashText(facts.id);
        this.addParsed(facts, this.instant(facts.timestamp), id);
    }
    /**
     * The index of the interaction that first had the id whose hashes `hashBytes` or `hashText`
     * just gave, or -1. Nothing is remembered: `addParsed` does that.
     */
    idSeenAt() {
        return this.ids.lookup(HASHES[0], HASHES[1]);
    }
    /**
     * `add`, for a scanner that parsed the timestamp itself (`at`, NaN when it is not a valid
     * instant, whatever `facts.timestamp` holds) and, when `id` is true, hashed the interaction's
     * string id into `HASHES` (`facts.id` then needs to be its text only when `idSeenAt` found it).
     */
    addParsed(facts, at, id) {
        const index = this.index++;
        const kind = kindOf(facts);
        this.kinds[kind]++;
        if (facts.kind !== 'object') {
            this.problems.add(`interactions[${index}] is ${describeKind(facts.kind)}, not an object; counted as other`);
            return;
        }
        if (typeof facts.type !== 'string')
            this.problems.add(`interactions[${index}] ${facts.type === undefined ? 'has no' : 'has a non-string'} "type"; counted as other`);
        if (id) {
            const first = this.ids.firstIndexOf(HASHES[0], HASHES[1], index);
            if (first !== undefined)
                this.problems.add(`interactions[${index}] repeats the interaction_id ${quote(String(facts.id))} of interactions[${first}]`, 'repeated interaction_id');
        }
        if (Number.isNaN(at)) {
            this.problems.add(`interactions[${index}] has no valid ISO 8601 "timestamp"`);
        }
        else {
            if (at < this.latestMs)
                this.problems.add(`interactions[${index}] has a timestamp earlier than interactions[${this.latestIndex}] (time goes backwards)`);
            else {
                this.latestMs = at;
                this.latestIndex = index;
            }
            this.see(at);
            const day = Math.floor(at / DAY_MS);
            if (day === this.runDay)
                this.runCount++;
            else {
                this.endRun();
                this.runDay = day;
                this.runCount = 1;
            }
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
        this.endRun();
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
            this.lastStampMs = this.instants.parse(stamp);
        }
        return this.lastStampMs;
    }
    endRun() {
        if (this.runCount === 0)
            return;
        this.days.set(this.runDay, (this.days.get(this.runDay) ?? 0) + this.runCount);
        this.runCount = 0;
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
    /**
     * An open-addressed table, as typed arrays rather than a Map (which cost more than the rest of
     * an interaction's rules): slot `s` holds the first hash plus one (0 for an empty slot), the
     * second hash and the index where the id was first seen.
     */
    firstHash = new Int32Array(1024);
    secondHash = new Int32Array(1024);
    firstIndex = new Int32Array(1024);
    size = 0;
    /** The index where the id of these hashes was first seen, or -1; nothing is remembered. */
    lookup(a, b) {
        const mask = this.firstHash.length - 1;
        for (let slot = a & mask;; slot = (slot + 1) & mask) {
            const held = this.firstHash[slot];
            if (held === 0)
                return -1;
            if (held === a + 1)
                return this.secondHash[slot] === b ? this.firstIndex[slot] : -1;
        }
    }
    /**
     * The index where the id of these hashes (`hashText`) was first seen, or undefined (and it is
     * remembered, up to a bound).
     */
    firstIndexOf(a, b, index) {
        const mask = this.firstHash.length - 1;
        let slot = a & mask;
        for (;;) {
            const held = this.firstHash[slot];
            if (held === 0)
                break;
            // Ids whose first hashes agree and second ones do not are different ids; the later one is
            // not remembered.
            if (held === a + 1)
                return this.secondHash[slot] === b ? this.firstIndex[slot] : undefined;
            slot = (slot + 1) & mask;
        }
        if (this.size >= IDS_REMEMBERED)
            return undefined;
        this.firstHash[slot] = a + 1;
        this.secondHash[slot] = b;
        this.firstIndex[slot] = index;
        if (++this.size * 2 > this.firstHash.length)
            this.grow();
        return undefined;
    }
    grow() {
        const [firstHash, secondHash, firstIndex] = [this.firstHash, this.secondHash, this.firstIndex];
        const capacity = firstHash.length * 2;
        const newFirst = new Int32Array(capacity);
        const newSecond = new Int32Array(capacity);
        const newIndex = new Int32Array(capacity);
        const mask = capacity - 1;
        for (let old = 0; old < firstHash.length; old++) {
            const held = firstHash[old];
            if (held === 0)
                continue;
            let slot = (held - 1) & mask;
            while (newFirst[slot] !== 0)
                slot = (slot + 1) & mask;
            newFirst[slot] = held;
            newSecond[slot] = secondHash[old];
            newIndex[slot] = firstIndex[old];
        }
        this.firstHash = newFirst;
        this.secondHash = newSecond;
        this.firstIndex = newIndex;
    }
}
/**
 * The two hashes of the last id hashed (`hashText` or `hashBytes`), each cut to 30 bits. Both read
 * the id two UTF-16 code units at a time, each pair one 32-bit word, with different seeds,
 * multipliers and shifts, and mix the result so that its low bits (the table's slot) depend on
 * every unit.
 */
const HASHES = new Int32Array(2);
function finish(a, b) {
    a ^= a >>> 16;
    a = Math.imul(a, 0x85ebca6b);
    a ^= a >>> 13;
    b ^= b >>> 16;
    b = Math.imul(b, 0xc2b2ae35);
    b ^= b >>> 16;
    HASHES[0] = a & 0x3fffffff;
    HASHES[1] = b & 0x3fffffff;
}
/** Hashes an id's text into `HASHES`. */
function hashText(id) {
    const n = id.length;
    let a = 0x811c9dc5 ^ n;
    let b = 0x5bd1e995 ^ Math.imul(n, 0x27d4eb2d);
    for (let i = 0; i < n; i += 2) {
        const word = id.charCodeAt(i) | (i + 1 < n ? id.charCodeAt(i + 1) << 16 : 0);
        a = Math.imul(a ^ word, 0x01000193);
        a ^= a >>> 15;
        b = Math.imul(b ^ word, 0x5bd1e995);
        b ^= b >>> 13;
    }
    finish(a, b);
}
/**
 * Hashes the bytes of a JSON string's content (`start..end`) into `HASHES`, as `hashText` hashes
 * the text they stand for, when they are printable ASCII without escapes (each byte is then one
 * code unit). Returns false, hashing nothing, for any other bytes: decode them and use `hashText`.
 */
function hashBytes(bytes, start, end) {
    const n = end - start;
    let a = 0x811c9dc5 ^ n;
    let b = 0x5bd1e995 ^ Math.imul(n, 0x27d4eb2d);
    for (let i = start; i < end; i += 2) {
        const low = bytes[i];
        const high = i + 1 < end ? bytes[i + 1] : 0;
        if (low < 0x20 ||
            low >= 0x80 ||
            low === 0x5c ||
            (i + 1 < end && (high < 0x20 || high >= 0x80 || high === 0x5c)))
            return false;
        const word = low | (high << 16);
        a = Math.imul(a ^ word, 0x01000193);
        a ^= a >>> 15;
        b = Math.imul(b ^ word, 0x5bd1e995);
        b ^= b >>> 13;
    }
    finish(a, b);
    return true;
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
/** The facts the digest rules need from one parsed interaction. */
function factsOf(item) {
    const kind = jsonKind(item);
    if (kind !== 'object')
        return { kind };
    const record = item;
    const content = record.content;
    const contentKind = content === undefined ? undefined : jsonKind(content);
    const fromContent = (field) => contentKind === 'object' ? stringOrKind(content[field]) : undefined;
    const type = stringOrKind(record.type);
    // A tool name only counts for a call and a summary only for a summary: the scanner steps over
    // them (however large) for any other type.
    return {
        kind,
        type,
        id: stringOrKind(record.interaction_id),
        timestamp: stringOrKind(record.timestamp),
        ...(contentKind !== undefined && { contentKind }),
        tool: type === 'tool_call' ? fromContent('tool') : undefined,
        summary: type !== 'assistant_summary'
            ? undefined
            : contentKind === 'string'
                ? content
                : fromContent('summary'),
    };
}
function stringOrKind(value) {
    if (value === undefined || typeof value === 'string')
        return value;
    return { wrongKind: jsonKind(value) };
}

;// CONCATENATED MODULE: ./src/formats/claude-code/digest.ts


const digest_DAY_MS = 86_400_000;
/** Tools that start a subagent. */
const SUBAGENT_TOOLS = new Set(['Task', 'Agent']);
/** `model` of the error messages Claude Code makes up itself: no API response, no usage. */
const SYNTHETIC_MODEL = '<synthetic>';
/**
 * How a user line's text starts when Claude Code wrote it rather than the user: command output,
 * interruption notices, notifications and editor context. A slash command (`<command-name>`) and a
 * shell command (`<bash-input>`) were typed, and count as prompts.
 */
const NOT_TYPED = [
    '<local-command-stdout>',
    '<local-command-stderr>',
    '<local-command-caveat>',
    '<bash-stdout>',
    '<bash-stderr>',
    '<task-notification>',
    '<ide_',
    '<system-reminder>',
    '[Request interrupted',
    'Caveat: The messages below',
];
/**
 * The rules that turn transcript lines into a digest: each API response once by `message.id`
 * (its most complete line kept), each `tool_use` and `tool_result` once by id, typed prompts told
 * from tool results and Claude Code's own lines. Fed by `TranscriptLineScanner` or, in tests, by
 * lines parsed with `JSON.parse`.
 */
class TranscriptDigestBuilder {
    context;
    kinds = emptyKindCounts();
    tools = new Map();
    days = new Map();
    problems = new Problems();
    first = Number.POSITIVE_INFINITY;
    last = Number.NEGATIVE_INFINITY;
    sessionId;
    cwd;
    agentId;
    versions = new Set();
    branches = new Set();
    responses = new Map();
    /** tool_use id → tool name, for naming the tool of a result. */
    toolUseNames = new Map();
    results = new Set();
    toolErrors = new Map();
    apiErrors = new Set();
    apiErrorsWithoutId = 0;
    subagentsStarted = 0;
    compactions = 0;
    activeMs = null;
    transcriptLines = 0;
    firstBadLine = null;
    lastStamp;
    lastStampMs = Number.NaN;
    /** The last valid day seen (`YYYY-MM-DDT`) and its start. */
    dayText = '\u0000';
    dayMs = 0;
    constructor(context) {
        this.context = context;
    }
    badLine(lineNumber, reason) {
        const message = `line ${lineNumber}: not JSON (${reason}); skipped`;
        this.firstBadLine ??= message;
        this.problems.add(message, 'not JSON');
    }
    line(facts, isObject, lineNumber) {
        if (!isObject || facts.type === undefined) {
            const message = `line ${lineNumber}: ${isObject ? 'an object without a string "type"' : 'not an object'}, not a transcript line; skipped`;
            this.firstBadLine ??= message;
            this.problems.add(message, 'not a transcript line');
            return;
        }
        this.transcriptLines++;
        if (facts.sessionId)
            this.sessionId ??= facts.sessionId;
        if (facts.cwd)
            this.cwd ??= facts.cwd;
        if (facts.agentId && facts.isSidechain)
            this.agentId ??= facts.agentId;
        if (facts.version)
            this.versions.add(facts.version);
        if (facts.gitBranch)
            this.branches.add(facts.gitBranch);
        const at = this.instant(facts.timestamp);
        if (!Number.isNaN(at)) {
            if (at < this.first)
                this.first = at;
            if (at > this.last)
                this.last = at;
        }
        switch (facts.type) {
            case 'assistant':
                this.assistant(facts, at);
                return;
            case 'user':
                this.user(facts, at);
                return;
            case 'system':
                if (facts.subtype === 'compact_boundary')
                    this.compactions++;
                else if (facts.subtype === 'turn_duration' &&
                    facts.durationMs !== undefined &&
                    Number.isFinite(facts.durationMs) &&
                    facts.durationMs >= 0)
                    this.activeMs = (this.activeMs ?? 0) + facts.durationMs;
                return;
        }
    }
    assistant(facts, at) {
        const id = facts.messageId;
        if (facts.isApiErrorMessage) {
            if (id === undefined)
                this.apiErrorsWithoutId++;
            else
                this.apiErrors.add(id);
        }
        let entry;
        if (id !== undefined && facts.model !== SYNTHETIC_MODEL) {
            entry = this.responses.get(id);
            const usage = facts.usage;
            const total = usage ? usage.input + usage.output + usage.cacheCreation + usage.cacheRead : 0;
            if (entry === undefined) {
                entry = {
                    id,
                    model: facts.model ?? '',
                    tokens: tokensOf(usage),
                    total,
                    sidechain: facts.isSidechain,
                    fast: usage?.speed === 'fast',
                    inferenceGeo: usage?.geo ?? null,
                    toolUses: [],
                };
                this.responses.set(id, entry);
                this.kinds.assistant_summary++;
                this.countDay(at);
            }
            else if ((entry.sidechain && !facts.isSidechain) ||
                (entry.sidechain === facts.isSidechain && total > entry.total)) {
                // A more complete line of the same response: a non-sidechain copy, or a later stream line.
                entry.model = facts.model ?? entry.model;
                entry.tokens = tokensOf(usage);
                entry.total = total;
                entry.sidechain = facts.isSidechain;
                entry.fast = usage?.speed === 'fast';
                entry.inferenceGeo = usage?.geo ?? null;
            }
        }
        for (const block of facts.blocks) {
            if (block.type !== 'tool_use')
                continue;
            const name = block.name || UNKNOWN_TOOL;
            if (block.id !== undefined) {
                if (this.toolUseNames.has(block.id))
                    continue;
                this.toolUseNames.set(block.id, name);
            }
            this.kinds.tool_call++;
            this.tools.set(name, (this.tools.get(name) ?? 0) + 1);
            this.countDay(at);
            entry?.toolUses.push(name);
            if (SUBAGENT_TOOLS.has(name))
                this.subagentsStarted++;
        }
    }
    user(facts, at) {
        let results = 0;
        for (const block of facts.blocks) {
            if (block.type !== 'tool_result')
                continue;
            results++;
            const id = block.toolUseId;
            if (id !== undefined) {
                if (this.results.has(id))
                    continue;
                this.results.add(id);
            }
            this.kinds.tool_result++;
            this.countDay(at);
            if (block.isError) {
                const name = (id !== undefined && this.toolUseNames.get(id)) || UNKNOWN_TOOL;
                this.toolErrors.set(name, (this.toolErrors.get(name) ?? 0) + 1);
            }
        }
        if (results > 0 || facts.isMeta || facts.isCompactSummary || facts.isSidechain)
            return;
        if (isTypedPrompt(facts)) {
            this.kinds.user_message++;
            this.countDay(at);
        }
    }
    /** Finishes the digest, or says why the file is not a transcript. */
    build() {
        if (this.transcriptLines === 0)
            return {
                ok: false,
                reason: 'not a Claude Code transcript: no line is a JSON object with a "type"' +
                    (this.firstBadLine === null ? ' (the file is empty)' : ` (${this.firstBadLine})`),
            };
        const iso = (ms) => Number.isFinite(ms) ? new Date(ms).toISOString() : null;
        const agentId = this.agentId ?? this.context.agentIdFromName;
        const agent = agentId === null
            ? null
            : {
                agentId,
                type: this.context.agentMeta?.type ?? null,
                description: this.context.agentMeta?.description ?? null,
            };
        const responses = [...this.responses.values()].map((entry) => ({
            id: entry.id,
            model: entry.model,
            tokens: entry.tokens,
            sidechain: entry.sidechain,
            fast: entry.fast,
            inferenceGeo: entry.inferenceGeo,
            toolUses: entry.toolUses,
        }));
        return {
            ok: true,
            digest: {
                format: 'claude-code',
                sessionId: this.sessionId ?? this.context.fallbackSessionId,
                start: iso(this.first),
                end: iso(this.last),
                projectPath: this.cwd ?? null,
                kinds: this.kinds,
                tools: this.tools,
                summaries: [],
                interactionsByDay: new Map([...this.days]
                    .sort((a, b) => a[0] - b[0])
                    .map(([day, count]) => [iso(day * digest_DAY_MS).slice(0, 10), count])),
                firstActivity: iso(this.first),
                lastActivity: iso(this.last),
                problems: this.problems.list(),
                transcript: {
                    agent,
                    responses,
                    toolErrors: this.toolErrors,
                    subagentsStarted: this.subagentsStarted,
                    compactions: this.compactions,
                    apiErrors: this.apiErrors.size + this.apiErrorsWithoutId,
                    activeMs: this.activeMs,
                    versions: [...this.versions],
                    branches: [...this.branches],
                    run: null,
                },
            },
        };
    }
    countDay(at) {
        if (Number.isNaN(at))
            return;
        const day = Math.floor(at / digest_DAY_MS);
        this.days.set(day, (this.days.get(day) ?? 0) + 1);
    }
    instant(stamp) {
        if (stamp === undefined)
            return Number.NaN;
        if (stamp !== this.lastStamp) {
            this.lastStamp = stamp;
            this.lastStampMs = this.quickInstant(stamp);
        }
        return this.lastStampMs;
    }
    /**
     * Claude Code writes every timestamp as `YYYY-MM-DDTHH:MM:SS.mmmZ`: such a stamp on a day
     * already checked needs only its time read; anything else goes through the strict parser.
     */
    quickInstant(stamp) {
        if (stamp.length !== 24 || stamp.charCodeAt(23) !== 0x5a || stamp.charCodeAt(19) !== 0x2e)
            return parseInstant(stamp);
        if (!stamp.startsWith(this.dayText)) {
            const ms = parseInstant(stamp);
            if (Number.isNaN(ms))
                return ms;
            this.dayText = stamp.slice(0, 11);
            this.dayMs = Math.floor(ms / digest_DAY_MS) * digest_DAY_MS;
            return ms;
        }
        const hours = digits(stamp, 11, 2);
        const minutes = digits(stamp, 14, 2);
        const seconds = digits(stamp, 17, 2);
        const millis = digits(stamp, 20, 3);
        if (hours > 23 ||
            minutes > 59 ||
            seconds > 59 ||
            Math.min(hours, minutes, seconds, millis) < 0 ||
            stamp.charCodeAt(13) !== 0x3a ||
            stamp.charCodeAt(16) !== 0x3a)
            return parseInstant(stamp);
        return this.dayMs + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
    }
}
/** The number written with `count` decimal digits at `at`, or -1. */
function digits(text, at, count) {
    let value = 0;
    for (let k = at; k < at + count; k++) {
        const digit = text.charCodeAt(k) - 0x30;
        if (digit < 0 || digit > 9)
            return -1;
        value = value * 10 + digit;
    }
    return value;
}
/** A user line the user typed: a string, or text (or an image) not written by Claude Code. */
function isTypedPrompt(facts) {
    if (facts.content === 'string')
        return isTyped(facts.contentStart ?? '');
    if (facts.content !== 'array')
        return false;
    return facts.blocks.some((block) => block.type === 'image' || (block.type === 'text' && isTyped(block.textStart ?? '')));
}
function isTyped(start) {
    const text = start.trimStart();
    return text !== '' && !NOT_TYPED.some((prefix) => text.startsWith(prefix));
}
/** Tokens of a usage: cache writes split into 5-minute and 1-hour ones, summing to the total. */
function tokensOf(usage) {
    if (usage === undefined)
        return { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0, webSearches: 0 };
    const hour = Math.min(usage.cache1h ?? 0, usage.cacheCreation);
    return {
        input: usage.input,
        output: usage.output,
        cacheWrite5m: usage.cacheCreation - hour,
        cacheWrite1h: hour,
        cacheRead: usage.cacheRead,
        webSearches: usage.webSearches,
    };
}

;// CONCATENATED MODULE: ./src/formats/claude-code/line-facts.ts
/**
 * What the digest needs from one transcript line: a handful of small fields. Both the streaming
 * scanner and the `JSON.parse` reference fill this shape, so the digest rules exist once.
 */
/** Characters of a prompt's start kept to tell a typed prompt from command output. */
const TEXT_START_CHARS = 32;
/**
 * Empties a line's facts for the next line, in place: a scanner reads tens of thousands of lines,
 * and its sink copies what it keeps. A fresh `blocks` array, when the line had blocks.
 */
function clearLineFacts(facts) {
    facts.type = undefined;
    facts.timestamp = undefined;
    facts.sessionId = undefined;
    facts.agentId = undefined;
    facts.version = undefined;
    facts.gitBranch = undefined;
    facts.cwd = undefined;
    facts.subtype = undefined;
    facts.durationMs = undefined;
    facts.isSidechain = false;
    facts.isMeta = false;
    facts.isCompactSummary = false;
    facts.isApiErrorMessage = false;
    facts.messageId = undefined;
    facts.model = undefined;
    facts.content = 'none';
    facts.contentStart = undefined;
    if (facts.blocks.length > 0)
        facts.blocks = [];
    facts.usage = undefined;
}
function clearBlockFacts(block) {
    block.type = '';
    block.id = undefined;
    block.name = undefined;
    block.toolUseId = undefined;
    block.isError = false;
    block.textStart = undefined;
}
function clearUsageFacts(usage) {
    usage.input = 0;
    usage.output = 0;
    usage.cacheCreation = 0;
    usage.cache5m = undefined;
    usage.cache1h = undefined;
    usage.cacheRead = 0;
    usage.webSearches = 0;
    usage.speed = undefined;
    usage.geo = undefined;
}
function emptyLineFacts() {
    return {
        type: undefined,
        timestamp: undefined,
        sessionId: undefined,
        agentId: undefined,
        version: undefined,
        gitBranch: undefined,
        cwd: undefined,
        subtype: undefined,
        durationMs: undefined,
        isSidechain: false,
        isMeta: false,
        isCompactSummary: false,
        isApiErrorMessage: false,
        messageId: undefined,
        model: undefined,
        content: 'none',
        contentStart: undefined,
        blocks: [],
        usage: undefined,
    };
}
function emptyBlockFacts() {
    return {
        type: '',
        id: undefined,
        name: undefined,
        toolUseId: undefined,
        isError: false,
        textStart: undefined,
    };
}
function emptyUsageFacts() {
    return {
        input: 0,
        output: 0,
        cacheCreation: 0,
        cache5m: undefined,
        cache1h: undefined,
        cacheRead: 0,
        webSearches: 0,
        speed: undefined,
        geo: undefined,
    };
}
/**
 * The facts of a line parsed with `JSON.parse`: the reference the scanner is tested against, and
 * the reader of execution files' messages, which have the same `message` shape.
 */
function factsOfValue(value) {
    const facts = emptyLineFacts();
    if (!isRecord(value))
        return facts;
    facts.type = line_facts_text(value.type);
    facts.timestamp = line_facts_text(value.timestamp);
    facts.sessionId = line_facts_text(value.sessionId);
    facts.agentId = line_facts_text(value.agentId);
    facts.version = line_facts_text(value.version);
    facts.gitBranch = line_facts_text(value.gitBranch);
    facts.cwd = line_facts_text(value.cwd);
    facts.subtype = line_facts_text(value.subtype);
    facts.durationMs = typeof value.durationMs === 'number' ? value.durationMs : undefined;
    facts.isSidechain = value.isSidechain === true;
    facts.isMeta = value.isMeta === true;
    facts.isCompactSummary = value.isCompactSummary === true;
    facts.isApiErrorMessage = value.isApiErrorMessage === true;
    const message = value.message;
    if (!isRecord(message))
        return facts;
    facts.messageId = line_facts_text(message.id);
    facts.model = line_facts_text(message.model);
    const content = message.content;
    if (typeof content === 'string') {
        facts.content = 'string';
        facts.contentStart = content.slice(0, TEXT_START_CHARS);
    }
    else if (Array.isArray(content)) {
        facts.content = 'array';
        for (const item of content) {
            if (!isRecord(item))
                continue;
            const block = emptyBlockFacts();
            block.type = line_facts_text(item.type) ?? '';
            block.id = line_facts_text(item.id);
            block.name = line_facts_text(item.name);
            block.toolUseId = line_facts_text(item.tool_use_id);
            block.isError = item.is_error === true;
            const body = line_facts_text(item.text);
            block.textStart = body?.slice(0, TEXT_START_CHARS);
            facts.blocks.push(block);
        }
    }
    if (isRecord(message.usage))
        facts.usage = usageOf(message.usage);
    return facts;
}
/** Tokens of an API `usage` object (a message's, or an execution result's). */
function usageOf(usage) {
    const facts = emptyUsageFacts();
    facts.input = count(usage.input_tokens);
    facts.output = count(usage.output_tokens);
    facts.cacheCreation = count(usage.cache_creation_input_tokens);
    facts.cacheRead = count(usage.cache_read_input_tokens);
    if (isRecord(usage.cache_creation)) {
        const split = usage.cache_creation;
        if (typeof split.ephemeral_5m_input_tokens === 'number')
            facts.cache5m = count(split.ephemeral_5m_input_tokens);
        if (typeof split.ephemeral_1h_input_tokens === 'number')
            facts.cache1h = count(split.ephemeral_1h_input_tokens);
    }
    if (isRecord(usage.server_tool_use))
        facts.webSearches = count(usage.server_tool_use.web_search_requests);
    facts.speed = line_facts_text(usage.speed);
    facts.geo = line_facts_text(usage.inference_geo);
    return facts;
}
/** A token count: a finite number of zero or more, anything else 0. */
function count(value) {
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}
function line_facts_text(value) {
    return typeof value === 'string' ? value : undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/formats/structural-index-wasm.ts
// Assembled from structural-index.wat by `node scripts/wasm.ts`: do not edit.
const STRUCTURAL_INDEX_WASM = 'AGFzbQEAAAABJwZgAnt/AXtgAnt/AX5gAX8Efn5+fmADf39/AX9gAn9/AX9gAX8BfwMLCgABAgMEBQQDBAMFBAEBDAwGFQR/' +
    'AUEAC38BQX8LfwFBAAt/AUEACwdMCAZtZW1vcnkCAAVzdGF0ZQMABWluZGV4AAMJc3RyaW5nRW5kAAQIcmVzdFNsb3QDAQVu' +
    'ZWVkQQMCBW5lZWRCAwMId2Fsa0xpbmUACQqcEwoKACAAIAH9D/0jCwsAIAD9ZK0gAa2GC6YBAwF/AnsEfgNAIAAgAWr9AAQA' +
    'IQIgAkEg/Q/9UCEDIAQgAkEiEAAgARABhCEEIAUgAkHcABAAIAEQAYQhBSAGIANB+wAQACADQf0AEAD9UCACQToQACACQSwQ' +
    'AP1Q/VAgARABhCEGIAcgAkEgEAAgAkEKEAD9UCACQQ0QACACQQkQAP1Q/VAgARABhCEHIAFBEGohASABQcAASQ0ACyAEIAUg' +
    'BiAHC8IDBAN/DX4BfwF+IwBBAXGtIRIjAEEBdkEBcSETIwBBAnZBAXGtIRQgAiEFAkADQCADIAFPDQEgASADayEEIARBwABP' +
    'BEBBwAAhBEJ/IQYFQgEgBK2GQgF9IQYLIAAgA2oQAiAGgyEKIAaDIQkgBoMhCCAGgyEHQgAhCyATBEBCASELIAhCfoMhCAtB' +
    'ACETAkADQCAIUA0BIAh6IQwgDEIBfCAErVEEQEEBIRNCACENBUIBIAxCAXyGIQ0LIAsgDYQhCyAIIA1CASAMhoRCf4WDIQgM' +
    'AAsLIAcgC0J/hYMhByAHIQ4gDiAOQgGGhSEOIA4gDkIChoUhDiAOIA5CBIaFIQ4gDiAOQgiGhSEOIA4gDkIQhoUhDiAOIA5C' +
    'IIaFIQ4gDkIAIBJ9hSEOIA5CP4ghEiAGIAogCYQgByAOhIRCf4WDIQ8gDyAPQgGGIBSEQn+FgyEQIA8gBEEBa62IQgGDIRQg' +
    'ByAQhCAJIA5Cf4WDhCERAkADQCARUA0BIAUgAyAReqdqNgIAIAVBBGohBSARIBFCAX2DIREMAAsLIANBwABqIQMMAAsLIBKn' +
    'IBNBAXQgFKdBAnRyciQAIAUgAmtBAnYLkgECAXsDfwJAA0AgAEEQaiABSw0BIAD9AAQAIQIgAkEiEAAgAkHcABAA/VD9ZCED' +
    'IANFBEAgAEEQaiEADAELIAAgA2hqIQQgBC0AAEEiRgRAIAQPCyAEQQJqIQAMAAsLAkADQCAAIAFPDQEgAC0AACEFIAVBIkYE' +
    'QCAADwsgAEECQQEgBUHcAEYbaiEADAALC0F/CxMAIABBIEYgAEEJRnIgAEENRnILJAACQANAIAAgAU8NASAALQAAEAVFDQEg' +
    'AEEBaiEADAALCyAAC+EBAwR/AX4Cf0GAoSggAEEIdGohAyADKAIAIQQgASkDACEHIAJBCEkEQCAHQgEgAkEDdK2GQgF9gyEH' +
    'CwJAA0AgBSAETw0BIANBBGogBUEEdGohBiAFQQFqIQUgBi0AACACRw0AIAZBCGopAwAgB1INACAGQQRqKAIAIQlBCCEIAkAD' +
    'QCAIIAJPDQEgASAIai0AACAJIAhqLQAARw0CIAhBAWohCAwACwsgBkEBai0AAA8LC0EAIQgCQANAIAggAk8NASABIAhqLQAA' +
    'QdwARgRAQX8PCyAIQQFqIQgMAAsLQQAL9QEDAX8CewJ/QQEhAgNAIABBEGogAU0EQCAA/QAEACEDIANBIP0P/VAhBCADQSIQ' +
    'ACAEQfsAEAAgBEH9ABAA/VD9UP1kIQUgBUUEQCAAQRBqIQAMAgsgACAFaGohAAUCQANAIAAgAU8EQEF/DwsgAC0AACEGIAZB' +
    'IkYNASAGQSByIQYgBkH7AEYgBkH9AEZyDQEgAEEBaiEADAALCwsgAC0AACEGIAZBIkYEQCAAQQFqIAEQBCEAIABBAEgEQEF/' +
    'DwsgAEEBaiEADAELIABBAWohACAGQSByQfsARgRAIAJBAWohAgwBCyACQQFrIQIgAg0ACyAAC+8IAwZ/AX4Ef0GAwCghBiAA' +
    'IAEQBiEDIAMgAU8EQEF/DwsgAy0AAEH7AEcEQEF/DwsgAiEHA0AgBUGQzgBPBEBBfw8LAkACQCADIAEQBiEDIAMgAU8EQEF/' +
    'DwsgAy0AACEEIARBIkYEQCADQQFqIAEQBCELIAtBAEgEQEF/DwsgBwRAIAZBgAIgB3I2AgAgBiADQQFqNgIEIAYgCzYCCCAG' +
    'QQxqIQYgBUEBaiEFIApBAUYEQCAHIwJGBEAgDUEBciENCyAHIwNGBEAgDUECciENCwsLIAtBAWohAwwBCyAEQSByQfsARgRA' +
    'IANBAWohA0GAoCggB2otAAAhCCAIRSAIQQFxIARB+wBGR3IEQCADIAEQCCEDIANBAEgEQEF/DwsMAgsgCkEPTwRAQX8PCyAJ' +
    'QgSGIAithCEJIApBAWohCiAGQYAIIAhyNgIAIAZBDGohBiAFQQFqIQUgAyABEAYhAyADIAFPBEBBfw8LIAMtAABB/QBB3QAg' +
    'CEEBcRtGDQEgCEEBcQ0CQcCgKCAIai0AACEHDAMLIARBLUYgBEEwa0EKSXIEQCADIQwCQANAIAwgAU8NASAMLQAAQTBrQQpP' +
    'DQEgDEEBaiEMDAALCyAMIANGIAwgA2tBD0tyBEBBfw8LIARBMEYgDCADa0EBS3EEQEF/DwsgDCABSQRAIAwtAAAhBCAEQS5G' +
    'IARBIHJB5QBGciAEQStGIARBLUZycgRAQX8PCwsgBwRAIAZBgAQgB3I2AgAgBiADNgIEIAYgDDYCCCAGQQxqIQYgBUEBaiEF' +
    'CyAMIQMMAQsgBEH0AEYEQCADQQRqIAFLBEBBfw8LIAMoAgBB9OTVqwZHBEBBfw8LIAcEQCAGQYAGIAdyNgIAIAZBDGohBiAF' +
    'QQFqIQULIANBBGohAwwBCyAEQe4ARgRAIANBBGogAUsEQEF/DwsgAygCAEHu6rHjBkcEQEF/DwsgA0EEaiEDDAELIARB5gBG' +
    'BEAgA0EFaiABSwRAQX8PCyADKAIAQebCsZsHRwRAQX8PCyADLQAEQeUARwRAQX8PCyADQQVqIQMMAQtBfw8LA0AgCkUEQCAD' +
    'IAEQBiABRwRAQX8PCyAFDwsgCUIPg6chCCADIAEQBiEDIAMgAU8EQEF/DwsgAy0AACEEIANBAWohAyAEQf0AQd0AIAhBAXEb' +
    'RgRAIAlCBIghCSAKQQFrIQogBUGQzgBPBEBBfw8LIAZBgAo2AgAgBkEMaiEGIAVBAWohBQwBCyAEQSxHBEBBfw8LIAhBAXEN' +
    'AUHAoCggCGotAAAhBwwCCwsgAyABEAYhAyADIAFPBEBBfw8LIAMtAABBIkcEQEF/DwsgA0EBaiABEAQhCyALQQBIBEBBfw8L' +
    'IAggA0EBaiALIANBAWprEAchByAHQQBIBEBBfw8LIAcjAUYgCkEBRiANQQNGcXEEQCAGQYAMNgIAIAVBAWoPCyALQQFqIAEQ' +
    'BiEDIAMgAU8EQEF/DwsgAy0AAEE6RwRAQX8PCyADQQFqIQMMAAsACw==';

;// CONCATENATED MODULE: ./src/formats/structural-index.ts

/**
 * Where tokens start in JSON bytes, found 64 bytes at a time by a WebAssembly SIMD module
 * (`structural-index.wat`): each quote that opens or closes a string, each of `{}[]:,` outside
 * strings, and the first byte of every other run of non-whitespace outside strings (a number, a
 * literal, a stray byte). A scanner then goes from token to token, never looking at whitespace or
 * at the inside of a string it does not use.
 *
 * One instance serves every scanner of a thread: `index` leaves its entries in `entries` until the
 * next call, and what carries over from one window of a text to the next is the caller's `state`.
 * Bytes read straight into `window` are indexed where they lie; any others are copied there first.
 */
/** Bytes indexed in one call, at most. */
const WINDOW = 128 * 1024;
/** Where the entries start in the module's memory (after the window and 64 bytes read past it). */
const ENTRIES = WINDOW + 4096;
/** Where a line walk's schema lies, after the entries; its keys' bytes from `KEY_BYTES`. */
const TABLES = ENTRIES + WINDOW * 4;
const KEY_BYTES = TABLES + 3328;
/** Where a line walk writes its events, three numbers each; at most `MAX_EVENTS` of them. */
const EVENTS = TABLES + 4096;
const MAX_EVENTS = 10_240;
// The kinds of a line walk's events: each is kind × 256 + slot (or role), then two offsets.
/** A string in a slot: where its content starts and ends. */
const WALK_STRING = 1;
/** A plain integer (up to 15 digits) in a slot: where it starts and ends. */
const WALK_NUMBER = 2;
/** `true` in a slot. */
const WALK_TRUE = 3;
/** An object or array of a role opens. */
const WALK_OPEN = 4;
/** The innermost one open closes. */
const WALK_CLOSE = 5;
/** The rest of the line is not read. */
const WALK_REST = 6;
const wasm = globalThis.WebAssembly;
/** The state of a text before its first window. */
const START_STATE = 0;
class StructuralIndex {
    /** Token offsets from the first byte indexed, `count` of them after `index`. */
    entries;
    /** The module's own `WINDOW` bytes, to read into: bytes there are indexed without a copy. */
    window;
    /** A line walk's events, as `walkLine` left them: offsets are from the start of the memory. */
    events;
    exports;
    memory;
    lastAsked = null;
    lastHeld = false;
    schema = null;
    constructor() {
        const module = new wasm.Module(Buffer.from(STRUCTURAL_INDEX_WASM, 'base64'));
        this.exports = new wasm.Instance(module).exports;
        this.memory = this.exports.memory.buffer;
        // The memory's size is fixed (minimum and maximum alike), so these views stay valid.
        this.window = Buffer.from(this.memory, 0, WINDOW);
        this.entries = new Uint32Array(this.memory, ENTRIES, WINDOW);
        this.events = new Int32Array(this.memory, EVENTS, MAX_EVENTS * 3);
    }
    /**
     * Indexes `b[start..end)` (at most `WINDOW` bytes) as the continuation of a text left in
     * `state`; returns the number of entries. `stateAfter` is then the state to pass for the next
     * window.
     */
    index(b, start, end, state) {
        let from = b.byteOffset + start;
        if (!this.holds(b)) {
            this.window.set(b.subarray(start, end));
            from = 0;
        }
        this.exports.state.value = state;
        return this.exports.index(from, end - start, ENTRIES);
    }
    get stateAfter() {
        return this.exports.state.value;
    }
    /**
     * Whether `b`'s bytes lie in the module's memory (read into `window`), for `stringEnd`. The
     * answer for the last array asked about is kept: reading an array's `buffer` is not free, and a
     * scanner asks about the same chunk for every string in it.
     */
    holds(b) {
        if (b !== this.lastAsked) {
            this.lastAsked = b;
            this.lastHeld = b.buffer === this.memory;
        }
        return this.lastHeld;
    }
    /**
     * The index of the quote that closes a string in `b[from..end)`, where `b[from]` is not
     * escaped, or -1; 16 bytes at a time. `b` must be one that `holds` says yes to.
     */
    stringEnd(b, from, end) {
        const found = this.exports.stringEnd(b.byteOffset + from, b.byteOffset + end);
        return found === -1 ? -1 : found - b.byteOffset;
    }
    /**
     * Walks the whole JSON line `b[start..end)` (newline excluded; `b` one that `holds` says yes to)
     * as `schema` reads it, leaving in `events` only what the schema reads, in order; answers their
     * number, or -1 when the line is one to read another way: not a JSON object, not valid, or with
     * a number other than a plain integer or a key written with escapes. Within values in no slot
     * only strings and brackets are followed.
     */
    walkLine(b, start, end, schema) {
        if (schema !== this.schema)
            this.install(schema);
        return this.exports.walkLine(b.byteOffset + start, b.byteOffset + end, schema.root);
    }
    install(schema) {
        const memory = new Uint8Array(this.memory);
        const view = new DataView(this.memory);
        memory.fill(0, TABLES, EVENTS);
        for (const [slot, role] of Object.entries(schema.opens))
            memory[TABLES + Number(slot)] = role;
        for (const [role, slot] of Object.entries(schema.itemSlot))
            memory[TABLES + 64 + Number(role)] = slot;
        let bytesAt = KEY_BYTES;
        for (const [role, keys] of Object.entries(schema.keysOf)) {
            // The layout's bounds (structural-index.wat): a mistake here would corrupt another table.
            if (Number(role) > 12 || keys.length > 15)
                throw new Error(`schema too large: role ${role}`);
            const table = TABLES + 128 + Number(role) * 256;
            view.setUint32(table, keys.length, true);
            keys.forEach(([name, slot], k) => {
                const bytes = new TextEncoder().encode(name);
                if (slot > 63 || bytes.length > 255 || bytesAt + bytes.length > EVENTS)
                    throw new Error(`schema too large: ${name}`);
                const entry = table + 4 + k * 16;
                memory[entry] = bytes.length;
                memory[entry + 1] = slot;
                view.setUint32(entry + 4, bytesAt, true);
                memory.set(bytes.subarray(0, 8), entry + 8);
                memory.set(bytes, bytesAt);
                bytesAt += bytes.length;
            });
        }
        this.exports.restSlot.value = schema.rest.slot;
        this.exports.needA.value = schema.rest.after[0];
        this.exports.needB.value = schema.rest.after[1];
        this.schema = schema;
    }
}
let shared;
/** The thread's index, made on first use. */
function structuralIndex() {
    return (shared ??= new StructuralIndex());
}

;// CONCATENATED MODULE: ./src/formats/json-bytes.ts
/**
 * Byte-level steps of the transcript scanner, which goes byte by byte: finding the quote that
 * closes a string, with SIMD in the structural index's memory (where files are read), four bytes
 * at a time elsewhere.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Strings up to this long are searched in JavaScript: a native search costs more to start. */
const SHORT = 48;
/** A view of a chunk's bytes for reading four of them at once. */
function viewOf(b) {
    return new DataView(b.buffer, b.byteOffset, b.length);
}
/**
 * The index of the quote that closes a string whose content starts at `from` (a byte no backslash
 * escapes), before `end`, or -1. Backslashes before a quote are counted back to `floor` (where the
 * string's bytes begin in this chunk). `view` is `viewOf(b)`.
 */
function closingQuote(b, view, from, floor, end) {
    const index = structuralIndex();
    if (index.holds(b))
        return index.stringEnd(b, from, end);
    const near = Math.min(end, from + SHORT);
    let j = from;
    // Four bytes at a time while none is a quote or a backslash (a zero byte of `word ^ 0x22…`).
    while (j + 4 <= near) {
        const word = view.getInt32(j, true);
        const quote = word ^ 0x22222222;
        const backslash = word ^ 0x5c5c5c5c;
        if ((((quote - 0x01010101) & ~quote) | ((backslash - 0x01010101) & ~backslash)) & 0x80808080)
            break;
        j += 4;
    }
    // An escaped byte is stepped over with its backslash, so `j` ends on a byte not escaped.
    for (; j < near; j++) {
        const c = b[j];
        if (c === QUOTE)
            return j;
        if (c === BACKSLASH)
            j++;
    }
    if (j >= end)
        return -1;
    for (;;) {
        j = b.indexOf(QUOTE, j);
        if (j === -1 || j >= end)
            return -1;
        let k = j - 1;
        while (k >= floor && b[k] === BACKSLASH)
            k--;
        if (((j - 1 - k) & 1) === 0)
            return j;
        j++;
    }
}
/** Whether the bytes end with an odd run of backslashes, so the next byte is escaped. */
function trailingEscape(b, floor, end) {
    let k = end - 1;
    while (k >= floor && b[k] === BACKSLASH)
        k--;
    return ((end - 1 - k) & 1) === 1;
}

;// CONCATENATED MODULE: ./src/formats/key-table.ts
/**
 * The keys a scanner reads in one kind of object, looked up from their bytes as written: most keys
 * are ruled out by their first byte or their length, the rest by their bytes. Shared by the
 * scanners of both formats.
 */
const key_table_BACKSLASH = 0x5c;
/** What `slotOf` answers for a key that may be one read, written with escapes. */
const ESCAPED_KEY = -1;
class KeyTable {
    keys;
    /** 1 for each byte a key can start with as written: its first letter, or a backslash. */
    firstBytes;
    /** By length in bytes, the names and their slots side by side. */
    names = [];
    slots = [];
    /** `keys`: each name with its slot, a number above 0. */
    constructor(keys) {
        this.keys = keys;
        for (const [name, slot] of keys) {
            ;
            (this.names[name.length] ??= []).push(new TextEncoder().encode(name));
            (this.slots[name.length] ??= []).push(slot);
        }
        this.firstBytes = Uint8Array.from({ length: 256 }, (_, byte) => byte === key_table_BACKSLASH || keys.some(([name]) => name.charCodeAt(0) === byte) ? 1 : 0);
    }
    /**
     * The slot of the key written as `b[start..end)`: 0 when it is no key read, `ESCAPED_KEY` when it
     * may be one written with escapes (`"typ\u0065"`): decode it then, and ask `slotOfName`.
     */
    slotOf(b, start, end) {
        if (this.firstBytes[b[start]] !== 1)
            return 0;
        const length = end - start;
        const names = this.names[length];
        if (names !== undefined) {
            for (let e = 0; e < names.length; e++) {
                const bytes = names[e];
                let k = 0;
                while (k < length && b[start + k] === bytes[k])
                    k++;
                if (k === length)
                    return this.slots[length][e];
            }
        }
        // The names read are letters: one written with escapes holds a `\uXXXX`, six bytes at least.
        if (length < 6)
            return 0;
        for (let k = start; k < end; k++)
            if (b[k] === key_table_BACKSLASH)
                return ESCAPED_KEY;
        return 0;
    }
    /** The slot of a key already decoded, or 0. */
    slotOfName(name) {
        return this.keys.find(([key]) => key === name)?.[1] ?? 0;
    }
}
/** A scanner's tables, indexed by role, from its keys by role. */
function keyTables(keysOf) {
    const tables = [];
    for (const [role, keys] of Object.entries(keysOf))
        tables[Number(role)] = new KeyTable(keys);
    return tables;
}

;// CONCATENATED MODULE: ./src/formats/recent-strings.ts
/** The last few short strings decoded, by their bytes: most values of a slot repeat. */
class RecentStrings {
    /** Strings up to this many bytes are remembered. */
    static LONGEST = 64;
    size;
    /** Entry `e`'s bytes are `bytes[e * LONGEST ..]`, `lengths[e]` of them. */
    bytes;
    lengths = [];
    texts = [];
    next = 0;
    constructor(size) {
        this.size = size;
        this.bytes = new Uint8Array(size * RecentStrings.LONGEST);
    }
    find(b, start, end) {
        const length = end - start;
        const bytes = this.bytes;
        for (let e = 0; e < this.lengths.length; e++) {
            if (this.lengths[e] !== length)
                continue;
            // From the end: timestamps and ids that differ, differ there.
            const base = e * RecentStrings.LONGEST - start;
            let k = end - 1;
            while (k >= start && bytes[base + k] === b[k])
                k--;
            if (k < start)
                return this.texts[e];
        }
        return undefined;
    }
    add(b, start, end, text) {
        const e = this.next;
        const base = e * RecentStrings.LONGEST - start;
        for (let k = start; k < end; k++)
            this.bytes[base + k] = b[k];
        this.lengths[e] = end - start;
        this.texts[e] = text;
        this.next = (e + 1) % this.size;
    }
}

;// CONCATENATED MODULE: ./src/formats/claude-code/line-scanner.ts





// What the scanner expects next, as in the JSON grammar.
const VALUE = 0;
const KEY_OR_END = 1;
const KEY = 2;
const COLON = 3;
const VALUE_OR_END = 4;
const COMMA_OR_END = 5;
const AFTER_END = 6;
// The role of an open container whose members feed facts. Odd roles are objects.
const LINE = 1;
const CONTENT = 2;
const MESSAGE = 3;
const BLOCK = 5;
const USAGE = 7;
const CACHE_SPLIT = 9;
const SERVER_TOOL = 11;
// Where a value goes: the slot set by its key (or by the array it is in).
const NOWHERE = 0;
const ROOT = 1;
const TYPE = 2;
const TIMESTAMP = 3;
const SESSION_ID = 4;
const AGENT_ID = 5;
const VERSION = 6;
const BRANCH = 7;
const CWD = 8;
const SUBTYPE = 9;
const MODEL = 10;
const MESSAGE_ID = 11;
const BLOCK_TYPE = 12;
const BLOCK_ID = 13;
const BLOCK_NAME = 14;
const TOOL_USE_ID = 15;
const SPEED = 16;
const GEO = 17;
/** Slots below this one keep their whole string; the next two keep only its start. */
const LAST_WHOLE_STRING = GEO;
const CONTENT_VALUE = 18;
const BLOCK_TEXT = 19;
const DURATION = 20;
const IS_SIDECHAIN = 21;
const IS_META = 22;
const IS_COMPACT = 23;
const IS_API_ERROR = 24;
const IS_ERROR = 25;
const MESSAGE_VALUE = 26;
const USAGE_VALUE = 27;
const BLOCK_ITEM = 28;
const INPUT = 29;
const OUTPUT = 30;
const CACHE_CREATION = 31;
const CACHE_READ = 32;
const CACHE_SPLIT_VALUE = 33;
const CACHE_5M = 34;
const CACHE_1H = 35;
const SERVER_TOOL_VALUE = 36;
const WEB_SEARCHES = 37;
const TOOL_USE_RESULT = 38;
// A token cut by the end of a chunk, resumed with the next one.
const NO_TOKEN = 0;
const STRING_TOKEN = 1;
const NUMBER_TOKEN = 2;
const LITERAL_TOKEN = 3;
const line_scanner_QUOTE = 0x22;
const line_scanner_BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const KEYS_OF = {
    [LINE]: [
        ['type', TYPE],
        ['timestamp', TIMESTAMP],
        ['sessionId', SESSION_ID],
        ['agentId', AGENT_ID],
        ['version', VERSION],
        ['gitBranch', BRANCH],
        ['cwd', CWD],
        ['subtype', SUBTYPE],
        ['durationMs', DURATION],
        ['isSidechain', IS_SIDECHAIN],
        ['isMeta', IS_META],
        ['isCompactSummary', IS_COMPACT],
        ['isApiErrorMessage', IS_API_ERROR],
        ['message', MESSAGE_VALUE],
        ['toolUseResult', TOOL_USE_RESULT],
    ],
    [MESSAGE]: [
        ['id', MESSAGE_ID],
        ['model', MODEL],
        ['content', CONTENT_VALUE],
        ['usage', USAGE_VALUE],
    ],
    [BLOCK]: [
        ['type', BLOCK_TYPE],
        ['id', BLOCK_ID],
        ['name', BLOCK_NAME],
        ['tool_use_id', TOOL_USE_ID],
        ['is_error', IS_ERROR],
        ['text', BLOCK_TEXT],
    ],
    [USAGE]: [
        ['input_tokens', INPUT],
        ['output_tokens', OUTPUT],
        ['cache_creation_input_tokens', CACHE_CREATION],
        ['cache_read_input_tokens', CACHE_READ],
        ['cache_creation', CACHE_SPLIT_VALUE],
        ['server_tool_use', SERVER_TOOL_VALUE],
        ['speed', SPEED],
        ['inference_geo', GEO],
    ],
    [CACHE_SPLIT]: [
        ['ephemeral_5m_input_tokens', CACHE_5M],
        ['ephemeral_1h_input_tokens', CACHE_1H],
    ],
    [SERVER_TOOL]: [['web_search_requests', WEB_SEARCHES]],
};
/** Per role, the keys it reads, looked up from their bytes. */
const KEY_TABLES = keyTables(KEYS_OF);
/** The container role a slot opens, when its value is an object (odd) or an array (even). */
const OPENS = {
    [ROOT]: LINE,
    [MESSAGE_VALUE]: MESSAGE,
    [CONTENT_VALUE]: CONTENT,
    [BLOCK_ITEM]: BLOCK,
    [USAGE_VALUE]: USAGE,
    [CACHE_SPLIT_VALUE]: CACHE_SPLIT,
    [SERVER_TOOL_VALUE]: SERVER_TOOL,
};
/**
 * The same reading, for a whole line walked in the structural index's module: `toolUseResult`
 * ends what is read of a line once its type and timestamp came (`skipsRest`).
 */
const SCHEMA = {
    root: ROOT,
    keysOf: KEYS_OF,
    opens: OPENS,
    itemSlot: { [CONTENT]: BLOCK_ITEM },
    rest: { slot: TOOL_USE_RESULT, after: [TYPE, TIMESTAMP] },
};
const LITERALS = [encode('true'), encode('false'), encode('null')];
/**
 * Per slot, its last few values, shared by the files a thread reads: a session's id, versions,
 * branch, models and types repeat from line to line and from file to file.
 */
const RECENT = Array.from({ length: LAST_WHOLE_STRING + 1 }, (_, slot) => new RecentStrings(slot === MESSAGE_ID ? 2 : 4));
/** Longest string a whole-string slot keeps (an id, a model, a path): a longer one breaks the line. */
const KEPT_STRING_LIMIT = 64 * 1024;
/** Longer than any key read, so that a long key is never kept whole. */
const KEY_LIMIT = 64;
/** Bytes of a prompt kept to read its first `TEXT_START_CHARS` characters. */
const START_BYTES = TEXT_START_CHARS * 4;
/** A line found not to be JSON: the rest of it is passed over. */
class BadLine {
    reason;
    constructor(reason) {
        this.reason = reason;
    }
}
/**
 * A streaming reader of Claude Code transcripts (JSON lines). It finds each line's end with a
 * native search for the newline, then walks the line's JSON chunk by chunk, reading only the
 * fields `LineFacts` holds: every other value (tool results, `toolUseResult` copies, thinking,
 * inputs) is stepped over, strings by a native search for their closing quote, without ever being
 * decoded. A line of any size streams through in the memory of one chunk.
 *
 * A whole line in the structural index's memory (where files are read) is walked there first, in
 * one call that hands back only the values read (`walkLine`); a line it leaves alone (cut by the
 * chunk's end, not valid, with a float or an escaped key) is read here, byte by byte, as any line
 * elsewhere is.
 *
 * Deliberately lenient inside what is stepped over: a skipped value is only followed far enough
 * to find its end (its strings and brackets), so an invalid escape or number there goes unnoticed
 * where `JSON.parse` would refuse the line, as does an invalid escape in a key it does not read.
 * Everything the report reads is checked strictly.
 */
class TranscriptLineScanner {
    sink;
    facts = emptyLineFacts();
    block = emptyBlockFacts();
    usage = emptyUsageFacts();
    /** The block objects of the line's blocks, reused from line to line. */
    blocks = [];
    blockCount = 0;
    lineNumber = 1;
    /** Anything but whitespace seen on this line. */
    started = false;
    bad = null;
    /** The rest of the line holds nothing the report reads: only its end is looked for. */
    restSkipped = false;
    topIsObject = false;
    bomBytes = 0;
    /** Nothing of this line was read yet. */
    fresh = true;
    expect = VALUE;
    slot = ROOT;
    /** Roles of the open containers whose members are read, `depth` of them, innermost last. */
    roles = [];
    depth = 0;
    role = 0;
    /** Depth inside a value that is stepped over (0 when reading). */
    skipDepth = 0;
    /** The current chunk, to read four bytes at once. */
    view = viewOf(Buffer.alloc(0));
    // The token cut by the end of the previous chunk, if any.
    token = NO_TOKEN;
    stringIsKey = false;
    stringKept = false;
    escapePending = false;
    pieces = [];
    keptBytes = 0;
    numberText = '';
    literal = 0;
    literalAt = 0;
    constructor(sink) {
        this.sink = sink;
    }
    /** Feeds the next bytes of the file. */
    push(chunk) {
        this.view = viewOf(chunk);
        let i = 0;
        // A leading byte-order mark is dropped, as TextDecoder drops it.
        while (this.bomBytes < 3 && i < chunk.length) {
            if (chunk[i] !== [0xef, 0xbb, 0xbf][this.bomBytes]) {
                this.bomBytes = 3;
                break;
            }
            this.bomBytes++;
            i++;
        }
        const n = chunk.length;
        while (i < n) {
            const newline = chunk.indexOf(NEWLINE, i);
            const end = newline === -1 ? n : newline;
            if (this.bad === null && !this.restSkipped && i < end) {
                try {
                    if (newline === -1 || !this.fresh || !this.walk(chunk, i, end)) {
                        this.fresh = false;
                        this.scan(chunk, i, end);
                    }
                }
                catch (error) {
                    if (!(error instanceof BadLine))
                        throw error;
                    this.bad = error;
                }
            }
            if (newline === -1)
                return;
            this.endLine();
            i = newline + 1;
        }
    }
    /** The top-level `type` of the line being read, when it is an object and the type came already. */
    typeSoFar() {
        return this.topIsObject && this.bad === null ? this.facts.type : undefined;
    }
    /** Ends the file: a last line without a newline is a line too. */
    end() {
        if (this.restSkipped)
            this.bad = new BadLine('the line ends before its JSON value does (truncated?)');
        this.endLine();
    }
    endLine() {
        const number = this.lineNumber++;
        if (this.restSkipped) {
            this.token = NO_TOKEN;
            this.expect = AFTER_END;
        }
        if (this.bad === null && this.started) {
            if (this.token === NUMBER_TOKEN && this.depth === 0 && this.skipDepth === 0) {
                // A line that is only a number ends with it.
                this.token = NO_TOKEN;
                this.expect = AFTER_END;
            }
            if (this.token !== NO_TOKEN || this.expect !== AFTER_END)
                this.bad = new BadLine(this.token === STRING_TOKEN
                    ? 'the line ends inside a string (truncated?)'
                    : 'the line ends before its JSON value does (truncated?)');
        }
        if (this.bad !== null)
            this.sink.badLine(number, this.bad.reason);
        else if (this.started)
            this.sink.line(this.facts, this.topIsObject, number);
        this.reset();
    }
    reset() {
        if (this.started) {
            clearLineFacts(this.facts);
            this.blockCount = 0;
            this.started = false;
        }
        this.bad = null;
        this.fresh = true;
        this.restSkipped = false;
        this.topIsObject = false;
        this.expect = VALUE;
        this.slot = ROOT;
        this.depth = 0;
        this.role = 0;
        this.skipDepth = 0;
        this.token = NO_TOKEN;
        this.escapePending = false;
        if (this.pieces.length > 0)
            this.pieces = [];
        this.keptBytes = 0;
    }
    /** Reads the bytes `from..end` of one line (end is the line's end, or the chunk's). */
    scan(b, from, end) {
        let i = from;
        if (this.token !== NO_TOKEN) {
            i = this.resume(b, i, end);
            if (i < 0)
                return;
        }
        if (this.skipDepth > 0) {
            i = this.skip(b, i, end);
            if (i < 0)
                return;
            this.afterValue();
        }
        while (i < end) {
            const c = b[i];
            if (c === 0x20 || c === 0x0d || c === 0x09) {
                i++;
                continue;
            }
            this.started = true;
            switch (this.expect) {
                case COMMA_OR_END:
                    if (c === 0x2c) {
                        i++;
                        this.expect = this.role & 1 ? KEY : VALUE;
                        this.slot = this.role === CONTENT ? BLOCK_ITEM : NOWHERE;
                        continue;
                    }
                    if (c === (this.role & 1 ? 0x7d : 0x5d)) {
                        i++;
                        this.close();
                        continue;
                    }
                    throw unexpected(b, i, `expected ',' or '${this.role & 1 ? '}' : ']'}'`);
                case KEY_OR_END:
                    if (c === 0x7d) {
                        i++;
                        this.close();
                        continue;
                    }
                    this.expect = KEY;
                    continue;
                case KEY: {
                    if (c !== line_scanner_QUOTE)
                        throw unexpected(b, i, 'expected a property name in double quotes');
                    const close = closingQuote(b, this.view, i + 1, i + 1, end);
                    if (close === -1)
                        return this.cut(b, i + 1, end, true);
                    this.keyDone(b, i + 1, close);
                    if (this.slot === TOOL_USE_RESULT && this.skipsRest())
                        return;
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
                        throw unexpected(b, i, "expected ':' after a property name");
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
                    if (c === line_scanner_QUOTE) {
                        const close = closingQuote(b, this.view, i + 1, i + 1, end);
                        if (close === -1)
                            return this.cut(b, i + 1, end, false);
                        if (keepsString(this.slot))
                            this.stringDone(b, i + 1, close);
                        this.afterValue();
                        i = close + 1;
                        continue;
                    }
                    if (c === 0x7b || c === 0x5b) {
                        i++;
                        const role = OPENS[this.slot];
                        if (role !== undefined && (role & 1) === (c === 0x7b ? 1 : 0)) {
                            this.open(role);
                            continue;
                        }
                        this.skipDepth = 1;
                        i = this.skip(b, i, end);
                        if (i < 0)
                            return;
                        this.afterValue();
                        continue;
                    }
                    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
                        const stop = numberEnd(b, i + 1, end);
                        if (stop === end) {
                            this.token = NUMBER_TOKEN;
                            this.numberText = b.toString('latin1', i, end);
                            return;
                        }
                        this.numberDone(stop - i <= 15 ? integerAt(b, i, stop) : -1, b, i, stop);
                        i = stop;
                        continue;
                    }
                    this.literal = c === 0x74 ? 0 : c === 0x66 ? 1 : c === 0x6e ? 2 : -1;
                    if (this.literal === -1)
                        throw unexpected(b, i, 'expected a value');
                    this.literalAt = 0;
                    {
                        const stop = this.literalFrom(b, i, end);
                        if (stop === -1) {
                            this.token = LITERAL_TOKEN;
                            return;
                        }
                        this.literalDone();
                        i = stop;
                    }
                    continue;
                default:
                    throw unexpected(b, i, 'unexpected text after the end of the JSON value');
            }
        }
    }
    /**
     * Reads the whole line `b[start..end)` from the events of its walk in the module; false, with
     * nothing read, when the walk leaves the line to `scan`.
     */
    walk(b, start, end) {
        const index = structuralIndex();
        if (!index.holds(b))
            return false;
        const count = index.walkLine(b, start, end, SCHEMA);
        if (count < 0)
            return false;
        this.fresh = false;
        this.started = true;
        const events = index.events;
        const offset = b.byteOffset;
        for (let e = 0; e < count * 3; e += 3) {
            const word = events[e];
            const slot = word & 0xff;
            switch (word >> 8) {
                case WALK_STRING:
                    if (keepsString(slot)) {
                        this.slot = slot;
                        this.stringDone(b, events[e + 1] - offset, events[e + 2] - offset);
                    }
                    break;
                case WALK_NUMBER: {
                    const from = events[e + 1] - offset;
                    const to = events[e + 2] - offset;
                    this.slot = slot;
                    this.numberDone(integerAt(b, from, to), b, from, to);
                    break;
                }
                case WALK_TRUE:
                    this.slot = slot;
                    this.literal = 0;
                    this.literalDone();
                    break;
                case WALK_OPEN:
                    this.open(slot);
                    break;
                case WALK_CLOSE:
                    this.close();
                    break;
                case WALK_REST:
                    this.restSkipped = true;
                    break;
            }
        }
        return true;
    }
    /** Finishes the token cut by the previous chunk; returns where reading goes on, or -1. */
    resume(b, from, end) {
        if (this.token === STRING_TOKEN) {
            let start = from;
            if (this.escapePending) {
                if (start >= end)
                    return -1;
                start++;
                this.escapePending = false;
            }
            const close = closingQuote(b, this.view, start, start, end);
            if (close === -1) {
                this.escapePending = trailingEscape(b, start, end);
                if (this.stringKept)
                    this.keep(b.subarray(from, end));
                return -1;
            }
            this.token = NO_TOKEN;
            if (this.stringKept)
                this.keep(b.subarray(from, close));
            if (this.stringKept) {
                const bytes = Buffer.concat(this.pieces);
                this.pieces = [];
                this.keptBytes = 0;
                if (this.stringIsKey) {
                    this.keyDone(bytes, 0, bytes.length);
                    this.expect = COLON;
                    if (this.slot === TOOL_USE_RESULT && this.skipsRest())
                        return -1;
                }
                else {
                    this.stringDone(bytes, 0, bytes.length);
                    this.afterValue();
                }
            }
            else if (this.stringIsKey) {
                this.slot = NOWHERE;
                this.expect = COLON;
            }
            else if (this.skipDepth === 0) {
                this.afterValue();
            }
            return close + 1;
        }
        if (this.token === NUMBER_TOKEN) {
            const stop = numberEnd(b, from, end);
            this.numberText += b.toString('latin1', from, stop);
            if (stop === end)
                return -1;
            this.token = NO_TOKEN;
            const text = Buffer.from(this.numberText, 'latin1');
            this.numberDone(-1, text, 0, text.length);
            return stop;
        }
        const stop = this.literalFrom(b, from, end);
        if (stop === -1)
            return -1;
        this.token = NO_TOKEN;
        this.literalDone();
        return stop;
    }
    /**
     * Steps over the inside of a skipped object or array up to its closing bracket: only strings
     * and brackets matter. Returns the index after it, or -1 when the bytes end first.
     */
    skip(b, from, end) {
        let depth = this.skipDepth;
        let i = from;
        while (i < end) {
            const c = b[i];
            if (c === line_scanner_QUOTE) {
                const close = closingQuote(b, this.view, i + 1, i + 1, end);
                if (close === -1) {
                    this.skipDepth = depth;
                    this.cut(b, i + 1, end, false);
                    return -1;
                }
                i = close + 1;
                continue;
            }
            if (c === 0x7b || c === 0x5b)
                depth++;
            else if ((c === 0x7d || c === 0x5d) && --depth === 0) {
                this.skipDepth = 0;
                return i + 1;
            }
            i++;
        }
        this.skipDepth = depth;
        return -1;
    }
    /** Remembers a string cut by the bytes' end: kept bytes, and whether a backslash is pending. */
    cut(b, start, end, isKey) {
        this.token = STRING_TOKEN;
        this.stringIsKey = isKey;
        this.escapePending = trailingEscape(b, start, end);
        this.pieces = [];
        this.keptBytes = 0;
        this.stringKept = isKey || (this.skipDepth === 0 && keepsString(this.slot));
        if (this.stringKept)
            this.keep(b.subarray(start, end));
    }
    keep(piece) {
        if (this.stringIsKey) {
            // No key read is longer than this: a longer one is stepped over, and so is its value.
            if (this.keptBytes + piece.length > KEY_LIMIT) {
                this.stringKept = false;
                this.pieces = [];
                return;
            }
        }
        else if (this.slot > LAST_WHOLE_STRING) {
            // Only the start of a prompt is read.
            if (this.keptBytes >= START_BYTES)
                return;
            piece = piece.subarray(0, START_BYTES - this.keptBytes);
        }
        else if (this.keptBytes + piece.length > KEPT_STRING_LIMIT) {
            throw new BadLine(`a field the report reads is over ${KEPT_STRING_LIMIT / 1024} KiB`);
        }
        this.keptBytes += piece.length;
        this.pieces.push(Buffer.from(piece));
    }
    keyDone(b, start, end) {
        const table = KEY_TABLES[this.role];
        const slot = table === undefined ? NOWHERE : table.slotOf(b, start, end);
        this.slot = slot === ESCAPED_KEY ? table.slotOfName(decode(b, start, end)) : slot;
    }
    /**
     * `toolUseResult` repeats a tool's result in a structure of its own, often the largest part of
     * the line, and comes after the fields the report reads (`type`, `timestamp`, the message): once
     * those were seen, the rest of the line is passed over to its newline, unchecked. The fields some
     * versions write after it (`cwd`, `sessionId`, `version`, `gitBranch`) are on every other line.
     */
    skipsRest() {
        if (this.depth !== 1 || this.facts.type === undefined || this.facts.timestamp === undefined)
            return false;
        this.restSkipped = true;
        return true;
    }
    stringDone(b, start, end) {
        const slot = this.slot;
        if (slot > LAST_WHOLE_STRING) {
            if (slot === CONTENT_VALUE) {
                this.facts.content = 'string';
                this.facts.contentStart = startOf(b, start, end);
            }
            else if (slot === BLOCK_TEXT) {
                this.block.textStart = startOf(b, start, end);
            }
            return;
        }
        const value = this.text(slot, b, start, end);
        const facts = this.facts;
        switch (slot) {
            case TYPE:
                facts.type = value;
                return;
            case TIMESTAMP:
                facts.timestamp = value;
                return;
            case SESSION_ID:
                facts.sessionId = value;
                return;
            case AGENT_ID:
                facts.agentId = value;
                return;
            case VERSION:
                facts.version = value;
                return;
            case BRANCH:
                facts.gitBranch = value;
                return;
            case CWD:
                facts.cwd = value;
                return;
            case SUBTYPE:
                facts.subtype = value;
                return;
            case MODEL:
                facts.model = value;
                return;
            case MESSAGE_ID:
                facts.messageId = value;
                return;
            case BLOCK_TYPE:
                this.block.type = value;
                return;
            case BLOCK_ID:
                this.block.id = value;
                return;
            case BLOCK_NAME:
                this.block.name = value;
                return;
            case TOOL_USE_ID:
                this.block.toolUseId = value;
                return;
            case SPEED:
                this.usage.speed = value;
                return;
            case GEO:
                this.usage.geo = value;
                return;
        }
    }
    /** A kept string's text: decoded, or the same bytes' text decoded lately. */
    text(slot, b, start, end) {
        // Timestamps and block ids are new on every line.
        if (end - start > RecentStrings.LONGEST ||
            slot === TIMESTAMP ||
            slot === BLOCK_ID ||
            slot === TOOL_USE_ID)
            return decode(b, start, end);
        const recent = RECENT[slot];
        const known = recent.find(b, start, end);
        if (known !== undefined)
            return known;
        const text = decode(b, start, end);
        recent.add(b, start, end, text);
        return text;
    }
    /** A number ends: `integer` is its value when it is a plain integer (-1 when not known). */
    numberDone(integer, b, start, end) {
        let value = integer;
        if (value < 0) {
            const text = b.toString('latin1', start, end);
            if (!/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text))
                throw new BadLine('invalid number');
            value = Number(text);
        }
        const tokens = value > 0 && Number.isFinite(value) ? value : 0;
        switch (this.slot) {
            case DURATION:
                this.facts.durationMs = value;
                break;
            case INPUT:
                this.usage.input = tokens;
                break;
            case OUTPUT:
                this.usage.output = tokens;
                break;
            case CACHE_CREATION:
                this.usage.cacheCreation = tokens;
                break;
            case CACHE_READ:
                this.usage.cacheRead = tokens;
                break;
            case CACHE_5M:
                this.usage.cache5m = tokens;
                break;
            case CACHE_1H:
                this.usage.cache1h = tokens;
                break;
            case WEB_SEARCHES:
                this.usage.webSearches = tokens;
                break;
        }
        this.afterValue();
    }
    literalDone() {
        if (this.literal === 0) {
            switch (this.slot) {
                case IS_SIDECHAIN:
                    this.facts.isSidechain = true;
                    break;
                case IS_META:
                    this.facts.isMeta = true;
                    break;
                case IS_COMPACT:
                    this.facts.isCompactSummary = true;
                    break;
                case IS_API_ERROR:
                    this.facts.isApiErrorMessage = true;
                    break;
                case IS_ERROR:
                    this.block.isError = true;
                    break;
            }
        }
        this.afterValue();
    }
    afterValue() {
        this.expect = this.depth === 0 ? AFTER_END : COMMA_OR_END;
    }
    open(role) {
        switch (role) {
            case LINE:
                this.topIsObject = true;
                break;
            case CONTENT:
                this.facts.content = 'array';
                break;
            case BLOCK:
                this.block = this.blocks[this.blockCount++] ??= emptyBlockFacts();
                clearBlockFacts(this.block);
                break;
            case USAGE:
                clearUsageFacts(this.usage);
                break;
        }
        this.roles[this.depth++] = role;
        this.role = role;
        const object = (role & 1) === 1;
        this.expect = object ? KEY_OR_END : VALUE_OR_END;
        this.slot = role === CONTENT ? BLOCK_ITEM : NOWHERE;
    }
    close() {
        const role = this.roles[--this.depth];
        this.role = this.depth === 0 ? 0 : this.roles[this.depth - 1];
        if (role === BLOCK)
            this.facts.blocks.push(this.block);
        else if (role === USAGE)
            this.facts.usage = this.usage;
        this.afterValue();
    }
    /** Matches the rest of `true`, `false` or `null`; returns the index after it, or -1. */
    literalFrom(b, at, end) {
        const bytes = LITERALS[this.literal];
        let i = at;
        while (this.literalAt < bytes.length) {
            if (i >= end)
                return -1;
            if (b[i] !== bytes[this.literalAt])
                throw unexpected(b, i, 'expected a value');
            i++;
            this.literalAt++;
        }
        return i;
    }
}
/**
 * The value of the digits `start..end` when they are a plain integer without a leading zero, or
 * -1 (a sign, fraction or exponent is read by the slow path, which also checks the grammar).
 */
function integerAt(b, start, end) {
    if (b[start] === 0x30 && end - start > 1)
        return -1;
    let value = 0;
    for (let k = start; k < end; k++) {
        const digit = b[k] - 0x30;
        if (digit < 0 || digit > 9)
            return -1;
        value = value * 10 + digit;
    }
    return value;
}
/** Where the number starting before `from` ends: the first byte no number has, or `end`. */
function numberEnd(b, from, end) {
    let i = from;
    while (i < end) {
        const c = b[i];
        if ((c >= 0x30 && c <= 0x39) ||
            c === 0x2e ||
            c === 0x65 ||
            c === 0x45 ||
            c === 0x2b ||
            c === 0x2d)
            i++;
        else
            break;
    }
    return i;
}
/** Whether a string in this slot is read (the rest are stepped over, or of the wrong kind). */
function keepsString(slot) {
    return slot >= TYPE && slot <= BLOCK_TEXT;
}
/** Decodes a kept string's bytes, checking them as JSON.parse would. */
function decode(b, start, end) {
    let plain = true;
    for (let k = start; k < end; k++) {
        const c = b[k];
        if (c < 0x20 || c === line_scanner_BACKSLASH) {
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
        throw new BadLine('invalid escape or control character in a string');
    }
}
/**
 * The first characters of a prompt, read leniently: an escape cut short or a character cut in
 * two at the end is dropped, since only the start is compared.
 */
function startOf(b, start, end) {
    // Plain ASCII, the usual start, is its own text.
    const ascii = Math.min(end, start + TEXT_START_CHARS);
    let k = start;
    while (k < ascii && b[k] >= 0x20 && b[k] < 0x7f && b[k] !== line_scanner_BACKSLASH)
        k++;
    if (k === ascii)
        return b.toString('latin1', start, k);
    const raw = b.toString('utf8', start, Math.min(end, start + START_BYTES));
    let text;
    try {
        text = JSON.parse(`"${raw.replace(/\\u?[0-9a-fA-F]{0,3}$|\\$/, '')}"`);
    }
    catch {
        text = raw;
    }
    return text.slice(0, TEXT_START_CHARS);
}
function unexpected(b, i, expected) {
    const byte = b[i];
    const found = byte < 0x20 || byte === 0x7f
        ? `control character U+${byte.toString(16).toUpperCase().padStart(4, '0')}`
        : byte < 0x7f
            ? `'${String.fromCharCode(byte)}'`
            : 'a non-ASCII character';
    return new BadLine(`${expected}, found ${found}`);
}
function encode(text) {
    return new TextEncoder().encode(text);
}

;// CONCATENATED MODULE: ./src/formats/detect.ts

/** The `format` input: decide per file from its content, or read every file as one format. */
const FORMAT_CHOICES = (/* unused pure expression or super */ null && (['auto', 'session-recorder', 'claude-code']));
/** Added to what is wrong with a file read in `auto`: the formats read, and how to choose one. */
const KNOWN_FORMATS_HINT = (/* unused pure expression or super */ null && ('the formats read are session-recorder logs (a JSON object with "interactions"), Claude Code ' +
    'transcripts (JSON lines, each an object with a "type") and claude-code-action execution files ' +
    '(a JSON array of messages); the format input reads every file as one of them'));
/** Bytes of a file's start looked at to tell its format. */
const SNIFF_BYTES = 64 * 1024;
/** Lines of a file's start looked at for a transcript line. */
const SNIFF_LINES = 32;
/**
 * The format of a file from its first bytes, never from its name: an array is an execution file
 * of claude-code-action; JSON lines, most of the first ones with a top-level `type`, a Claude
 * Code transcript; anything else is read as a session-recorder log (which says what is wrong with it).
 */
function detectFormat(head) {
    let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    while (i < head.length && isSpace(head[i]))
        i++;
    if (head[i] === 0x5b)
        return 'execution-file';
    return hasTranscriptLines(head.subarray(0, SNIFF_BYTES)) ? 'claude-code' : 'session-recorder';
}
/**
 * Whether the first lines are mostly transcript lines (JSON objects with a string `type`): a
 * pretty-printed log has some lines that look like one (an interaction alone on its line), but
 * more that are no JSON on their own. A first line longer than what is looked at counts when its
 * `type` came before the cut.
 */
function hasTranscriptLines(head) {
    let transcript = 0;
    let other = 0;
    const scanner = new TranscriptLineScanner({
        line(facts, isObject) {
            if (isObject && facts.type !== undefined)
                transcript++;
            else
                other++;
        },
        badLine() {
            other++;
        },
    });
    let start = 0;
    while (start < head.length && transcript + other < SNIFF_LINES) {
        const newline = head.indexOf(0x0a, start);
        if (newline === -1) {
            if (transcript + other > 0)
                break;
            scanner.push(head.subarray(start));
            return scanner.typeSoFar() !== undefined;
        }
        scanner.push(head.subarray(start, newline + 1));
        start = newline + 1;
        // The usual case: the first line is a transcript line (a recorder log's never is).
        if (transcript === 1 && other === 0)
            return true;
    }
    return transcript > other;
}
function isSpace(byte) {
    return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

;// CONCATENATED MODULE: ./src/formats/json-syntax.ts
const json_syntax_LITERALS = { t: 'true', f: 'false', n: 'null' };
const ESCAPABLE = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /[0-9a-fA-F]{4}/y;
/**
 * Locates the first JSON syntax error in `text`, or returns null when the text is valid JSON.
 *
 * `JSON.parse` gives no position for some errors and quotes the input in its message (which could
 * publish log content), so the position and wording come from this small checker instead. It is
 * iterative, so deeply nested input cannot overflow the stack; it runs only after a parse failed.
 */
function findJsonSyntaxError(text) {
    const containers = [];
    let expect = 'value';
    let complete = false;
    let i = 0;
    const n = text.length;
    const fail = (message, offset = i) => ({ offset, message });
    const skipWhitespace = () => {
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)
                break;
            i++;
        }
    };
    /** Returns an error, or null after moving past the string that starts at `i`. */
    const scanString = () => {
        const start = i;
        i++;
        while (i < n) {
            const ch = text[i];
            if (ch === '"') {
                i++;
                return null;
            }
            if (ch === '\\') {
                const next = text[i + 1];
                if (next === 'u') {
                    HEX4.lastIndex = i + 2;
                    if (!HEX4.test(text))
                        return fail('invalid \\u escape in a string');
                    i += 6;
                }
                else if (next !== undefined && ESCAPABLE.has(next)) {
                    i += 2;
                }
                else if (next === undefined) {
                    break;
                }
                else {
                    return fail(`invalid escape in a string: a backslash followed by ${describeChar(text, i + 1)}`);
                }
                continue;
            }
            if (ch.charCodeAt(0) < 0x20)
                return fail('unescaped control character (a raw line break?) in a string');
            i++;
        }
        return fail('the file ends inside a string (truncated?)', start);
    };
    const skipDigits = () => {
        const from = i;
        while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39)
            i++;
        return i - from;
    };
    /** Returns an error at the first character that breaks the number at `i`, or null past it. */
    const scanNumber = () => {
        const start = i;
        const broken = () => i >= n
            ? fail('the file ends inside a number (truncated?)', start)
            : fail(`expected a digit in a number, found ${describeChar(text, i)}`);
        if (text[i] === '-')
            i++;
        if (text[i] === '0')
            i++;
        else if (skipDigits() === 0)
            return broken();
        if (text[i] === '.') {
            i++;
            if (skipDigits() === 0)
                return broken();
        }
        if (text[i] === 'e' || text[i] === 'E') {
            i++;
            if (text[i] === '+' || text[i] === '-')
                i++;
            if (skipDigits() === 0)
                return broken();
        }
        return null;
    };
    /** Returns an error at the first character that differs from `literal`, or null past it. */
    const scanLiteral = (literal) => {
        const start = i;
        for (const expected of literal) {
            if (i >= n)
                return fail('the file ends inside a literal (truncated?)', start);
            if (text[i] !== expected)
                return fail(`expected ${literal}, found ${describeChar(text, i)}`);
            i++;
        }
        return null;
    };
    const afterValue = () => {
        if (containers.length === 0)
            complete = true;
        else
            expect = 'comma-or-end';
    };
    for (;;) {
        skipWhitespace();
        if (i >= n) {
            if (complete)
                return null;
            if (containers.length === 0)
                return fail('the file holds no JSON value (empty?)');
            const open = containers[containers.length - 1] === 'object' ? 'an object' : 'an array';
            return fail(`the file ends inside ${open} (truncated?)`);
        }
        const ch = text[i];
        if (complete)
            return fail(`unexpected ${describeChar(text, i)} after the end of the JSON value`);
        switch (expect) {
            case 'key-or-end':
                if (ch === '}') {
                    containers.pop();
                    i++;
                    afterValue();
                    continue;
                }
                expect = 'key';
                continue;
            case 'key':
                if (ch !== '"')
                    return fail(`expected a property name in double quotes, found ${describeChar(text, i)}`);
                {
                    const error = scanString();
                    if (error)
                        return error;
                }
                expect = 'colon';
                continue;
            case 'colon':
                if (ch !== ':')
                    return fail(`expected ':' after a property name, found ${describeChar(text, i)}`);
                i++;
                expect = 'value';
                continue;
            case 'value-or-end':
                if (ch === ']') {
                    containers.pop();
                    i++;
                    afterValue();
                    continue;
                }
                expect = 'value';
                continue;
            case 'comma-or-end': {
                const top = containers[containers.length - 1];
                const close = top === 'object' ? '}' : ']';
                if (ch === ',') {
                    i++;
                    expect = top === 'object' ? 'key' : 'value';
                    continue;
                }
                if (ch === close) {
                    containers.pop();
                    i++;
                    afterValue();
                    continue;
                }
                return fail(`expected ',' or '${close}', found ${describeChar(text, i)}`);
            }
            case 'value': {
                if (ch === '{' || ch === '[') {
                    containers.push(ch === '{' ? 'object' : 'array');
                    i++;
                    expect = ch === '{' ? 'key-or-end' : 'value-or-end';
                    continue;
                }
                let error;
                if (ch === '"')
                    error = scanString();
                else if (ch === '-' || (ch >= '0' && ch <= '9'))
                    error = scanNumber();
                else if (json_syntax_LITERALS[ch] !== undefined)
                    error = scanLiteral(json_syntax_LITERALS[ch]);
                else
                    return fail(`unexpected ${describeChar(text, i)} where a value was expected`);
                if (error)
                    return error;
                afterValue();
                continue;
            }
        }
    }
}
/** 1-based line and column of a character offset. */
function positionOf(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
        line++;
        lineStart = at + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
/** Names the character at `offset` by its whole code point (an emoji is one character, not two). */
function describeChar(text, offset) {
    const code = text.codePointAt(offset) ?? 0;
    const ch = String.fromCodePoint(code);
    if (code < 0x20 || code === 0x7f)
        return `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    if (code >= 0x21 && code < 0x7f)
        return `'${ch}'`;
    return `character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

;// CONCATENATED MODULE: ./src/formats/execution-file/digest.ts



/** The types of Agent SDK messages, each of which carries `session_id`. */
const MESSAGE_TYPES = new Set(['system', 'assistant', 'user', 'result']);
/**
 * Reads the execution file of claude-code-action: a JSON array of Agent SDK messages. Assistant
 * and user messages have a transcript's `message`, so they go through the transcript's rules
 * (each response once by `message.id`, each tool use and result once); a subagent's messages carry
 * `parent_tool_use_id`. The `result` message gives the run's own cost, tokens by model, turns and
 * durations, which are reported as Claude Code computed them.
 */
function digestExecutionFile(text, fallbackSessionId) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        const error = findJsonSyntaxError(text);
        return error
            ? { ok: false, reason: `invalid JSON: ${error.message}`, offset: error.offset }
            : { ok: false, reason: 'invalid JSON' };
    }
    const isMessage = (item) => {
        const fields = record(item);
        return MESSAGE_TYPES.has(fields?.type) && typeof fields?.session_id === 'string';
    };
    if (!Array.isArray(data) || !data.some(isMessage))
        return {
            ok: false,
            shape: true,
            reason: 'not a claude-code-action execution file: expected a JSON array of Agent SDK messages (with "type" and "session_id")',
        };
    const builder = new TranscriptDigestBuilder({
        fallbackSessionId,
        agentIdFromName: null,
        agentMeta: null,
    });
    let run = null;
    let cwd;
    let version;
    data.forEach((item, index) => {
        const message = record(item);
        if (message === null)
            return builder.line(factsOfValue(item), false, index + 1);
        const facts = factsOfValue(message);
        facts.sessionId ??= digest_textOf(message.session_id);
        facts.isSidechain = typeof message.parent_tool_use_id === 'string';
        if (message.type === 'system' && message.subtype === 'init') {
            cwd ??= digest_textOf(message.cwd);
            version ??= digest_textOf(message.claude_code_version);
            facts.cwd = cwd;
            facts.version = version;
        }
        if (message.type === 'result')
            run = runOf(message);
        builder.line(facts, true, index + 1);
    });
    const built = builder.build();
    if (!built.ok)
        return built;
    const digest = built.digest;
    return {
        ok: true,
        digest: {
            ...digest,
            format: 'execution-file',
            problems: digest.problems.map((problem) => problem.replace(/^line /, 'message ')),
            transcript: { ...digest.transcript, run },
        },
    };
}
/** What the `result` message says about the run. */
function runOf(result) {
    const subtype = digest_textOf(result.subtype) ?? null;
    const models = record(result.modelUsage);
    return {
        costUsd: finite(result.total_cost_usd),
        models: Object.entries(models ?? {}).map(([model, value]) => {
            const usage = record(value) ?? {};
            return {
                model,
                tokens: {
                    input: count(usage.inputTokens),
                    output: count(usage.outputTokens),
                    cacheWrite5m: count(usage.cacheCreationInputTokens),
                    cacheWrite1h: 0,
                    cacheRead: count(usage.cacheReadInputTokens),
                    webSearches: count(usage.webSearchRequests),
                },
                costUsd: finite(usage.costUSD),
            };
        }),
        numTurns: finite(result.num_turns),
        durationMs: finite(result.duration_ms),
        durationApiMs: finite(result.duration_api_ms),
        isError: result.is_error === true || (subtype !== null && subtype !== 'success'),
        subtype,
    };
}
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : null;
}
function digest_textOf(value) {
    return typeof value === 'string' ? value : undefined;
}
/** A cost, duration or count as reported: a finite number of zero or more, or null (a negative one is no fact). */
function finite(value) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

;// CONCATENATED MODULE: ./src/formats/recorder-scan.ts




// What the scanner expects next, as in the JSON grammar.
const recorder_scan_VALUE = 0;
const recorder_scan_KEY_OR_END = 1;
const recorder_scan_KEY = 2;
const recorder_scan_COLON = 3;
const recorder_scan_VALUE_OR_END = 4;
const recorder_scan_COMMA_OR_END = 5;
const recorder_scan_AFTER_END = 6;
// The role of an open container: which facts its members feed. Odd roles are objects.
const TOP = 1;
const INTERACTIONS = 2;
const ITEM = 3;
const SKIPPED_OBJECT = 5;
const SKIPPED_ARRAY = 6;
const recorder_scan_CONTENT = 7;
// Where a value goes: the slot set by the key (or the container) it belongs to.
const recorder_scan_NOWHERE = 0;
const recorder_scan_ROOT = 1;
const recorder_scan_SESSION_ID = 2;
const START = 3;
const END = 4;
const PROJECT = 5;
const INTERACTION_LIST = 6;
const INTERACTION = 7;
const ID = 8;
const recorder_scan_TYPE = 9;
const recorder_scan_TIMESTAMP = 10;
const recorder_scan_CONTENT_VALUE = 11;
const TOOL = 12;
const SUMMARY = 13;
/** Slots whose string value is kept (decoded); the rest only need the value's kind. */
const KEPT = Uint8Array.from({ length: 14 }, (_, slot) => slot >= recorder_scan_SESSION_ID && slot !== INTERACTION_LIST && slot !== INTERACTION ? 1 : 0);
/**
 * The interaction type each slot serves: a tool name only counts for a call, a summary (or a
 * string content) only for a summary. For any other type the string is stepped over unread.
 */
const SERVES = {
    [TOOL]: 'tool_call',
    [SUMMARY]: 'assistant_summary',
    [recorder_scan_CONTENT_VALUE]: 'assistant_summary',
};
// What becomes of a string value: stepped over, kept, or kept while it fits the limit (its
// interaction's type is not known yet, and may not need it).
const STEP = 0;
const KEEP = 1;
const KEEP_IF_SMALL = 2;
// A token cut by the end of a chunk, resumed with the next one.
const recorder_scan_NO_TOKEN = 0;
const recorder_scan_STRING_TOKEN = 1;
const recorder_scan_NUMBER_TOKEN = 2;
const recorder_scan_LITERAL_TOKEN = 3;
const BOM = [0xef, 0xbb, 0xbf];
/** 1 for a byte that goes on a run outside strings (a number, a literal): not whitespace, not `"{}[]:,`. */
const RUN_BYTE = Uint8Array.from({ length: 256 }, (_, byte) => ' \n\r\t"{}[]:,'.includes(String.fromCharCode(byte)) ? 0 : 1);
const recorder_scan_QUOTE = 0x22;
const recorder_scan_BACKSLASH = 0x5c;
const recorder_scan_KEYS_OF = {
    [TOP]: [
        ['session_id', recorder_scan_SESSION_ID],
        ['start_timestamp', START],
        ['end_timestamp', END],
        ['project_path', PROJECT],
        ['interactions', INTERACTION_LIST],
    ],
    [ITEM]: [
        ['interaction_id', ID],
        ['type', recorder_scan_TYPE],
        ['timestamp', recorder_scan_TIMESTAMP],
        ['content', recorder_scan_CONTENT_VALUE],
    ],
    [recorder_scan_CONTENT]: [
        ['tool', TOOL],
        ['summary', SUMMARY],
    ],
};
/** Per role, the keys it reads, looked up from their bytes. */
const recorder_scan_KEY_TABLES = keyTables(recorder_scan_KEYS_OF);
/** Types and tool names come from a small set, shared by the files a thread reads. */
const RECENT_TYPES = new RecentStrings(8);
const RECENT_TOOLS = new RecentStrings(32);
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
const recorder_scan_LITERALS = [
    { bytes: new TextEncoder().encode('true'), kind: 'boolean', value: true },
    { bytes: new TextEncoder().encode('false'), kind: 'boolean', value: false },
    { bytes: new TextEncoder().encode('null'), kind: 'null', value: null },
];
/**
 * Strings the report keeps are held whole, streamed or not; past this size the file is refused
 * rather than let one value take the memory (the plain parser could not hold such a file either).
 * A string the report does not use (a tool result, a prompt) is never held, whatever its size.
 */
const recorder_scan_KEPT_STRING_LIMIT = 64 * 1024 * 1024;
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
 * A streaming reader of session-recorder logs: it reads the JSON bytes window by window, going
 * from token to token by the window's structural index (`structural-index.ts`: whitespace and
 * the inside of strings are never looked at in JavaScript), and decodes only the strings the
 * report uses (header fields, type, timestamp, ids, tool names, summaries).
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
    top = undefined;
    expect = recorder_scan_VALUE;
    slot = recorder_scan_ROOT;
    /** Roles of the open containers, innermost last. */
    roles = [];
    role = 0;
    fault = null;
    /** Bytes pushed before the current chunk. */
    base = 0;
    /** Bytes of a leading byte-order mark seen so far; its length once past it. */
    bomBytes = 0;
    /** Where the structural index of the text stands after the bytes pushed so far. */
    indexState = START_STATE;
    // The token cut by the end of the previous chunk, if any.
    token = recorder_scan_NO_TOKEN;
    stringIsKey = false;
    stringKept = false;
    /** The string cut by the chunk's end is dropped, not refused, once over the limit. */
    stringDroppable = false;
    stringOverlong = false;
    /** The offset of the cut string's opening quote, where an error in it is reported. */
    stringAt = 0;
    pieces = [];
    keptBytes = 0;
    numberState = 0;
    /** The offset where the number being read starts, where an error in it is reported. */
    numberAt = 0;
    literal = 0;
    literalAt = 0;
    // The facts of the interaction being read.
    type;
    timestamp;
    /** The timestamp's value (NaN when absent or not a valid instant). */
    at = Number.NaN;
    instants = new InstantParser();
    /** Whether the id is a string, its two hashes, and its text when it repeats an earlier one. */
    idIsText = false;
    idA = 0;
    idB = 0;
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
        for (let start = 0; start < chunk.length && !this.fault; start += WINDOW)
            this.pushWindow(chunk.length <= WINDOW ? chunk : chunk.subarray(start, start + WINDOW));
        return this.fault === null;
    }
    /** Feeds up to `WINDOW` bytes: indexes them, then goes from token to token. */
    pushWindow(b) {
        let i = 0;
        try {
            // A leading byte-order mark is dropped, as TextDecoder drops it (even cut by a chunk's end).
            while (this.bomBytes < BOM.length && i < b.length) {
                if (b[i] !== BOM[this.bomBytes]) {
                    if (this.bomBytes > 0)
                        throw new SyntaxFault(0, 'expected a value, found a non-ASCII character');
                    this.bomBytes = BOM.length;
                    break;
                }
                this.bomBytes++;
                i++;
            }
            const index = structuralIndex();
            const count = index.index(b, i, b.length, this.indexState);
            this.indexState = index.stateAfter;
            const origin = i;
            if (this.token !== recorder_scan_NO_TOKEN)
                i = this.resume(b, origin, count);
            if (i >= 0) {
                // Entries before where scanning goes on belong to the token just finished.
                const entries = index.entries;
                let k = 0;
                while (k < count && origin + entries[k] < i)
                    k++;
                this.scan(b, origin, k, count, this.strayAt(b, i, origin, k, count));
            }
        }
        catch (error) {
            if (!(error instanceof SyntaxFault))
                throw error;
            this.fault = error;
        }
        this.base += b.length;
    }
    /** Ends the file: the digest and top-level skeleton, or the first syntax error. */
    end() {
        if (!this.fault && this.token === recorder_scan_NUMBER_TOKEN && this.numberEnds()) {
            this.token = recorder_scan_NO_TOKEN;
            this.scalarDone('number', 0);
        }
        if (!this.fault && (this.token !== recorder_scan_NO_TOKEN || this.expect !== recorder_scan_AFTER_END)) {
            const reason = this.token === recorder_scan_STRING_TOKEN
                ? 'the file ends inside a string (truncated?)'
                : this.roles.length > 0 || this.token !== recorder_scan_NO_TOKEN
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
    /**
     * Finishes the token cut by the previous chunk, from `from` (where the window's `count` entries
     * start); returns where scanning goes on, or -1.
     */
    resume(b, from, count) {
        const n = b.length;
        if (this.token === recorder_scan_STRING_TOKEN) {
            // Inside a string the index has no entry but the quote that closes it.
            if (count === 0) {
                if (this.stringKept)
                    this.keep(b.subarray(from, n));
                return -1;
            }
            const close = from + structuralIndex().entries[0];
            this.token = recorder_scan_NO_TOKEN;
            // Its last piece may take it over the limit, and it is dropped then.
            if (this.stringKept)
                this.keep(b.subarray(from, close));
            if (this.stringKept) {
                const bytes = Buffer.concat(this.pieces);
                this.pieces = [];
                if (this.stringIsKey)
                    this.keyDone(bytes, 0, bytes.length, this.stringAt);
                else
                    this.stringValueDone(recorder_scan_decode(bytes, 0, bytes.length, this.stringAt));
            }
            else if (!this.stringIsKey) {
                this.stringValueDone(this.stringOverlong ? OVERLONG : this.notKept());
            }
            return close + 1;
        }
        if (this.token === recorder_scan_NUMBER_TOKEN) {
            const end = this.number(b, from);
            if (end === -1)
                return -1;
            this.token = recorder_scan_NO_TOKEN;
            this.scalarDone('number', 0);
            return end;
        }
        const end = this.literalFrom(b, from);
        if (end === -1)
            return -1;
        this.token = recorder_scan_NO_TOKEN;
        const { kind, value } = recorder_scan_LITERALS[this.literal];
        this.scalarDone(kind, value);
        return end;
    }
    /**
     * Goes from token to token: the index's entries `k..count` (offsets from `origin`), and first
     * `stray`, the offset of a byte the index does not mark (-1 for none; see `strayAt`).
     */
    scan(b, origin, k, count, stray) {
        const entries = structuralIndex().entries;
        while (stray !== -1 || k < count) {
            let i;
            if (stray !== -1) {
                i = stray;
                stray = -1;
            }
            else {
                i = origin + entries[k++];
            }
            const c = b[i];
            switch (this.expect) {
                case recorder_scan_COMMA_OR_END:
                    if (c === 0x2c) {
                        this.afterComma();
                        continue;
                    }
                    if (c === (this.role & 1 ? 0x7d : 0x5d)) {
                        this.close();
                        // The comma after a member that closes, as after a string, is taken at once.
                        if (b[i + 1] === 0x2c && this.expect === recorder_scan_COMMA_OR_END) {
                            k++;
                            this.afterComma();
                        }
                        continue;
                    }
                    throw this.unexpected(b, i, `expected ',' or '${this.role & 1 ? '}' : ']'}'`);
                case recorder_scan_KEY_OR_END:
                case recorder_scan_KEY: {
                    if (c !== recorder_scan_QUOTE) {
                        if (c === 0x7d && this.expect === recorder_scan_KEY_OR_END) {
                            this.close();
                            continue;
                        }
                        throw this.unexpected(b, i, 'expected a property name in double quotes');
                    }
                    const keyed = this.role === TOP || this.role === ITEM || this.role === recorder_scan_CONTENT;
                    if (k === count)
                        return this.cut(b, i + 1, true, keyed ? KEEP : STEP);
                    const close = origin + entries[k++];
                    if (keyed)
                        this.keyDone(b, i + 1, close, this.base + i);
                    // The colon usually follows at once: take it here rather than on another turn.
                    if (b[close + 1] === 0x3a) {
                        k++;
                        this.expect = recorder_scan_VALUE;
                    }
                    else {
                        this.expect = recorder_scan_COLON;
                    }
                    continue;
                }
                case recorder_scan_COLON:
                    if (c !== 0x3a)
                        throw this.unexpected(b, i, "expected ':' after a property name");
                    this.expect = recorder_scan_VALUE;
                    continue;
                case recorder_scan_VALUE_OR_END:
                case recorder_scan_VALUE:
                    if (c === 0x5d && this.expect === recorder_scan_VALUE_OR_END) {
                        this.close();
                        continue;
                    }
                    if (c === recorder_scan_QUOTE) {
                        const use = this.use();
                        if (k === count)
                            return this.cut(b, i + 1, false, use);
                        const close = origin + entries[k++];
                        if (this.slot === recorder_scan_NOWHERE)
                            this.expect = recorder_scan_COMMA_OR_END;
                        else if (this.slot === ID || this.slot === recorder_scan_TIMESTAMP)
                            this.idOrStampBytes(b, i + 1, close, this.base + i);
                        else
                            this.stringValueDone(use === STEP
                                ? this.notKept()
                                : this.kept(this.slot, b, i + 1, close, this.base + i));
                        // As with the colon, a comma right after a member is taken at once.
                        if (b[close + 1] === 0x2c && this.expect === recorder_scan_COMMA_OR_END) {
                            k++;
                            this.afterComma();
                        }
                        continue;
                    }
                    if (c === 0x7b) {
                        this.open('object');
                        continue;
                    }
                    if (c === 0x5b) {
                        this.open('array');
                        continue;
                    }
                    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
                        this.numberState = 0;
                        this.numberAt = this.base + i;
                        const end = this.number(b, i);
                        if (end === -1) {
                            this.token = recorder_scan_NUMBER_TOKEN;
                            return;
                        }
                        this.scalarDone('number', 0);
                        stray = this.strayAt(b, end, origin, k, count);
                        continue;
                    }
                    this.literal = c === 0x74 ? 0 : c === 0x66 ? 1 : c === 0x6e ? 2 : -1;
                    if (this.literal === -1)
                        throw this.unexpected(b, i, 'expected a value');
                    {
                        this.literalAt = 0;
                        const end = this.literalFrom(b, i);
                        if (end === -1) {
                            this.token = recorder_scan_LITERAL_TOKEN;
                            return;
                        }
                        const { kind, value } = recorder_scan_LITERALS[this.literal];
                        this.scalarDone(kind, value);
                        stray = this.strayAt(b, end, origin, k, count);
                    }
                    continue;
                default:
                    throw this.unexpected(b, i, 'unexpected text after the end of the JSON value');
            }
        }
    }
    /**
     * `at` when the byte there must be read as a token though the index does not mark it: a byte
     * right after a number or literal that goes on its run (`1x`, `truex`), which the grammar then
     * refuses where it stands; otherwise -1.
     */
    strayAt(b, at, origin, k, count) {
        if (at >= b.length || RUN_BYTE[b[at]] !== 1)
            return -1;
        return k < count && origin + structuralIndex().entries[k] === at ? -1 : at;
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
    /** Remembers a string cut by the chunk's end, and the bytes kept of it. */
    cut(b, start, isKey, use) {
        const kept = use !== STEP;
        this.token = recorder_scan_STRING_TOKEN;
        this.stringIsKey = isKey;
        this.stringKept = kept;
        this.stringDroppable = use === KEEP_IF_SMALL;
        this.stringOverlong = false;
        this.stringAt = this.base + start - 1;
        this.pieces = [];
        this.keptBytes = 0;
        if (kept)
            this.keep(b.subarray(start));
        else if (isKey)
            this.expect = recorder_scan_COLON;
    }
    keyDone(b, start, end, at) {
        this.expect = recorder_scan_COLON;
        this.slot = recorder_scan_NOWHERE;
        const table = recorder_scan_KEY_TABLES[this.role];
        const slot = table.slotOf(b, start, end);
        this.slot = slot === ESCAPED_KEY ? table.slotOfName(recorder_scan_decode(b, start, end, at)) : slot;
    }
    /** Keeps a piece of a string the report uses, up to `KEPT_STRING_LIMIT` bytes in all. */
    keep(piece) {
        this.keptBytes += piece.length;
        if (this.keptBytes > recorder_scan_KEPT_STRING_LIMIT) {
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
    /**
     * An interaction id or timestamp read from its bytes: the id hashed and the timestamp parsed
     * without decoding either, when their bytes allow it (plain ASCII; the plugin's form).
     */
    idOrStampBytes(b, start, end, at) {
        if (this.slot === ID) {
            if (hashBytes(b, start, end))
                this.idHashed(undefined, b, start, end, at);
            else
                this.place('string', recorder_scan_decode(b, start, end, at));
        }
        else {
            const ms = this.instants.parseBytes(b, start, end);
            if (ms === undefined)
                this.place('string', recorder_scan_decode(b, start, end, at));
            else {
                this.timestamp = '';
                this.at = ms;
            }
        }
        this.afterValue();
    }
    /** Takes the id just hashed into `HASHES`; its text is needed only when it repeats one. */
    idHashed(text, b, start, end, at) {
        this.idIsText = true;
        this.idA = HASHES[0];
        this.idB = HASHES[1];
        this.id = this.builder.idSeenAt() === -1 ? '' : (text ?? recorder_scan_decode(b, start, end, at));
    }
    /** Decodes a kept string; the few values that repeat (types, tools) are reused. */
    kept(slot, b, start, end, at) {
        const recent = slot === recorder_scan_TYPE ? RECENT_TYPES : slot === TOOL ? RECENT_TOOLS : null;
        if (recent === null || end - start > RecentStrings.LONGEST)
            return recorder_scan_decode(b, start, end, at);
        const known = recent.find(b, start, end);
        if (known !== undefined)
            return known;
        const text = recorder_scan_decode(b, start, end, at);
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
    /** After a comma: the next member's key, or the next item. */
    afterComma() {
        this.expect = this.role & 1 ? recorder_scan_KEY : recorder_scan_VALUE;
        this.slot = this.role === INTERACTIONS ? INTERACTION : recorder_scan_NOWHERE;
    }
    afterValue() {
        this.expect = this.roles.length === 0 ? recorder_scan_AFTER_END : recorder_scan_COMMA_OR_END;
    }
    /** Records a value of `kind` in the current slot; containers are recorded when they open. */
    place(kind, value) {
        const fact = kind === 'string' ? value : WRONG[kind];
        switch (this.slot) {
            case recorder_scan_NOWHERE:
                return;
            case recorder_scan_ROOT:
                this.top = standIn(kind, value);
                return;
            case recorder_scan_SESSION_ID:
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
                this.idIsText = false;
                if (typeof fact === 'string') {
                    hashText(fact);
                    this.idHashed(fact, EMPTY, 0, 0, 0);
                }
                else
                    this.id = fact;
                return;
            case recorder_scan_TYPE:
                this.type = fact;
                return;
            case recorder_scan_TIMESTAMP:
                this.timestamp = fact;
                this.at = typeof fact === 'string' ? this.instants.parse(fact) : Number.NaN;
                return;
            case recorder_scan_CONTENT_VALUE:
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
            case recorder_scan_ROOT:
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
                    this.at = Number.NaN;
                    this.idIsText = false;
                }
                break;
            case recorder_scan_CONTENT_VALUE:
                if (object)
                    role = recorder_scan_CONTENT;
                break;
        }
        // The top level's skeleton makes its own stand-in: nothing is made for the containers it skips.
        this.place(kind, null);
        this.roles.push(role);
        this.role = role;
        this.expect = object ? recorder_scan_KEY_OR_END : recorder_scan_VALUE_OR_END;
        this.slot = role === INTERACTIONS ? INTERACTION : recorder_scan_NOWHERE;
    }
    close() {
        const role = this.roles.pop();
        this.role = this.roles[this.roles.length - 1] ?? 0;
        if (role === ITEM) {
            const facts = {
                kind: 'object',
                type: this.type,
                timestamp: this.timestamp,
                contentKind: this.contentKind,
                tool: this.type === 'tool_call' ? this.needed(this.tool) : undefined,
                summary: this.type === 'assistant_summary' ? this.needed(this.summary) : undefined,
                id: this.id,
            };
            HASHES[0] = this.idA;
            HASHES[1] = this.idB;
            this.builder.addParsed(facts, this.at, this.idIsText);
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
                        throw this.numberFault();
                    continue;
                case 1: // after '-'
                    if (c === 0x30)
                        state = 2;
                    else if (digit)
                        state = 3;
                    else
                        throw this.numberFault();
                    continue;
                case 2: // after a leading 0
                    if (c === 0x2e)
                        state = 4;
                    else if (c === 0x65 || c === 0x45)
                        state = 6;
                    else if (digit)
                        throw this.numberFault();
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
                        throw this.numberFault();
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
                        throw this.numberFault();
                    continue;
                case 7: // after the exponent's sign
                    if (digit)
                        state = 8;
                    else
                        throw this.numberFault();
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
    numberFault() {
        return new SyntaxFault(this.numberAt, 'invalid number');
    }
    /** Matches the rest of `true`, `false` or `null`; returns the index after it, or -1. */
    literalFrom(b, at) {
        const bytes = recorder_scan_LITERALS[this.literal].bytes;
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
    return new SyntaxFault(at, `a string the report uses (a session id, type, timestamp, interaction id, tool name or summary) is over ${recorder_scan_KEPT_STRING_LIMIT / 1024 / 1024} MiB`, false);
}
const TOP_FIELD = {
    [recorder_scan_SESSION_ID]: 'session_id',
    [START]: 'start_timestamp',
    [END]: 'end_timestamp',
    [PROJECT]: 'project_path',
    [INTERACTION_LIST]: 'interactions',
};
/**
 * A small file whose start has an object for every this many bytes or fewer is dense with
 * structure (as real logs are, every tool result `"null\n"`: about 100 bytes an object), and V8's
 * native JSON.parse reads it faster than the scanner; with long strings (tool results of thousands
 * of characters) the scanner, which steps over them, is faster.
 */
const DENSE_BYTES_PER_OBJECT = 200;
/** How much of a file's start is looked at to judge it. */
const SAMPLE_BYTES = 16 * 1024;
/**
 * Files larger than this are scanned however dense. On real-shaped logs the scanner (over its
 * structural index) and JSON.parse cost about the same at 10 kB a file (5.3 and 4.5 ms for 40
 * files); from 50 kB the scanner is faster (13.0 against 17.7 ms; 36.5 against 55.8 at 200 kB),
 * and the objects JSON.parse builds take about ten times the file's bytes.
 */
const WHOLE_PARSE_MAX_BYTES = 32 * 1024;
/** Whether a file's bytes are few enough and dense with structure (see above) to read whole. */
function suitsJsonParse(bytes) {
    if (bytes.length > WHOLE_PARSE_MAX_BYTES)
        return false;
    const sample = bytes.subarray(0, SAMPLE_BYTES);
    let objects = 0;
    for (let at = sample.indexOf(0x7b); at !== -1; at = sample.indexOf(0x7b, at + 1))
        objects++;
    return objects > 0 && sample.length <= objects * DENSE_BYTES_PER_OBJECT;
}
const wholeText = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/**
 * Reads a whole file's bytes as the plain path does (decoded, then JSON.parse), and gives what a
 * scan gives: the digest and the top level's skeleton. Null when the bytes are not UTF-8 or not
 * valid JSON: the scan then says why, in its words and at its position. Unlike the scan, it reads
 * an interaction that names its type again after its content as JSON.parse does, as the plain
 * path does.
 */
function digestWhole(bytes) {
    let data;
    try {
        data = JSON.parse(wholeText.decode(bytes));
    }
    catch {
        return null;
    }
    const top = skeletonOf(data);
    const builder = new DigestBuilder();
    const interactions = jsonKind(data) === 'object' && data.interactions;
    if (Array.isArray(interactions))
        for (const item of interactions)
            builder.add(factsOf(item));
    return { ok: true, top, digest: builder.build(provisionalHeader(top)) };
}
/** The skeleton a scan makes of the top level: the fields the check reads, as stand-ins. */
function skeletonOf(data) {
    const kind = jsonKind(data);
    if (kind !== 'object')
        return standIn(kind, data);
    const record = data;
    const top = {};
    for (const field of Object.values(TOP_FIELD))
        if (Object.hasOwn(record, field))
            top[field] = standIn(jsonKind(record[field]), record[field]);
    return top;
}
/** A value of the same JSON kind, enough for the top-level check to say what is wrong. */
function standIn(kind, value) {
    if (kind === 'object')
        return {};
    if (kind === 'array')
        return [];
    // The scan does not read numbers' values.
    if (kind === 'number')
        return 0;
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
const EMPTY = Buffer.alloc(0);
/** Decodes a kept string's bytes, checking them as JSON.parse would. */
function recorder_scan_decode(b, start, end, at) {
    let plain = true;
    for (let k = start; k < end; k++) {
        const c = b[k];
        if (c < 0x20 || c === recorder_scan_BACKSLASH) {
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
/**
 * The buffer a thread reads files into, `WINDOW` bytes (128 KiB) at a time: the structural
 * index's own memory, so that a recorder log's bytes are indexed where they were read, and are
 * still in the core's cache when the scanner goes over them. Files up to that size are read in one
 * go, larger ones streamed.
 */
function readBuffer() {
    return structuralIndex().window;
}
/**
 * Reads one log file in chunks, in the format chosen or (`auto`) the one its first bytes show:
 * a session-recorder log through `RecorderScanner`, checking that it is UTF-8 as it goes; a Claude
 * Code transcript through `TranscriptLineScanner`. Never throws; memory stays within one chunk plus
 * the strings the report keeps.
 */
function scanFile(file, chunk = readBuffer(), format = 'auto') {
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
        const first = (0,external_node_fs_namespaceObject.readSync)(fd, chunk, 0, chunk.length, null);
        const head = chunk.subarray(0, first);
        const chosen = format === 'auto' ? detectFormat(head) : format;
        if (chosen === 'claude-code')
            return scanTranscript(file, fd, chunk, first);
        if (chosen === 'execution-file') {
            const scanned = scanExecutionFile(file, fd);
            // In `auto`, an array of anything else is read as a recorder log, which says what is wrong.
            if (scanned !== null || format === 'execution-file')
                return scanned ?? notExecution;
            return scanRecorderLog(fd, chunk, (0,external_node_fs_namespaceObject.readSync)(fd, chunk, 0, chunk.length, 0));
        }
        return scanRecorderLog(fd, chunk, first);
    }
    catch (error) {
        return { kind: 'unreadable', reason: describeFsError(error) };
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** Reads the rest of a transcript whose first `first` bytes are in `chunk`. */
function scanTranscript(file, fd, chunk, first) {
    const builder = new TranscriptDigestBuilder(transcriptContext(textOf(file)));
    const scanner = new TranscriptLineScanner(builder);
    let bytes = 0;
    for (let read = first; read > 0; read = (0,external_node_fs_namespaceObject.readSync)(fd, chunk, 0, chunk.length, null)) {
        bytes += read;
        scanner.push(read === chunk.length ? chunk : chunk.subarray(0, read));
    }
    scanner.end();
    const result = builder.build();
    if (!result.ok)
        return { kind: 'unreadable', reason: result.reason };
    return { kind: 'digested', bytes, digest: result.digest };
}
/** Execution files are read whole: one run's messages, far smaller than this. */
const EXECUTION_FILE_LIMIT_BYTES = 256 * 1024 * 1024;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const notExecution = {
    kind: 'unreadable',
    reason: 'not a claude-code-action execution file: expected a JSON array of Agent SDK messages (with "type" and "session_id")',
};
/**
 * Reads an execution file of claude-code-action whole, and parses it; null when it is valid JSON
 * but no array of Agent SDK messages.
 */
function scanExecutionFile(file, fd) {
    const size = (0,external_node_fs_namespaceObject.fstatSync)(fd).size;
    if (size > EXECUTION_FILE_LIMIT_BYTES)
        return {
            kind: 'unreadable',
            reason: `is an execution file over ${EXECUTION_FILE_LIMIT_BYTES / 1024 / 1024} MiB, not read`,
        };
    const whole = Buffer.allocUnsafe(size);
    const read = (0,external_node_fs_namespaceObject.readSync)(fd, whole, 0, size, 0);
    let text;
    try {
        text = strictUtf8.decode(whole.subarray(0, read));
    }
    catch {
        return { kind: 'unreadable', reason: 'is not UTF-8 text' };
    }
    const result = digestExecutionFile(text, external_node_path_default().basename(textOf(file)).replace(/\.json$/, ''));
    if (result.ok)
        return { kind: 'digested', bytes: read, digest: result.digest };
    if (result.shape)
        return null;
    return { kind: 'unreadable', reason: result.reason };
}
/** Reads the rest of a session-recorder log whose first `first` bytes are in `chunk`. */
function scanRecorderLog(fd, chunk, first) {
    // A small file read whole in one go, dense with structure, is parsed with JSON.parse instead.
    if (first > 0 && first < chunk.length) {
        const more = (0,external_node_fs_namespaceObject.readSync)(fd, chunk, first, chunk.length - first, null);
        if (more === 0 && suitsJsonParse(chunk.subarray(0, first))) {
            const result = digestWhole(chunk.subarray(0, first));
            if (result?.ok)
                return { kind: 'scanned', bytes: first, top: result.top, digest: result.digest };
        }
        first += more;
    }
    const scanner = new RecorderScanner();
    const utf8 = new Utf8Check();
    let bytes = 0;
    let scanning = true;
    for (let read = first; read > 0; read = (0,external_node_fs_namespaceObject.readSync)(fd, chunk, 0, chunk.length, null)) {
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
 * batch, and answers each in turn with what it found. Bundled on its own, so it loads only the
 * scanner.
 */


const chunk = readBuffer();
external_node_worker_threads_namespaceObject.parentPort?.on('message', (request) => {
    const answer = {
        results: request.files.map((file) => scanFile(typeof file === 'string' ? file : Buffer.from(file), chunk, request.format)),
    };
    external_node_worker_threads_namespaceObject.parentPort.postMessage(answer);
});

