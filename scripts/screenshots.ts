/**
 * Screenshots of the report as a reader sees it on GitHub: the committed markdown rendered by
 * GitHub's renderer (cmark-gfm, with GitHub's extensions) in GitHub's stylesheet
 * (github-markdown-css), in headless Chromium, at a pull request's width (780 px) and a wide
 * page's (1,200 px), in the light and the dark theme; and the report page that
 * `claude-session-report serve` shows for the examples, at the same widths. Prints each page's
 * rendered height.
 *
 *   npm run screenshots                 the examples' pages, into docs/screenshots/
 *   npm run screenshots -- a.md b.md    any markdown files, into a temporary folder
 *
 * Needs `cmark-gfm` and `chromium` (Debian: apt-get install cmark-gfm chromium), and the bundled
 * command (`npm run package`) for the served page.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Browser } from './browser.ts'
import { ROOT } from './run-action.ts'

/** The pages of docs/screenshots/, each a markdown file the tests keep current. */
const PAGES: readonly { name: string; file: string }[] = [
  // The step summary and the pull-request comment of the session-recorder logs in examples/.
  { name: 'summary-examples', file: 'docs/example-report.md' },
  { name: 'comment-examples', file: 'test/outputs/pr-comment.md' },
  // The same two of transcripts, an execution file and a recorder log together.
  { name: 'summary-transcripts', file: 'test/outputs/mixed-formats.md' },
  { name: 'comment-transcripts', file: 'test/outputs/pr-comment-mixed-formats.md' },
]
const WIDTHS = [780, 1200] as const
const THEMES = {
  light: { css: 'github-markdown-light.css', background: '#ffffff' },
  dark: { css: 'github-markdown-dark.css', background: '#0d1117' },
} as const

/** GitHub-flavoured markdown to HTML, raw HTML passed through as GitHub passes it. */
function renderGfm(markdown: string): string {
  const result = spawnSync(
    'cmark-gfm',
    ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough'],
    { input: markdown, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  if (result.error || result.status !== 0)
    throw new Error(
      `cmark-gfm failed (apt-get install cmark-gfm): ${result.error ?? result.stderr}`,
    )
  return result.stdout
}

/** A page as GitHub frames a comment or a step summary: the markdown body, 16 px of padding. */
function htmlPage(body: string, style: string, background: string): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><style>
${style}
body { margin: 0; background: ${background}; }
.markdown-body { box-sizing: border-box; padding: 16px; }
</style></head>
<body><article class="markdown-body">${body}</article></body></html>
`
}

/** The page of `claude-session-report serve` on examples/, served by the bundled command. */
async function servedPage(browser: Browser, outDir: string): Promise<void> {
  const server = spawn(
    process.execPath,
    [
      path.join(ROOT, 'dist', 'cli', 'index.js'),
      'serve',
      path.join(ROOT, 'examples'),
      '--port',
      '0',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let seen = ''
      server.stderr!.on('data', (chunk) => {
        seen += String(chunk)
        const match = / at (http:\S+) /.exec(seen)
        if (match) resolve(match[1]!)
      })
      server.on('exit', (code) =>
        reject(new Error(`the command exited (${code}; run npm run package first): ${seen}`)),
      )
    })
    for (const width of WIDTHS) {
      const shot = await browser.screenshot(url, width, 'main')
      await writeFile(path.join(outDir, `serve-examples-${width}.png`), shot.png)
      console.log(`| serve-examples | ${width} px | light | ${shot.height} px |`)
    }
  } finally {
    server.kill()
  }
}

async function main(): Promise<void> {
  const files = process.argv.slice(2)
  const pages =
    files.length > 0
      ? files.map((file) => ({ name: path.basename(file, '.md'), file: path.resolve(file) }))
      : PAGES.map((page) => ({ ...page, file: path.join(ROOT, page.file) }))
  const outDir =
    files.length > 0
      ? await mkdtemp(path.join(tmpdir(), 'screenshots-'))
      : path.join(ROOT, 'docs', 'screenshots')
  await mkdir(outDir, { recursive: true })

  const work = await mkdtemp(path.join(tmpdir(), 'screenshots-work-'))
  const browser = await Browser.launch(path.join(work, 'profile'))
  try {
    console.log('| page | width | theme | height |\n| --- | ---: | --- | ---: |')
    for (const page of pages) {
      const markdown = await readFile(page.file, 'utf8')
      const body = renderGfm(markdown)
      for (const [theme, { css, background }] of Object.entries(THEMES)) {
        const style = await readFile(
          path.join(ROOT, 'node_modules', 'github-markdown-css', css),
          'utf8',
        )
        const html = path.join(work, `${page.name}-${theme}.html`)
        await writeFile(html, htmlPage(body, style, background))
        for (const width of WIDTHS) {
          const shot = await browser.screenshot(pathToFileURL(html).href, width)
          await writeFile(path.join(outDir, `${page.name}-${width}-${theme}.png`), shot.png)
          console.log(`| ${page.name} | ${width} px | ${theme} | ${shot.height} px |`)
        }
      }
    }
    if (files.length === 0) await servedPage(browser, outDir)
    console.log(`\nScreenshots in ${outDir}`)
  } finally {
    await browser.close()
    await rm(work, { recursive: true, force: true, maxRetries: 5 })
  }
}

await main()
