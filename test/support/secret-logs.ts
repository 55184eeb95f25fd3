/**
 * Session logs of every format with secrets in every place a secret ends up: prompts, tool
 * inputs, tool results, `toolUseResult`, nested objects, object keys, subagents' files, a line
 * that is not JSON. The fake credentials are assembled at run time, so that no credential-shaped
 * string sits in the sources.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  assistant,
  jsonl,
  prompt,
  SESSION,
  system,
  text,
  toolResult,
  toolUseBlock,
  usage,
} from './transcript.ts'

const repeat = (unit: string, length: number) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length)

/** Every secret the logs hold, by where it is. Each must be gone from a redacted copy. */
export const SECRETS = {
  promptToken: `ghp_${repeat('pR0mPt', 36)}`,
  toolInputKey: `sk-ant-api03-${repeat('ToolIn_', 90)}`,
  envValue: 'correct-horse-battery',
  bashPassword: 'hunter2-in-bash',
  toolResultAws: `AKIA${repeat('RESU', 16)}`,
  toolUseResultJwt: `eyJ${repeat('hbGciOiJI', 20)}.eyJ${repeat('zdWIiOiIx', 30)}.${repeat('SflKxwRJ', 43)}`,
  urlPassword: 's3cretPw',
  escapedToken: `ghp_${repeat('EsCaPe', 36)}`,
  subagentSlack: `xoxb-${repeat('1234567890-', 40)}`,
  metaNpm: `npm_${repeat('aB3dE5', 36)}`,
  brokenLineToken: `glpat-${repeat('bR0k3n-', 20)}`,
  recorderStripe: `sk_live_${repeat('51Hq8Zk', 40)}`,
  recorderArgument: 'pa55-in-arguments',
  summaryGoogle: `AIza${repeat('Sy9_-Bq', 35)}`,
  executionHf: `hf_${repeat('QwErTy', 34)}`,
  executionResult: `github_pat_${repeat('11AB_cd', 82)}`,
  customer: 'ACME-INTERNAL-4711',
} as const

export const SUBAGENT = 'agent-a7c3e9f1b2d40'

/** A JSON string's content as it is written inside the quotes, every character escaped. */
function escapedEverywhere(value: string): string {
  return [...value].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')
}

/** The main transcript: every kind of line, secrets throughout, one line cut short. */
export function transcriptText(): string {
  const lines = [
    { type: 'summary', summary: 'Deploy fixes', leafUuid: 'leaf-1' },
    prompt(`Deploy with GITHUB_TOKEN ${SECRETS.promptToken} please; customer ${SECRETS.customer}`),
    assistant('msg_01', [text('I will call the deploy tool.')], { usage: usage(3, 12, 4000, 0) }),
    assistant(
      'msg_01',
      [
        toolUseBlock('toolu_01', 'mcp__deploy__run', {
          apiKey: SECRETS.toolInputKey,
          env: { DB_PASSWORD: SECRETS.envValue, REGION: 'eu-west-1' },
          target: `https://deploy:${SECRETS.urlPassword}@deploy.example.com/api`,
        }),
      ],
      { usage: usage(3, 60, 4000, 0) },
    ),
    toolResult('toolu_01', `deployed; credentials ${SECRETS.toolResultAws} rotated`, {
      toolUseResult: {
        stdout: 'deployed',
        session: { token: SECRETS.toolUseResultJwt, expires: 3600 },
        [`https://deploy:${SECRETS.urlPassword}@deploy.example.com/`]: 'reachable',
      },
    }),
    assistant(
      'msg_02',
      [toolUseBlock('toolu_02', 'Bash', { command: `mysql --password ${SECRETS.bashPassword}` })],
      { usage: usage(5, 30, 0, 4000), timestamp: '2026-03-02T09:15:00.000Z' },
    ),
    toolResult('toolu_02', 'ERROR 1045: access denied', {
      isError: true,
      timestamp: '2026-03-02T09:15:02.000Z',
    }),
    assistant(
      'msg_03',
      [toolUseBlock('toolu_03', 'Task', { description: 'Check the logs', prompt: 'Look' })],
      { usage: usage(2, 20, 0, 4100), timestamp: '2026-03-02T09:16:00.000Z' },
    ),
    toolResult('toolu_03', 'The logs are clean', { timestamp: '2026-03-02T09:17:00.000Z' }),
    system('turn_duration', { durationMs: 120000 }),
  ]
  const written = jsonl(lines).split('\n')
  // The same secret, its every character escaped: only decoding finds it.
  const escaped = JSON.stringify(
    prompt('ESCAPED', { timestamp: '2026-03-02T09:18:00.000Z' }),
  ).replace('"ESCAPED"', `"token \\"${escapedEverywhere(SECRETS.escapedToken)}\\""`)
  // A line cut short, as a crash leaves one: not JSON, and a secret in it all the same.
  const broken = `{"type":"user","message":{"role":"user","content":"deploy key ${SECRETS.brokenLineToken} and then`
  return [...written.slice(0, -1), escaped, broken, ''].join('\n')
}

export function subagentText(): string {
  const fields = { isSidechain: true, agentId: SUBAGENT.replace('agent-', '') }
  return jsonl([
    prompt('Look', { ...fields, timestamp: '2026-03-02T09:16:01.000Z' }),
    assistant(
      'msg_s1',
      [toolUseBlock('toolu_s1', 'Grep', { pattern: 'error', path: '/var/log' })],
      { ...fields, usage: usage(4, 15, 2000, 0), timestamp: '2026-03-02T09:16:05.000Z' },
    ),
    toolResult('toolu_s1', `webhook failed with ${SECRETS.subagentSlack}`, {
      ...fields,
      timestamp: '2026-03-02T09:16:06.000Z',
    }),
    assistant('msg_s2', [text('The logs are clean')], {
      ...fields,
      usage: usage(4, 9, 0, 2000),
      timestamp: '2026-03-02T09:16:30.000Z',
    }),
  ])
}

export function subagentMetaText(): string {
  return `${JSON.stringify({ agentType: 'Explore', description: `Check with ${SECRETS.metaNpm}` })}\n`
}

/** A session-recorder log, pretty-printed as the plugin writes it. */
export function recorderText(): string {
  const log = {
    session_id: '3f2a1b0c-0000-4000-8000-0000000000aa',
    start_timestamp: '2026-03-03T10:00:00Z',
    end_timestamp: '2026-03-03T10:20:00Z',
    project_path: '/home/dev/billing',
    interactions: [
      {
        interaction_id: 'i1',
        timestamp: '2026-03-03T10:00:05Z',
        type: 'user_message',
        content: `Charge the test card with ${SECRETS.recorderStripe}\n`,
        metadata: { hook: 'UserPromptSubmit' },
      },
      {
        interaction_id: 'i2',
        timestamp: '2026-03-03T10:01:00Z',
        type: 'tool_call',
        content: {
          tool: 'Bash',
          arguments: { command: 'psql', options: { password: SECRETS.recorderArgument } },
        },
        metadata: { hook: 'PostToolUse' },
      },
      {
        interaction_id: 'i3',
        timestamp: '2026-03-03T10:01:00Z',
        type: 'tool_result',
        content: { tool: 'Bash', result: 'null\n', tool_call_id: 'i2' },
        metadata: { hook: 'PostToolUse' },
      },
      {
        interaction_id: 'i4',
        timestamp: '2026-03-03T10:02:00Z',
        type: 'tool_call',
        content: { tool: 'Read', arguments: { file_path: '/home/dev/billing/.env' } },
        metadata: { hook: 'PostToolUse' },
      },
      {
        interaction_id: 'i5',
        timestamp: '2026-03-03T10:19:00Z',
        type: 'assistant_summary',
        content: {
          summary: `Configured the maps key ${SECRETS.summaryGoogle}`,
          actions: ['configured'],
          tools_used: ['Bash', 'Read'],
        },
        metadata: { source: 'self_report' },
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

/** A claude-code-action execution file, pretty-printed as the action writes it. */
export function executionText(): string {
  const session = '8d7c6b5a-0000-4000-8000-0000000000bb'
  const run = [
    {
      type: 'system',
      subtype: 'init',
      session_id: session,
      cwd: '/home/runner/work/app/app',
      model: 'claude-sonnet-4-5-20250929',
      tools: ['Bash', 'Read'],
      apiKeySource: 'ANTHROPIC_API_KEY',
    },
    {
      type: 'assistant',
      session_id: session,
      parent_tool_use_id: null,
      message: {
        id: 'msg_e1',
        model: 'claude-sonnet-4-5-20250929',
        content: [
          toolUseBlock('toolu_e1', 'Bash', {
            command: `HF_TOKEN=${SECRETS.executionHf} python train.py`,
          }),
        ],
        usage: usage(10, 40, 3000, 0),
      },
    },
    {
      type: 'user',
      session_id: session,
      parent_tool_use_id: null,
      message: {
        role: 'user',
        content: [{ type: 'tool_result', tool_use_id: 'toolu_e1', content: 'trained' }],
      },
    },
    {
      type: 'result',
      subtype: 'success',
      is_error: false,
      duration_ms: 30000,
      duration_api_ms: 20000,
      num_turns: 2,
      result: `Pushed with ${SECRETS.executionResult}`,
      session_id: session,
      total_cost_usd: 0.0123,
      usage: {
        input_tokens: 10,
        output_tokens: 40,
        cache_creation_input_tokens: 3000,
        cache_read_input_tokens: 0,
      },
      modelUsage: {
        'claude-sonnet-4-5-20250929': {
          inputTokens: 10,
          outputTokens: 40,
          cacheReadInputTokens: 0,
          cacheCreationInputTokens: 3000,
          costUSD: 0.0123,
        },
      },
      permission_denials: [],
    },
  ]
  return `${JSON.stringify(run, null, 2)}\n`
}

/** The folder of a project as Claude Code names it, for the transcripts. */
export const PROJECT = '-home-dev-billing'

/** The files, relative to the folder, as a workspace holds them. */
export const FILES = {
  transcript: `.claude/projects/${PROJECT}/${SESSION}.jsonl`,
  subagent: `.claude/projects/${PROJECT}/${SESSION}/subagents/${SUBAGENT}.jsonl`,
  subagentMeta: `.claude/projects/${PROJECT}/${SESSION}/subagents/${SUBAGENT}.meta.json`,
  recorder: '.claude/session_logs/session_2026-03-03.json',
  execution: 'claude-execution-output.json',
} as const

/** Writes every file under `folder`; resolves to their absolute paths. */
export async function writeSecretLogs(folder: string): Promise<Record<keyof typeof FILES, string>> {
  const texts: Record<keyof typeof FILES, string> = {
    transcript: transcriptText(),
    subagent: subagentText(),
    subagentMeta: subagentMetaText(),
    recorder: recorderText(),
    execution: executionText(),
  }
  const written = {} as Record<keyof typeof FILES, string>
  for (const [name, file] of Object.entries(FILES) as [keyof typeof FILES, string][]) {
    const target = path.join(folder, file)
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, texts[name])
    written[name] = target
  }
  return written
}

export { SESSION }
