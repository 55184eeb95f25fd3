import { withoutInvisible } from './invisible.js'
import type { FileOutcome, ResponseRecord, SessionDigest, TranscriptFacts } from './model.js'

/** What a secret is replaced with. */
export const REDACTED = '[REDACTED]'

/** Turns a piece of log text into the text that is published: readable, and without secrets. */
export type Redactor = (text: string) => string

/** What a name given a value holds: `password`, `client_secret`, `GITHUB_TOKEN`, `aws_secret_access_key`. */
const SECRET_WORD = String.raw`password|passwd|passphrase|secret|api[_-]?key|token|access[_-]?key`
const SECRET_NAME = String.raw`(?:${SECRET_WORD})(?:[_-]?access)?(?:[_-]?key)?`
/** A value: quoted (spaces and all, on one line; the quotes are kept), or up to the next space. */
const VALUE = String.raw`(?:(?<dq>")[^"\r\n]{0,256}"|(?<sq>')[^'\r\n]{0,256}'|\S+)`
const VALUE_REDACTED = `$<dq>$<sq>${REDACTED}$<dq>$<sq>`

/**
 * Credentials redacted from every piece of log text before anything is published. Each pattern
 * matches wherever it starts, even glued to a word (`MY_ghp_…`, `mcp__sk-ant-…`): no `\b`.
 * Where a label precedes the secret (`password=`, `Bearer `, `https://`), the label is kept.
 *
 * Matching stays linear in the text's length: each pattern starts with a literal, and each
 * unbounded run either always succeeds once entered (`ghp_` then 30 or more characters) or cannot
 * hold the start of another attempt (the JWT header stops at the next `eyJ`, a name's spaces stop
 * at the next letter), so no stretch of text is scanned again for each position in it.
 *
 * The rules run in order, private keys first: a later rule (`secret: …`) taking a key's BEGIN line
 * would leave its body unmatched.
 *
 * Each rule names a `trigger` that every match of it contains: text with none of them (most tool
 * names, most summaries) is passed by one search instead of one per rule.
 *
 * A hand list rather than a rule set from a package: secretlint's rules and gitleaks' (the
 * maintained sets) come as backtracking regular expressions anchored on word boundaries, or as
 * some hundreds of RE2 rules whose pure-JavaScript engine would take seconds per megabyte here.
 */
const BUILT_IN: readonly {
  readonly pattern: RegExp
  readonly replacement: string
  /** A regular expression (matched ignoring case) for what every match contains. */
  readonly trigger: string
}[] = [
  // PEM and PGP private keys, including one cut off before its END line (results are truncated).
  {
    pattern:
      /-----BEGIN[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----|$)/g,
    replacement: REDACTED,
    trigger: '-----BEGIN',
  },
  // `password=…`, `client_secret: …`, `"api_key": "…"`, `password => '…'`, `token := …`.
  {
    pattern: new RegExp(String.raw`(${SECRET_NAME}["']?\s*(?:=>|:=|[=:])\s*)${VALUE}`, 'gi'),
    replacement: `$1${VALUE_REDACTED}`,
    trigger: SECRET_WORD,
  },
  // `--password x`, `--db-password "x y"`, `--github-token x`.
  {
    pattern: new RegExp(String.raw`(--[\w-]{0,30}?${SECRET_NAME}\s+)${VALUE}`, 'gi'),
    replacement: `$1${VALUE_REDACTED}`,
    trigger: SECRET_WORD,
  },
  // 16 characters at least, so that prose ("Bearer authentication") is left alone.
  { pattern: /(Bearer\s+)[\w\-.~+/]{16,}=*/gi, replacement: `$1${REDACTED}`, trigger: 'bearer' },
  {
    pattern: /(Authorization["']?\s*[:=]\s*["']?(?:Basic|Digest|Token)\s+)[^\s"',]+/gi,
    replacement: `$1${REDACTED}`,
    trigger: 'authorization',
  },
  // user:password@ in a URL, whatever the scheme (the user alone is no secret, but goes with it).
  {
    pattern: /(\/\/)[^\s/?#@:]{1,256}:[^\s/?#]{0,256}@/g,
    replacement: `$1${REDACTED}@`,
    trigger: '//',
  },
  { pattern: /gh[pousr]_[A-Za-z0-9]{30,}/g, replacement: REDACTED, trigger: 'gh[pousr]_' },
  { pattern: /github_pat_[A-Za-z0-9_]{30,}/g, replacement: REDACTED, trigger: 'github_pat_' },
  {
    pattern: /gl(?:pat|dt|rt|cbt|ptt|ft|imt|oas|soat|ffct|agent)-[\w-]{20,}/g,
    replacement: REDACTED,
    trigger: 'gl(?:pat|dt|rt|cbt|ptt|ft|imt|oas|soat|ffct|agent)-',
  },
  {
    pattern: /(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}/g,
    replacement: REDACTED,
    trigger: 'A3T|AKIA|ASIA|ABIA|ACCA',
  },
  // Anthropic (sk-ant-…) and OpenAI (sk-proj-…, sk-svcacct-…, sk-admin-…, and the older sk-…).
  { pattern: /sk-(?:ant|proj|svcacct|admin)-[\w-]{20,}/g, replacement: REDACTED, trigger: 'sk-' },
  { pattern: /sk-[A-Za-z0-9]{32,}/g, replacement: REDACTED, trigger: 'sk-' },
  {
    pattern: /[rs]k_(?:live|test|prod)_[A-Za-z0-9]{10,}/g,
    replacement: REDACTED,
    trigger: '[rs]k_',
  },
  { pattern: /xox[abeoprs]-[A-Za-z0-9-]{10,}/g, replacement: REDACTED, trigger: 'xox' },
  { pattern: /xapp-\d-[A-Za-z0-9-]{10,}/g, replacement: REDACTED, trigger: 'xapp-' },
  {
    pattern: /hooks\.slack\.com\/services\/[A-Za-z0-9/_-]+/g,
    replacement: REDACTED,
    trigger: String.raw`hooks\.slack\.com`,
  },
  {
    pattern: /eyJ(?:(?!eyJ)[\w-]){8,}\.eyJ[\w-]{8,}\.[\w-]*/g,
    replacement: REDACTED,
    trigger: 'eyJ',
  },
  { pattern: /npm_[A-Za-z0-9]{36}/g, replacement: REDACTED, trigger: 'npm_' },
  { pattern: /AIza[\w-]{35}/g, replacement: REDACTED, trigger: 'AIza' },
  { pattern: /hf_[A-Za-z0-9]{30,}/g, replacement: REDACTED, trigger: 'hf_' },
]

const SECRET_NAME_AT_END = new RegExp(String.raw`(?:${SECRET_NAME})$`, 'i')

/**
 * Whether a name says that its value is a secret, as the `password=…` rule reads a name: it ends
 * with one of the words (`password`, `GITHUB_TOKEN`, `apiKey`, `client_secret`). For data whose
 * names and values are apart, as a JSON object's keys and values are.
 */
export function namesSecret(name: string): boolean {
  return name.length <= 256 && SECRET_NAME_AT_END.test(name)
}

const ANY_TRIGGER = new RegExp([...new Set(BUILT_IN.map(({ trigger }) => trigger))].join('|'), 'i')

/**
 * The redactor for the built-in credential patterns, then any further rules (the user's own).
 * Invisible characters are removed first, as the renderers would remove them: a token they split
 * is matched whole, and the text published is the text that was redacted.
 */
export function createRedactor(userRules: readonly Redactor[] = []): Redactor {
  return (text) => {
    let result = withoutInvisible(text)
    if (ANY_TRIGGER.test(result))
      for (const { pattern, replacement } of BUILT_IN) result = result.replace(pattern, replacement)
    for (const rule of userRules) result = rule(result)
    return result
  }
}

/**
 * Every outcome with the text that came from its log redacted: session ids, tool names, summaries,
 * problems, the reasons a file was not read, and what transcripts say (agents, models, versions,
 * branches). Paths stay as they are: they name files of the repository and link to them; ids that
 * are only matched, never shown (responses' `message.id`), stay too.
 *
 * Everything published is made from the result, so the step summary, comment, JSON report, outputs
 * and annotations all show the same text; and since the analysis aggregates by these redacted names,
 * two names that redact alike are counted as one, in the analysis's own maps. Pure.
 */
export function redactOutcomes(outcomes: readonly FileOutcome[], redact: Redactor): FileOutcome[] {
  const names = memoised(redact)
  return outcomes.map((outcome) =>
    outcome.ok
      ? { ...outcome, digest: redactDigest(outcome.digest, redact, names) }
      : { ...outcome, reason: redact(outcome.reason) },
  )
}

/**
 * The same redactor, remembering each answer: a transcript names the same few models and tools in
 * every one of its responses, a session's id is in each of its files, and each distinct name need
 * only be redacted once per run. Meant for names; long texts (summaries, problems) go through the
 * plain redactor and are not kept twice.
 */
function memoised(redact: Redactor): Redactor {
  const seen = new Map<string, string>()
  return (text) => {
    let shown = seen.get(text)
    if (shown === undefined) seen.set(text, (shown = redact(text)))
    return shown
  }
}

function redactDigest(digest: SessionDigest, redact: Redactor, names: Redactor): SessionDigest {
  return {
    ...digest,
    sessionId: names(digest.sessionId),
    projectPath: digest.projectPath === null ? null : redact(digest.projectPath),
    tools: redactKeys(digest.tools, names),
    summaries: digest.summaries.map((summary) => ({ ...summary, text: redact(summary.text) })),
    problems: digest.problems.map(redact),
    transcript:
      digest.transcript === null ? null : redactTranscript(digest.transcript, redact, names),
  }
}

function redactTranscript(
  facts: TranscriptFacts,
  redact: Redactor,
  names: Redactor,
): TranscriptFacts {
  const orNull = (value: string | null) => (value === null ? null : redact(value))
  return {
    ...facts,
    agent: facts.agent && {
      agentId: redact(facts.agent.agentId),
      type: orNull(facts.agent.type),
      description: orNull(facts.agent.description),
    },
    responses: facts.responses.map((response) => redactResponse(response, names)),
    toolErrors: redactKeys(facts.toolErrors, names),
    versions: [...new Set(facts.versions.map(names))],
    branches: [...new Set(facts.branches.map(names))],
    run: facts.run && {
      ...facts.run,
      models: facts.run.models.map((model) => ({ ...model, model: redact(model.model) })),
      subtype: orNull(facts.run.subtype),
    },
  }
}

/**
 * A response with its model and tool names redacted: the same object when redaction changes none
 * of them, as it almost never does (a transcript holds thousands of responses, and names repeat).
 */
function redactResponse(response: ResponseRecord, names: Redactor): ResponseRecord {
  const model = names(response.model)
  const toolUses = redactNames(response.toolUses, names)
  return model === response.model && toolUses === response.toolUses
    ? response
    : { ...response, model, toolUses }
}

/** The names redacted, or the same array when none of them changes. */
function redactNames(values: readonly string[], redact: Redactor): readonly string[] {
  for (let index = 0; index < values.length; index++)
    if (redact(values[index]!) !== values[index]) return values.map(redact)
  return values
}

/** Counts by name, with the names redacted: names that redact alike add up, in one pass. */
function redactKeys(counts: ReadonlyMap<string, number>, redact: Redactor): Map<string, number> {
  const result = new Map<string, number>()
  for (const [name, count] of counts) {
    const shown = redact(name)
    result.set(shown, (result.get(shown) ?? 0) + count)
  }
  return result
}
