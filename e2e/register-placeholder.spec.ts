import { test, expect } from './fixtures';
import { TID } from './support/console';
import { hezePlan } from './support/heze';
import { runToQa, seedDraft } from './support/seed';

/**
 * The live register form's gist field shows its whole placeholder ("Gist (optional)" was cut to "Gist (optio" in
 * English at 1280×720): the placeholder's text, measured in the input's own font, fits its content box.
 */
test('the register form’s gist placeholder is not cut, in Chinese and in English, on laptop screens', async ({ rostrum }) => {
  test.skip(rostrum.target === 'electron', 'the window sizes are set on a browser page; the Electron window lays out the same renderer');
  const { page, api } = rostrum;
  const plan = hezePlan();
  const seeded = await seedDraft(api, plan);
  await runToQa(api, plan, seeded);
  await rostrum.goto(`/conference/${seeded.id}/live`);
  const text = page.getByTestId(TID.register.text);
  await expect(text).toBeVisible();
  const cut: string[] = [];
  for (const language of ['en', 'zh'] as const) {
    await page.getByTestId(TID.langSwitch).selectOption(language);
    await page.getByTestId(TID.langSwitch).blur();
    await expect(page.locator('html')).toHaveAttribute('lang', language === 'zh' ? /^zh/ : /^en/);
    for (const [width, height] of [
      [1280, 720],
      [1366, 768],
      [1024, 576]
    ] as const) {
      await page.setViewportSize({ width, height });
      const fit = await text.evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { placeholder: input.placeholder, needed: Math.ceil(context.measureText(input.placeholder).width), room: Math.floor(room) };
      });
      if (fit.needed > fit.room) cut.push(`${language} ${width}x${height}: “${fit.placeholder}” needs ${fit.needed} px, has ${fit.room}`);
      await page.screenshot({ path: `/tmp/qa-register-${language}-${width}x${height}.png`, clip: { x: 0, y: 0, width, height } });
    }
  }
  expect(cut).toEqual([]);
});
