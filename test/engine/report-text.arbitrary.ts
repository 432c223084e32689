import fc from "fast-check";
import { pools } from "../fixtures/generate-report.mjs";

/** Every fixture paragraph, whatever its kind. */
const fixtureParagraphs = [...pools.titles, ...pools.headings, ...pools.body, ...pools.placeholders, ...pools.stale, ...pools.edits];

const cjk = fc.string({
  unit: fc.constantFrom(..."的一是在了不和有大这主中人上为们地个用工时要动国产以我到他会作来分生对于学下级就年阶义发成部民可出能方进同行面说种过命度革而多子后自社加小机也经力线本电高量长党得实家定深法表着水理化争现所二起政三好十战无农使性前等反体合斗路图把结第里正新开论之物从当两些还天资事队批点育重其思与间内去因件日利相由压员气业代全组数果期导平各基或月毛然如应形想制心样干都向变关问比展那它最及外没看治提五解系林者米群头意只明四道马认次文通但条较克又公孔领军流入接席位情运器并飞原油放立题质指建区验活众很教决特此常石强极土少已根共直团统式转别造切九你取西持总料连任志观调七么山程百报更见必真保热委手改管处己将修支识病象几先老光专什六型具示复安带每东增则完风回南广劳轮科北打积车计给节做务被整联步类集号列温装即毫知轴研单色坚据速防史拉世设达尔场织历花受求传口断况采精金界品判参层止边清至万确究书术状厂须离再目海交权且儿青才证低越际八试规斯近注办布门铁需走议县兵固除般引齿千胜细影济白格效置推空配刀叶率述今选养德话查差半敌始片施响收华觉备名红续均药标记难存测士身紧液派准斤角降维板许破述技消底床田势端感往神便贺村构照容非搞亚磨族火段算适讲按值美态黄易彪服早班麦削信排台声该击素张密害侯草何树肥继右属市严径螺检左页抗苏显苦英快称坏移约巴材省黑武培著河帝仅针怎植京助升王眼她抓含苗副杂普谈围食射源例致酸旧却充足短划剂宣环落首尺波承粉践府鱼随考刻靠够满夫失包住促枝局菌杆周护岩师举曲春元超负砂封换太模贫减阳扬江析亩木言球朝医校古呢稻宋听唯输滑站另卫字鼓刚写刘微略范供阿块某功套友限项余倒卷创律雨让骨远帮初皮播优占死毒圈伟季训控激找叫云互跟裂粮粒母练塞钢顶策双留误础吸阻故寸盾晚丝女散焊功株亲院冷彻弹错散商视艺灭版烈零室轻血倍缺厘泵察绝富城冲喷壤简否柱李望盘磁雄似困巩益洲脱投送奴侧润盖挥距触星松送获兴独官混纪依未突架宽冬章湿偏纹吃执阀矿寨责熟稳夺硬价努翻奇甲预职评读背协损棉侵灰虽矛厚罗泥辟告卵箱掌氧恩爱停曾溶营终纲孟钱待尽俄缩沙退陈讨奋械载胞幼哪剥迫旋征槽倒握担仍呀鲜吧卡粗介钻逐弱脚怕盐末阴丰雾冠丙街莱贝辐肠付吉渗瑞惊顿挤秒悬姆烂森糖圣凹陶词迟蚕亿矩"),
  maxLength: 12,
});

const placeholder = fc.constantFrom("*", "**", "＊", "x", "X", "xx", "XX", "xX", "××", "□", "□□", "○○", "某某", "X中", "1至XX月");
const number = fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.constantFrom("", ".5", ".08")).map(([n, d]) => `${n}${d}`);
const unit = fc.constantFrom("亿元", "万元", "元", "%", "户", "人", "个", "亩", "公里", "人次", "月", "年", "日");
const heading = fc.constantFrom("一、", "二、", "四、", "（一）", "（三）", "1.", "3.", "（1）", "①", "第一部分", "一是", "二是", "三是", "首先，", "其次，", "最后，");
const punctuation = fc.constantFrom("。", "，", "；", "：", "、", "！", "？", "“", "”", "（", "）", " ", "\t", "\u3000");
const newline = fc.constantFrom("\n", "\r\n", "\r", "\n\n", "\u2028");
const period = fc.constantFrom("2020年", "2021年上半年", "2026年", "2026年1-10月", "今年以来", "第三季度", "全年", "上半年", "下半年");
const latin = fc.constantFrom("APP", "5G", "GDP", "X光", "Q3", "PM2.5", "abc", "x", "XXL");

/** One piece of a report: a fixture paragraph, or a token of the kinds the rules look at. */
const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...fixtureParagraphs) },
  { weight: 3, arbitrary: cjk },
  { weight: 3, arbitrary: placeholder },
  { weight: 3, arbitrary: fc.tuple(number, unit).map(([n, u]) => n + u) },
  { weight: 2, arbitrary: heading },
  { weight: 3, arbitrary: punctuation },
  { weight: 3, arbitrary: newline },
  { weight: 1, arbitrary: period },
  { weight: 1, arbitrary: latin },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);

/** Report-like text: fixture paragraphs, random Chinese, placeholders, figures, headings, line breaks. */
export const reportText = fc.array(fragment, { maxLength: 50 }).map((parts) => parts.join(""));

/** A reference date a user might set. */
export const referenceDate = fc
  .tuple(fc.integer({ min: 2019, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

/** An edit as an editor makes it: replace [at, at + remove) with `insert`, positions taken modulo the text. */
export interface Edit {
  at: number;
  remove: number;
  insert: string;
}

export const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 30 }),
  insert: fc.oneof(fragment, fc.constant("")),
});

export function applyEdit(text: string, e: Edit): string {
  const at = text.length === 0 ? 0 : e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}
