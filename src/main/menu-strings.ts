/** The labels of the application menu and the shell's dialogs, in both languages (no electron here). */
const STRINGS = {
  en: {
    file: 'File',
    quit: 'Quit Rostrum',
    exportTranscript: 'Export Transcript…',
    importConference: 'Import Conference…',
    saveExport: 'Save the Export',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    devTools: 'Developer Tools',
    actualSize: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    stageDisplay: 'Stage Display',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close',
    help: 'Help',
    browserAddress: 'Browser mode address: {url}',
    browserUnavailable: 'Browser mode is not running',
    browserAddressTitle: 'Browser mode',
    browserAddressBody:
      'A stage display or a second operator on this computer can open:\n{url}\n\nThe address has been copied.',
    openInBrowser: 'Open in Browser',
    ok: 'OK',
    dataFolder: 'Open Data Folder',
    movedAsideTitle: 'The database was damaged',
    movedAsideBody: 'Rostrum could not read its database and moved it aside to:\n{path}\nA new, empty database has been created.',
    startFailedTitle: 'Rostrum could not start',
    refusedCall: 'This window is not Rostrum’s own page and cannot call it.'
  },
  zh: {
    file: '文件',
    quit: '退出 Rostrum',
    exportTranscript: '导出文字实录…',
    importConference: '导入发布会…',
    saveExport: '保存导出文件',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    reload: '重新加载',
    devTools: '开发者工具',
    actualSize: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullScreen: '全屏',
    stageDisplay: '台上显示屏',
    window: '窗口',
    minimize: '最小化',
    close: '关闭',
    help: '帮助',
    browserAddress: '浏览器模式地址：{url}',
    browserUnavailable: '浏览器模式未运行',
    browserAddressTitle: '浏览器模式',
    browserAddressBody: '本机上的台上显示屏或第二位操作员可以打开：\n{url}\n\n地址已复制。',
    openInBrowser: '在浏览器中打开',
    ok: '确定',
    dataFolder: '打开数据文件夹',
    movedAsideTitle: '数据库已损坏',
    movedAsideBody: 'Rostrum 无法读取数据库，已将其移至：\n{path}\n并已新建一个空数据库。',
    startFailedTitle: 'Rostrum 无法启动',
    refusedCall: '此窗口不是 Rostrum 自己的页面，不能调用它。'
  }
};

export type ShellStrings = Record<keyof (typeof STRINGS)['en'], string>;
export type ShellLanguage = keyof typeof STRINGS;
export const SHELL_LANGUAGES = Object.keys(STRINGS) as ShellLanguage[];

/** zh for any Chinese locale (zh-CN, zh-TW, zh-HK), else English. */
export function shellStrings(locale: string): ShellStrings {
  return locale.toLowerCase().startsWith('zh') ? STRINGS.zh : STRINGS.en;
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
