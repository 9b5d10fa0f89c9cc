import { launchBrowser } from '../test/support/browser.js';
const b = await launchBrowser();
const p = await b.newPage({ viewport: { width: 1200, height: 900 } });
await p.goto('file:///tmp/segmap-demo-profile/out/report.html');
await p.screenshot({ path: '/tmp/wb/demo-report.png', fullPage: true });
await b.close();
