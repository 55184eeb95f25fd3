/**
 * Headless Chromium (Debian's `chromium`), driven through the DevTools protocol over its
 * WebSocket, with nothing but Node: used for the screenshots and by the tests of the report page.
 * It is started with a profile of its own and without any of its background traffic. The
 * `CHROMIUM` variable names another Chromium-based browser to use (`google-chrome`).
 */
import { spawn } from 'node:child_process'

/** Chromium's flags: headless, no sandbox (root in CI), no network of its own, a fresh profile. */
export function chromiumFlags(profile: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
  ]
}

export class Browser {
  private nextId = 1
  private readonly pending = new Map<
    number,
    { resolve: (value: Record<string, unknown>) => void; reject: (error: Error) => void }
  >()
  private readonly listeners = new Set<(method: string) => void>()

  private readonly process: ReturnType<typeof spawn>
  private readonly socket: WebSocket

  private constructor(process: ReturnType<typeof spawn>, socket: WebSocket) {
    this.process = process
    this.socket = socket
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as {
        id?: number
        method?: string
        result?: Record<string, unknown>
        error?: { message: string }
      }
      if (message.id !== undefined) {
        const waiting = this.pending.get(message.id)
        this.pending.delete(message.id)
        if (message.error) waiting?.reject(new Error(message.error.message))
        else waiting?.resolve(message.result ?? {})
      } else if (message.method !== undefined) {
        for (const listener of this.listeners) listener(message.method)
      }
    })
  }

  /** Starts Chromium with its profile in `profile` (a new folder, removed by the caller). */
  static async launch(profile: string): Promise<Browser> {
    const binary = process.env.CHROMIUM || 'chromium'
    const child = spawn(binary, [...chromiumFlags(profile), 'about:blank'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    const endpoint = await new Promise<string>((resolve, reject) => {
      let seen = ''
      child.on('error', (error) =>
        reject(new Error(`${binary} could not start (apt-get install chromium): ${error.message}`)),
      )
      child.stderr!.on('data', (chunk) => {
        seen += String(chunk)
        const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen)
        if (match) resolve(match[1]!)
      })
      child.on('exit', (code) => reject(new Error(`${binary} exited (${code}): ${seen}`)))
    })
    // A page of its own, rather than the browser's endpoint, so that Page and Emulation apply.
    const { port } = new URL(endpoint)
    const target = (await (
      await fetch(`http://127.0.0.1:${port}/json/new?about:blank`, { method: 'PUT' })
    ).json()) as { webSocketDebuggerUrl: string }
    const socket = new WebSocket(target.webSocketDebuggerUrl)
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve)
      socket.addEventListener('error', () => reject(new Error('no DevTools connection')))
    })
    const browser = new Browser(child, socket)
    await browser.send('Page.enable')
    return browser
  }

  send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const id = this.nextId++
    this.socket.send(JSON.stringify({ id, method, params }))
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }))
  }

  private event(name: string): Promise<void> {
    return new Promise((resolve) => {
      const listener = (method: string) => {
        if (method !== name) return
        this.listeners.delete(listener)
        resolve()
      }
      this.listeners.add(listener)
    })
  }

  /** Loads a page at a width (600 px high, grown by a screenshot) and waits for its load event. */
  async load(url: string, width: number): Promise<void> {
    await this.send('Emulation.setDeviceMetricsOverride', {
      width,
      height: 600,
      deviceScaleFactor: 1,
      mobile: false,
    })
    const loaded = this.event('Page.loadEventFired')
    await this.send('Page.navigate', { url })
    await loaded
  }

  /** The value of an expression in the page (JSON-serialisable). */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = (await this.send('Runtime.evaluate', {
      expression,
      returnByValue: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string } }
    if (exceptionDetails) throw new Error(`the page threw: ${exceptionDetails.text}`)
    return result.value
  }

  /** The whole page at a width: its PNG, and the height of `selector`'s element in CSS pixels. */
  async screenshot(
    url: string,
    width: number,
    selector = '.markdown-body',
  ): Promise<{ png: Buffer; height: number }> {
    await this.load(url, width)
    const height = await this.evaluate<number>(
      `Math.ceil(document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect().height)`,
    )
    const { data } = (await this.send('Page.captureScreenshot', {
      format: 'png',
      captureBeyondViewport: true,
      clip: { x: 0, y: 0, width, height, scale: 1 },
    })) as { data: string }
    return { png: Buffer.from(data, 'base64'), height }
  }

  /** Ends Chromium and waits for it, so that its profile folder can be removed. */
  async close(): Promise<void> {
    this.socket.close()
    if (this.process.exitCode !== null) return
    const exited = new Promise((resolve) => this.process.once('exit', resolve))
    this.process.kill()
    await exited
  }
}
