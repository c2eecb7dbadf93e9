import { UserError } from '../../src/cli/errors';
import { main } from '../../src/cli/main';

/** The `play` command's mistakes are one sentence each, found before any server starts. */
describe('play command arguments', () => {
  test('needs a kata', async () => {
    await expect(main(['play'])).rejects.toThrow(/play needs a kata: npm run kata -- play <slug>/);
  });

  test('--impl and --challenge do not go together', async () => {
    await expect(main(['play', 'print-in-order', '--impl', 'x.ts', '--challenge'])).rejects.toBeInstanceOf(UserError);
  });

  test('a file that does not exist is named', async () => {
    await expect(main(['play', 'print-in-order', '--impl', 'no-such-file.ts'])).rejects.toThrow(/there is no file no-such-file\.ts/);
  });

  test('an unknown case lists the kata\'s cases', async () => {
    await expect(main(['play', 'print-in-order', '--case', 'nope'])).rejects.toThrow(/print-in-order has no case "nope"; its cases: "three tasks"/);
  });
});
