/**
 * The demo's starting document: a fictional township's 2026 annual summary, written for the demo,
 * with a few problems of every kind Tally checks (placeholders, outdated phrasing, a missing
 * 存在问题 section, contradicting figures, broken numbering, a repeated sentence, pasted ads).
 */
export const SAMPLE_REPORT_HTML = `
<h1>青石镇2026年工作总结</h1>
<p>2026年以来，青石镇党委、政府在县委、县政府的坚强领导下，深入学习贯彻党的十九大精神，紧扣全年目标任务，统筹推进经济发展、乡村振兴、民生保障和基层治理各项工作，全镇经济社会保持平稳健康发展。现将有关情况总结如下。</p>
<h2>一、主要工作成效</h2>
<h3>（一）经济运行稳中有进</h3>
<p>1-10月，全镇完成固定资产投资3.2亿元，同比增长12.3%；实现规上工业产值XX亿元，新增市场主体*户。全年共引进项目8个，其中与X有限公司签订合作协议1项。社会经济快速发展。社会经济快速发展。</p>
<h3>（二）乡村振兴扎实推进</h3>
<p>持续巩固脱贫攻坚成果，全面推进乡村振兴。新建高标准农田2600亩，XX村被评为省级美丽乡村示范村。一是抓产业，发展特色种植1.2万亩；二是抓设施，硬化村组道路14公里；四是抓人才，培训高素质农民320人次。</p>
<h3>（四）民生保障持续加强</h3>
<p>城乡居民基本养老保险参保率达103%，发放各类救助资金xx万元。1-10月完成固定资产投资3.5亿元，为全年目标的87%。</p>
<table>
  <tr><th><p>指标</p></th><th><p>1-10月</p></th><th><p>同比</p></th></tr>
  <tr><td><p>一般公共预算收入</p></td><td><p>1.86亿元</p></td><td><p>增长6.1%</p></td></tr>
  <tr><td><p>新增就业</p></td><td><p>XX人</p></td><td><p>增长4.5%</p></td></tr>
</table>
<p>本文仅供学习交流，禁止外传，更多范文请加入会员群获取。</p>
<h2>二、2027年工作打算</h2>
<p>2027年，青石镇将坚持稳中求进工作总基调，重点抓好以下工作：一是持续扩大有效投资，力争完成固定资产投资4亿元；二是深化农村人居环境整治；三是持续抓好安全生产和信访维稳工作。</p>
`;
