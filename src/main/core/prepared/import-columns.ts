/**
 * The headers an import recognises, in English and Chinese, for each column key
 * of shared/prepared.ts. Compared without case, spaces, hyphens or underscores.
 */
import type { OutletCategory } from '../../../shared/domain';
import type { CardImportColumn, QuestionImportColumn } from '../../../shared/prepared';

export const QUESTION_HEADERS: Record<QuestionImportColumn, readonly string[]> = {
  outlet: ['outlet', 'media', 'mediaoutlet', '媒体', '单位', '媒体单位', '新闻单位', '媒体名称', '所在媒体'],
  reporter: ['reporter', 'reportername', 'journalist', '记者', '记者姓名', '提问人', '姓名'],
  question: ['question', 'questions', 'questiontext', '问题', '提问', '问题内容', '提问内容'],
  addressedTo: ['addressedto', 'answerer', 'spokesperson', '答问人', '回答人', '答复人', '发布人'],
  topic: ['topic', 'subject', '主题', '话题', '议题'],
  category: ['category', 'outletcategory', '类别', '媒体类别', '媒体类型']
};

export const CARD_HEADERS: Record<CardImportColumn, readonly string[]> = {
  spokesperson: ['spokesperson', 'speaker', 'answerer', '发布人', '答问人', '回答人'],
  topic: ['topic', 'subject', '主题', '话题', '议题'],
  title: ['title', 'card', '标题', '口径标题'],
  points: ['points', 'answerpoints', 'keypoints', '要点', '口径', '答问要点', '答问口径'],
  figures: ['figures', 'data', 'numbers', '数据', '数字'],
  use: ['use', 'phrasestouse', 'say', '提法', '可用提法', '使用'],
  avoid: ['avoid', 'phrasestoavoid', 'donotsay', '避免', '慎用', '避免提法'],
  doNotVolunteer: ['donotvolunteer', 'dontvolunteer', '不主动提及', '不主动说'],
  keywords: ['keywords', 'keyword', '关键词'],
  linkedQuestions: ['linkedquestions', 'linked', 'questions', '关联问题', '对应问题']
};

export const normaliseHeader = (header: string) =>
  header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_*:：]+/g, '');

/** Outlet categories as a sheet may write them. */
export const CATEGORY_NAMES: Record<string, OutletCategory> = {
  central: 'central',
  中央: 'central',
  中央媒体: 'central',
  provincial: 'provincial',
  省级: 'provincial',
  省级媒体: 'provincial',
  local: 'local',
  地方: 'local',
  市级: 'local',
  本地: 'local',
  hmt: 'hmt',
  港澳台: 'hmt',
  foreign: 'foreign',
  境外: 'foreign',
  外国: 'foreign',
  外媒: 'foreign',
  online: 'online',
  网络: 'online',
  网络媒体: 'online',
  新媒体: 'online'
};

/** Yes and no as a sheet may write them; '' is no. */
export const YES_NO: Record<string, boolean> = {
  '': false,
  yes: true,
  y: true,
  true: true,
  '1': true,
  是: true,
  '√': true,
  '✓': true,
  no: false,
  n: false,
  false: false,
  '0': false,
  否: false,
  x: false,
  '×': false
};
