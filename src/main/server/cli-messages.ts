/** What the serve command prints, in both languages; the language follows LANG / LC_ALL. */
const MESSAGES = {
  en: {
    title: 'Rostrum browser mode',
    data: 'Data folder',
    log: 'Error log',
    movedAside: 'The database could not be read and was moved aside to',
    console: 'Moderator console',
    display: 'Read-only (stage display)',
    stageDisplay: 'Stage display',
    lan: 'On this network',
    tokensOnce: 'These addresses carry tokens and are printed only this once. Keep them private.',
    portBusy: 'Port {port} is in use; using a free port instead.',
    stop: 'Press Ctrl+C to stop.',
    stopping: 'Stopping Rostrum…',
    failed: 'Rostrum could not start',
    notBuilt: 'The console is not built yet (run npm run build); the API works meanwhile.',
    usage:
      'Usage: npm run serve -- [--port N] [--host H] [--data-dir D] [--token]\n' +
      '  --port N      port to listen on (default 4310; 0 picks a free one)\n' +
      '  --host H      address to bind (default 127.0.0.1; any other address requires tokens)\n' +
      '  --data-dir D  folder of the database (default: ROSTRUM_DATA_DIR, else the app folder)\n' +
      '  --token       require tokens on 127.0.0.1 too'
  },
  zh: {
    title: 'Rostrum 浏览器模式',
    data: '数据文件夹',
    log: '错误日志',
    movedAside: '数据库无法读取，已移至',
    console: '主持人控制台',
    display: '只读（台上显示屏）',
    stageDisplay: '台上显示屏',
    lan: '局域网地址',
    tokensOnce: '以下地址包含令牌，只打印这一次，请妥善保管。',
    portBusy: '端口 {port} 已被占用，改用空闲端口。',
    stop: '按 Ctrl+C 停止。',
    stopping: '正在停止 Rostrum…',
    failed: 'Rostrum 无法启动',
    notBuilt: '控制台尚未构建（请运行 npm run build）；API 仍可使用。',
    usage:
      '用法：npm run serve -- [--port N] [--host H] [--data-dir D] [--token]\n' +
      '  --port N      监听端口（默认 4310；0 表示任选空闲端口）\n' +
      '  --host H      绑定地址（默认 127.0.0.1；其他地址必须使用令牌）\n' +
      '  --data-dir D  数据库文件夹（默认：ROSTRUM_DATA_DIR，否则为应用文件夹）\n' +
      '  --token       在 127.0.0.1 上也要求令牌'
  }
};

export type CliMessages = Record<keyof (typeof MESSAGES)['en'], string>;

export function cliMessages(env: NodeJS.ProcessEnv = process.env): CliMessages {
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return lang.toLowerCase().startsWith('zh') ? MESSAGES.zh : MESSAGES.en;
}
