import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveRequest, serveDist } from '../../scripts/serveDist';

const root = mkdtempSync(join(tmpdir(), 'dccs-dist-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'taskpane.html'), '<!doctype html><title>DCCS</title>');
writeFileSync(join(root, 'assets', 'sổ mẫu.xlsx'), 'PK');

describe('resolveRequest', () => {
  it('serves the pane at / and files under the root, names percent-encoded', () => {
    expect(resolveRequest(root, '/')).toBe(join(root, 'taskpane.html'));
    expect(resolveRequest(root, '/taskpane.html?sample=1')).toBe(join(root, 'taskpane.html'));
    expect(resolveRequest(root, `/assets/${encodeURIComponent('sổ mẫu.xlsx')}`)).toBe(join(root, 'assets', 'sổ mẫu.xlsx'));
  });

  it('never leaves the root, and answers null for folders, missing files and bad escapes', () => {
    expect(resolveRequest(root, '/../etc/passwd')).toBeNull();
    expect(resolveRequest(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveRequest(root, '/assets')).toBeNull();
    expect(resolveRequest(root, '/khong-co.js')).toBeNull();
    expect(resolveRequest(root, '/%E0%A4%A')).toBeNull();
  });
});

describe('serveDist', () => {
  it('serves on 127.0.0.1 only, with content types, and 404 for the rest', async () => {
    const { server, url } = await serveDist({ root, port: 0 });
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(`${url}taskpane.html`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const sheet = await fetch(`${url}assets/${encodeURIComponent('sổ mẫu.xlsx')}`);
      expect(sheet.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect((await fetch(`${url}../package.json`)).status).toBe(404);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});
