import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHmac } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, announcement, arrangeDialogue, baseUrl, browserForSuite, signInAsAdministrator, signInThroughUi } from './support';

/** A webhook receiver on a loopback port of the test machine (./test lets the API send to it: Webhooks__AllowPrivateTargets). */
interface Received {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
}

describe('an administrator registers a webhook receiver and sees its deliveries', () => {
  let page: Page;
  let server: Server;
  const received: Received[] = [];
  const suffix = Date.now().toString(36);
  browserForSuite((_, p) => {
    page = p;
  });

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push({
          id: String(request.headers['webhook-id']),
          timestamp: String(request.headers['webhook-timestamp']),
          signature: String(request.headers['webhook-signature']),
          body,
        });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('registers, shows the secret once, gets a signed delivery when a dialogue opens, and lists it; axe-clean at 320 and 1280 px', async () => {
    const port = (server.address() as AddressInfo).port;
    const url = `http://127.0.0.1:${port}/webhook-${suffix}`;
    await page.setViewportSize({ width: 320, height: 640 });
    await signInThroughUi(page);
    await page.goto(`${baseUrl}/personal/webhooks`);
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.getByLabel('Adress (URL)').fill(url);
    await page.getByLabel('Beskrivning').fill('Testmottagare');
    await page.getByLabel('Dialogen öppnar').check();
    await page.getByRole('button', { name: 'Registrera mottagaren' }).click();
    await page.getByRole('heading', { name: `Hemlig nyckel för ${url}` }).waitFor();
    const secret = (await page.locator('.webhook-secret__value').textContent())!.trim();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Jag har sparat nyckeln' }).click();
    expect(await page.getByText(secret).count()).toBe(0);

    const token = await signInAsAdministrator();
    const dialogue = await arrangeDialogue(token, announcement(`Webhook-dialog ${suffix}`), { state: 'open' });
    for (let i = 0; i < 120 && received.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 500));
    expect(received).toHaveLength(1);
    const [hook] = received;
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
    const expected = `v1,${createHmac('sha256', key).update(`${hook.id}.${hook.timestamp}.${hook.body}`).digest('base64')}`;
    expect(hook.signature).toBe(expected);
    const body = JSON.parse(hook.body) as { type: string; data: { dialogueId: string } };
    expect(body.type).toBe('dialogue.opened');
    expect(body.data.dialogueId).toBe(dialogue.id);

    await page.reload();
    const card = page.getByRole('article', { name: url });
    await card.getByRole('button', { name: 'Visa leveranser' }).click();
    const row = card.getByRole('row').filter({ hasText: `Webhook-dialog ${suffix}` });
    await row.waitFor();
    expect(await row.textContent()).toContain('204');
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: width === 320 ? 640 : 900 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await accessibilityViolations(page)).toEqual([]);
    }
  }, 120_000);
});
