// 中文 for the designating bodies as the reference names them (English there). A test checks every
// value in geo/ has an entry; an unknown one falls back to the reference's wording.
import type { Lang } from './index';

const ZH: Record<string, string> = {
  MIIT: '工业和信息化部',
  'MIIT (工业和信息化部)': '工业和信息化部',
  'Ministry of Transport': '交通运输部',
  'MIIT + Ministry of Transport': '工业和信息化部、交通运输部',
  'MIIT + Ministry of Public Security + Jiangsu government': '工业和信息化部、公安部、江苏省政府',
  'MIIT + MPS + MNR + MOHURD + MOT (five ministries)':
    '工业和信息化部、公安部、自然资源部、住房和城乡建设部、交通运输部(五部门)',
  'MOHURD + MIIT (住房和城乡建设部、工业和信息化部)': '住房和城乡建设部、工业和信息化部',
  'MIIT (with Beijing and Hebei governments)': '工业和信息化部(与北京市、河北省政府)',
  'MIIT (with Chongqing municipal government)': '工业和信息化部(与重庆市政府)',
  'MIIT (with Guangdong / Guangzhou)': '工业和信息化部(与广东省、广州市)',
  'MIIT (with Hubei provincial government)': '工业和信息化部(与湖北省政府)',
  'MIIT (with Jilin provincial government)': '工业和信息化部(与吉林省政府)',
  'MIIT (with Shanghai municipal government)': '工业和信息化部(与上海市政府)',
  'MIIT (with Zhejiang provincial government)': '工业和信息化部(与浙江省政府)',
};

export const hasDesignatingBodyZh = (text: string) => text in ZH;

export function designatingBody(text: string, lang: Lang): string {
  return lang === 'zh' ? (ZH[text] ?? text) : text;
}
