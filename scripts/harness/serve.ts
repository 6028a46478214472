// A small static server on 127.0.0.1 for the demo, the end-to-end tests and the benchmark.
// Routes are given as a map (path → page), so tests can add pages of their own; a page may
// carry its own response headers (a strict CSP, say).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Page {
  body: string | Uint8Array;
  type?: string;
  headers?: Record<string, string>;
}

export interface PageServer {
  origin: string;
  url(path: string): string;
  pages: Map<string, Page>;
  close(): Promise<void>;
}

export async function servePages(pages: Map<string, Page> = new Map(), host = '127.0.0.1'): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const page = pages.get(path);
    if (!page && path === '/favicon.ico') {
      res.writeHead(204).end(); // browsers ask for it; a 404 would be noise in the console
      return;
    }
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': page.type ?? 'text/html; charset=utf-8', ...page.headers }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    url: (path) => origin + path,
    pages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
