// The default tour (conference mode): the national picture, the designation story, four cities, the
// scenario mix and the market context. Numbers are placeholders bound to geo/ (see ../types.ts).
import { LAYER_IDS } from '../../data/constants';
import type { Slide, Tour } from '../types';

const all = [...LAYER_IDS];
const base = {
  layers: all,
  metric: 'licences',
  scenarios: [],
  match: 'any',
} as const satisfies Partial<Slide>;
const china = { kind: 'china' } as const;
const close = { kind: 'place' } as const;

export const defaultTour: Tour = {
  id: 'default',
  title: { en: 'China’s ICV pilot geography', zh: '中国智能网联汽车试点版图' },
  slides: [
    {
      ...base,
      id: 'national',
      title: { en: 'The national picture', zh: '全国概览' },
      place: null,
      camera: china,
      facts: [
        {
          text: {
            en: '{zones} national test / demonstration zones, {iov} IoV pilot zones, {cities} Double-Smart pilot cities',
            zh: '国家级测试示范区{zones}个，车联网先导区{iov}个，“双智”试点城市{cities}个',
          },
          figures: {
            zones: { national: 'p2023-test-zones', valueOnly: true },
            iov: { national: 'p2023-iov-zones', valueOnly: true },
            cities: { national: 'p2023-smart-cities', valueOnly: true },
          },
        },
        {
          text: { en: 'ICV test roads opened: {roads}', zh: '开放智能网联汽车测试道路{roads}' },
          figures: { roads: { national: 'p2023-test-roads' } },
        },
        {
          text: { en: 'Test licences issued nationwide: {licences}', zh: '全国发放测试牌照{licences}' },
          figures: { licences: { national: 'p2023h1-licences' } },
        },
      ],
      notes: {
        en: 'Officials give only the counts; the atlas’s list of test zones is a reconstruction.',
        zh: '官方只公布数量；本图集的测试示范区名单为整理重建。',
      },
    },
    {
      ...base,
      id: 'test-zones',
      title: { en: 'Designations begin: national test zones', zh: '起步：国家级测试示范区' },
      place: null,
      camera: china,
      layers: ['national-test-zone'],
      facts: [
        {
          text: { en: 'First national test zone designated: {first}', zh: '首个国家级测试示范区：{first}' },
          figures: { first: { date: 'first', layer: 'national-test-zone' } },
        },
        {
          text: {
            en: '{early} of the {total} zones on the map were designated in 2015-2016',
            zh: '图上{total}个示范区中，{early}个设立于2015—2016年',
          },
          figures: {
            early: { count: 'national-test-zone', from: '2015', to: '2016' },
            total: { count: 'national-test-zone' },
          },
        },
      ],
    },
    {
      ...base,
      id: 'iov-zones',
      title: { en: 'IoV pilot zones', zh: '车联网先导区' },
      place: null,
      camera: china,
      layers: ['iov-pilot-zone'],
      facts: [
        {
          text: {
            en: '{n} national IoV pilot zones, from {first} to {last}',
            zh: '国家级车联网先导区{n}个，设立时间从{first}到{last}',
          },
          figures: {
            n: { count: 'iov-pilot-zone' },
            first: { date: 'first', layer: 'iov-pilot-zone' },
            last: { date: 'last', layer: 'iov-pilot-zone' },
          },
        },
      ],
    },
    {
      ...base,
      id: 'double-smart-1',
      title: { en: 'Double-Smart pilot cities: batch 1', zh: '“双智”试点城市：第一批' },
      place: null,
      camera: china,
      layers: ['double-smart-city'],
      facts: [
        {
          text: { en: '{n} cities in the first batch, {date}', zh: '第一批{n}个城市，{date}' },
          figures: {
            n: { count: 'double-smart-city', batch: 1 },
            date: { date: 'first', layer: 'double-smart-city', batch: 1 },
          },
        },
      ],
      notes: {
        en: 'Smart-city infrastructure and ICVs together (MOHURD + MIIT).',
        zh: '智慧城市基础设施与智能网联汽车协同发展（住房和城乡建设部、工业和信息化部）。',
      },
    },
    {
      ...base,
      id: 'double-smart-2',
      title: { en: 'Double-Smart pilot cities: batch 2', zh: '“双智”试点城市：第二批' },
      place: null,
      camera: china,
      layers: ['double-smart-city'],
      facts: [
        {
          text: { en: '{n} cities in the second batch, {date}', zh: '第二批{n}个城市，{date}' },
          figures: {
            n: { count: 'double-smart-city', batch: 2 },
            date: { date: 'first', layer: 'double-smart-city', batch: 2 },
          },
        },
        {
          text: { en: '{total} Double-Smart pilot cities in all', zh: '“双智”试点城市共{total}个' },
          figures: { total: { count: 'double-smart-city' } },
        },
      ],
    },
    {
      ...base,
      id: 'vrc-2024',
      title: { en: 'Vehicle-road-cloud pilots (2024)', zh: '车路云一体化试点（2024）' },
      place: null,
      camera: china,
      layers: ['vrc-pilot-city'],
      facts: [
        {
          text: {
            en: '{n} vehicle-road-cloud integration pilot cities, {date}',
            zh: '车路云一体化应用试点城市{n}个，{date}',
          },
          figures: { n: { count: 'vrc-pilot-city' }, date: { date: 'first', layer: 'vrc-pilot-city' } },
        },
      ],
    },
    {
      ...base,
      id: 'shanghai',
      title: { en: 'Shanghai', zh: '上海' },
      place: 'shanghai',
      camera: close,
      facts: [
        {
          text: { en: 'Test licences issued (Table 3): {n}', zh: '发放测试牌照（表3）：{n}' },
          figures: { n: { place: 'shanghai', table3: 'licences' } },
        },
        {
          text: { en: 'Licensed test vehicles: {n}', zh: '获得测试牌照的车辆：{n}' },
          figures: { n: { place: 'shanghai', fact: 'sh-licensed-vehicles' } },
        },
        {
          text: { en: 'Test mileage: {n}', zh: '测试里程：{n}' },
          figures: { n: { place: 'shanghai', fact: 'sh-test-mileage' } },
        },
      ],
    },
    {
      ...base,
      id: 'guangzhou',
      title: { en: 'Guangzhou', zh: '广州' },
      place: 'guangzhou',
      camera: close,
      facts: [
        {
          text: { en: 'Test licences issued (Table 3): {n}', zh: '发放测试牌照（表3）：{n}' },
          figures: { n: { place: 'guangzhou', table3: 'licences' } },
        },
        {
          text: { en: 'Test roads opened: {n}', zh: '开放测试道路：{n}' },
          figures: { n: { place: 'guangzhou', fact: 'gz-test-roads' } },
        },
        {
          text: { en: 'Test mileage: {n}', zh: '测试里程：{n}' },
          figures: { n: { place: 'guangzhou', fact: 'gz-test-mileage' } },
        },
      ],
    },
    {
      ...base,
      id: 'beijing',
      title: { en: 'Beijing', zh: '北京' },
      place: 'beijing',
      camera: close,
      facts: [
        {
          text: { en: 'Test licences issued (Table 3): {n}', zh: '发放测试牌照（表3）：{n}' },
          figures: { n: { place: 'beijing', table3: 'licences' } },
        },
        {
          text: {
            en: 'High-level autonomous driving demonstration area: {n}',
            zh: '高级别自动驾驶示范区面积：{n}',
          },
          figures: { n: { place: 'beijing', fact: 'bj-priority-area' } },
        },
        {
          text: { en: 'Meituan driverless delivery orders: {n}', zh: '美团无人配送订单：{n}' },
          figures: { n: { place: 'beijing', fact: 'bj-meituan-orders' } },
        },
      ],
    },
    {
      ...base,
      id: 'wuhan',
      title: { en: 'Wuhan', zh: '武汉' },
      place: 'wuhan',
      camera: close,
      facts: [
        {
          text: { en: 'Test licences issued (Table 3): {n}', zh: '发放测试牌照（表3）：{n}' },
          figures: { n: { place: 'wuhan', table3: 'licences' } },
        },
        {
          text: { en: 'Robotaxi fleet: {n}', zh: '自动驾驶出租车车队：{n}' },
          figures: { n: { place: 'wuhan', fact: 'wh-robotaxi-fleet' } },
        },
        {
          text: { en: 'Orders served: {n}', zh: '累计订单：{n}' },
          figures: { n: { place: 'wuhan', fact: 'wh-orders' } },
        },
      ],
    },
    {
      ...base,
      id: 'scenarios',
      title: { en: 'The scenario mix (Table 4)', zh: '应用场景分布（表4）' },
      place: null,
      camera: china,
      metric: 'scenarioCount',
      scenarios: ['ports', 'mines'],
      match: 'any',
      facts: [
        {
          text: { en: 'Most common: {most}', zh: '最常见：{most}' },
          figures: { most: { scenarioRank: 'most' } },
        },
        {
          text: { en: 'Rarest: {least}', zh: '最少见：{least}' },
          figures: { least: { scenarioRank: 'least' } },
        },
        {
          text: {
            en: 'Ports or mines: {ports} and {mines} of the {rows} places with a Table 4 row',
            zh: '港口{ports}个、矿区{mines}个（表4共列{rows}个地方）',
          },
          figures: { ports: { scenario: 'ports' }, mines: { scenario: 'mines' }, rows: { scenario: 'any' } },
        },
      ],
      notes: {
        en: 'The map highlights the places with ports or mines; the others are dimmed.',
        zh: '地图突出显示有港口或矿区场景的地方，其余变暗。',
      },
    },
    {
      ...base,
      id: 'market',
      title: { en: 'Market context: smart electric vehicles', zh: '市场背景：智能电动汽车' },
      place: null,
      camera: china,
      metric: 'none',
      facts: [
        {
          text: {
            en: 'SEV share of new-energy vehicle sales: {start} → {end}',
            zh: '智能电动汽车占新能源汽车销量的比例：{start} → {end}',
          },
          figures: { start: { sev: 2019 }, end: { sev: 2023 } },
        },
        {
          text: { en: 'In between: {y2021}', zh: '其间：{y2021}' },
          figures: { y2021: { sev: 2021 } },
        },
      ],
    },
  ],
};
