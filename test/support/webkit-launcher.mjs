// WebKitGTK has no headless mode and the runner cannot start its driver: this launcher starts
// Xvfb and WebKitWebDriver on free ports, hands them to the WebDriver launcher, and stops both.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a free display and resolves with its number. */
function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    xvfb.stdio[3].on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) resolve({ process: xvfb, display: `:${output.trim()}` });
    });
  });
}

async function waitForDriver(port, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs} ms`);
}

class WebKitLauncher extends WebdriverLauncher {
  /** `env`: the environment WebKitWebDriver, and so the browser, starts in (e.g. TZ). */
  constructor(env) {
    super({
      hostname: '127.0.0.1',
      port: 0,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { args: ['--automation'] },
      },
    });
    this.name = 'WebKit';
    this.env = env;
    this.processes = [];
  }

  async initialize(config, testFiles) {
    const xvfb = await startXvfb();
    this.processes.push(xvfb.process);
    const port = await freePort();
    const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: 'ignore',
      env: { ...this.env, DISPLAY: xvfb.display },
    });
    this.processes.push(driver);
    await waitForDriver(port);
    this.options.port = port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    for (const child of this.processes.reverse()) child.kill();
    this.processes = [];
  }
}

export function webkitLauncher({ env = process.env } = {}) {
  return new WebKitLauncher(env);
}
