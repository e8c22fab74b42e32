import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseDataDir, defaultDataDir } from '../../src/main/server/data-dir';

describe('where the data lives', () => {
  it('mirrors Electron’s userData folder named Rostrum', () => {
    expect(defaultDataDir('linux', {}, '/home/mod')).toBe('/home/mod/.config/Rostrum');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/mod')).toBe('/cfg/Rostrum');
    expect(defaultDataDir('darwin', {}, '/Users/mod')).toBe('/Users/mod/Library/Application Support/Rostrum');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\mod\\AppData\\Roaming' }, 'C:\\Users\\mod')).toBe(
      path.join('C:\\Users\\mod\\AppData\\Roaming', 'Rostrum')
    );
  });

  it('takes --data-dir first, then ROSTRUM_DATA_DIR, then the default', () => {
    const env = { ROSTRUM_DATA_DIR: '/from/env' };
    expect(chooseDataDir(['--data-dir', '/from/flag'], env, '/default')).toEqual({ dir: '/from/flag', source: 'flag' });
    expect(chooseDataDir(['--data-dir=/from/flag'], env, '/default')).toEqual({ dir: '/from/flag', source: 'flag' });
    expect(chooseDataDir(['--other'], env, '/default')).toEqual({ dir: '/from/env', source: 'env' });
    expect(chooseDataDir([], {}, '/default')).toEqual({ dir: '/default', source: 'default' });
    expect(chooseDataDir(['--data-dir', 'relative'], {}, '/default').dir).toBe(path.resolve('relative'));
  });
});
