// The landing view's example questions, in the report's terms: each runs a real query through
// the same panels a planner would use.
import type { Explorer } from './explorer.js';
import type { ConnectMode } from './modes/connect.js';
import type { GapsMode } from './modes/gaps.js';
import type { MeasurePicker } from './panels/measure-picker.js';
import type { Example } from './panels/start.js';

export interface ExampleTargets {
  explorer: Explorer;
  connect: ConnectMode;
  gaps: GapsMode;
  measures: MeasurePicker;
  showTab(id: string): void;
}

export function examples({ connect, gaps, measures, showTab }: ExampleTargets): Example[] {
  const ask = (question: Parameters<ConnectMode['ask']>[0]) => async () => {
    showTab('connect');
    await connect.ask(question);
  };
  return [
    {
      id: 'tsinghua-funds',
      question: ['清华的成果经由哪些基金到达区内企业？', 'Which funds carry Tsinghua\'s research to district enterprises?'],
      run: ask({ from: '清华大学', via: ['FUND'], to: { kind: 'ENTERPRISE', district: 'in' } }),
    },
    {
      id: 'beihang-funds',
      question: ['北航的基金为什么还连不到区内企业？', 'Why do Beihang\'s funds not reach district enterprises yet?'],
      run: ask({ from: '北航', via: ['FUND'], to: { kind: 'ENTERPRISE', district: 'in' } }),
    },
    {
      id: 'cas-government',
      question: ['“中科院”与海淀区人民政府之间有哪些路径？', 'How is CAS Beijing connected to the district government?'],
      // Between two actors, whichever way the relations point.
      run: ask({ from: '中科院', to: { actor: '海淀区人民政府' }, direction: 'ANY' }),
    },
    {
      id: 'brokers',
      question: ['谁是关键中介，移除它会断开谁？', 'Who are the key brokers, and who would be cut off without them?'],
      run: async () => {
        await measures.choose('brokerage');
        showTab('gaps');
        await gaps.show('BROKERAGE');
      },
    },
    {
      id: 'benefit-sharing',
      question: ['区里共建的基金有多少投在了海淀？', 'How much of the funds the district set up is placed in Haidian?'],
      run: async () => {
        showTab('gaps');
        await gaps.show('NO_BENEFIT_COORDINATION');
      },
    },
  ];
}
