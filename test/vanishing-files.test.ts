/**
 * A file that the glob found but that is gone or unreadable when the action looks at it again.
 *
 * The tests run as root, for whom no permission bit makes a file unreadable, so the failure is
 * injected instead: every `node:fs` and `node:fs/promises` function the action's own modules call
 * fails for one path with the error the kernel would give (EACCES, or ENOENT for a file deleted in
 * between), whichever of those functions the reading code uses. The glob itself runs on the real
 * file system (dependencies are not mocked), so the file is found first, as on a runner.
 */
import { describe, expect, test, vi } from 'vitest'
import { runInProcess } from './fake-core.ts'
import { json, logPath, sessionLog, workspaceWith } from './log-factory.ts'

const failing = vi.hoisted(() => ({ path: '', code: '' }))

vi.mock('@actions/core', () => import('./fake-core.ts'))
vi.mock('node:fs/promises', async (importOriginal) =>
  failFor(await importOriginal<Record<string, unknown>>(), 'promise'),
)
vi.mock('node:fs', async (importOriginal) =>
  failFor(await importOriginal<Record<string, unknown>>(), 'callback'),
)

/** The module with every function failing for `failing.path` the way its API reports errors. */
function failFor(module: Record<string, unknown>, style: 'promise' | 'callback') {
  const wrapped: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(module)) {
    wrapped[name] =
      typeof value !== 'function'
        ? value
        : new Proxy(value, {
            apply(target, self, args: unknown[]) {
              if (failing.path === '' || String(args[0]) !== failing.path)
                return Reflect.apply(target, self, args)
              const error = Object.assign(new Error(`${failing.code}: ${name} '${failing.path}'`), {
                code: failing.code,
              })
              if (style === 'promise') return Promise.reject(error)
              const callback = args[args.length - 1]
              if (typeof callback === 'function') return void process.nextTick(callback, error)
              throw error
            },
          })
  }
  return { ...wrapped, default: wrapped }
}

const GOOD = logPath('2026-01-05')
const BAD = logPath('2026-02-01')

describe('a file that becomes unreadable between the glob and the read', () => {
  test.each([
    ['EACCES', 'could not be read: permission denied'],
    ['EPERM', 'could not be read: permission denied'],
    ['ENOENT', 'disappeared before it could be read'],
    ['EIO', 'could not be read (EIO)'],
  ])('%s: the file is named with the reason, and the others are reported', async (code, reason) => {
    const workspace = await workspaceWith({
      [GOOD]: json(sessionLog('2026-01-05')),
      [BAD]: json(sessionLog('2026-02-01')),
    })
    failing.path = `${workspace}/${BAD}`
    failing.code = code
    try {
      const published = await runInProcess(workspace)
      expect(published.failed).toBeUndefined()
      expect(published.outputs).toMatchObject({
        files: '1',
        interactions: '6',
        'unreadable-files': '1',
      })
      expect(published.warnings).toEqual([
        {
          message: `${BAD} ${reason}`,
          properties: { title: 'Session log not read', file: BAD },
        },
      ])
      expect(published.summary).toContain(reason)
    } finally {
      failing.path = ''
    }
  })
})
