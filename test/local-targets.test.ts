/**
 * no-missing-local-targets looks for its targets at every run (a screenshot added or removed is seen at once, the
 * article unchanged and its parse cached), and says nothing of images in a checkout that holds no media at all.
 */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cli, tempDir } from './fixtures.js';

const ARTICLE = `<properties
    pageTitle="Widgets fail to start"
    description="What to do when widgets fail to start"
    service="microsoft.example"
    resource="widgets"
    ms.author="author1"
    selfHelpType="generic"
    supportTopicIds="32600001"
    productPesIds="15000"
    cloudEnvironments="public"
    articleId="5c1f0e7a-3d2b-4a8e-9f61-7b0c2d4e6a19"
    ownershipId="Example_Widgets"
/>
# Widgets fail to start

## **Recommended Steps**

* Restart the widget service.
* Compare with ![the widget log](media/widget-log.png).
* See [the setup article](widget-setup.md).
`;

const RULE = 'no-missing-local-targets';
const reported = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l.includes(RULE) && / error /.test(l))
    .map((l) => l.replace(/\s+/g, ' ').trim());

describe('no-missing-local-targets', () => {
  it('sees a target added or removed since the last run, the article unchanged (warm cache)', async () => {
    const dir = tempDir('targets');
    const folder = path.join(dir, 'articles', 'widgets');
    mkdirSync(path.join(folder, 'media'), { recursive: true });
    writeFileSync(path.join(folder, 'widgets-fail.md'), ARTICLE);
    // the checkout has media (another screenshot), so a missing one is a broken image
    writeFileSync(path.join(folder, 'media', 'other.png'), 'png');
    const run = async () => reported((await cli(dir, 'lint', 'articles', '--format', 'stylish')).stdout);
    assert.deepEqual(
      (await run()).map((l) => l.replace(/^.*?:(\d+:\d+) /, '$1 ')),
      [
        '19:34 error Image `media/widget-log.png` does not exist next to this article no-missing-local-targets',
        '20:27 error Link target `widget-setup.md` does not exist next to this article no-missing-local-targets',
      ],
    );
    writeFileSync(path.join(folder, 'media', 'widget-log.png'), 'png');
    const setup = ARTICLE.replace('5c1f0e7a', '6d2a1f8b').replace(/\* Compare[\s\S]*$/, '');
    writeFileSync(path.join(folder, 'widget-setup.md'), setup);
    assert.deepEqual(await run(), [], 'both added: nothing reported, though the article is as cached');
    rmSync(path.join(folder, 'media', 'widget-log.png'));
    assert.equal((await run()).length, 1, 'the image removed again: reported again');
  });

  it('says nothing of images in a checkout without a single media file; a missing article is still reported', async () => {
    const dir = tempDir('targets-md-only');
    const folder = path.join(dir, 'articles', 'widgets');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'widgets-fail.md'), ARTICLE);
    const lines = reported((await cli(dir, 'lint', 'articles', '--format', 'stylish')).stdout);
    assert.equal(lines.length, 1);
    assert.match(lines[0], /Link target `widget-setup\.md` does not exist/);
  });
});
