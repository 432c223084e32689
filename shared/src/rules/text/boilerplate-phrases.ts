/**
 * Watermark and advertising phrases that document sites paste into downloaded reports. Plain data:
 * add an entry to teach the `boilerplate` rule a new phrase.
 *
 * - `pattern`: a JavaScript regular-expression source, matched case-insensitively. Use only
 *   non-capturing groups `(?:…)` and bounded repetition (`{0,20}`), never nested quantifiers.
 * - `strength`: `strong` phrases alone make a line suspicious; `weak` ones (请访问, 下载, 更多资料)
 *   only count as part of the same ad when a strong phrase is present.
 *
 * A line or sentence is reported only when these phrases cover nearly all of its text, so the same
 * words inside a genuine sentence (组织党员会员开展学习, 关注群众诉求) are never flagged.
 */
export interface BoilerplatePhrase {
  pattern: string;
  strength: "strong" | "weak";
  note: string;
}

export const BOILERPLATE_PHRASES: readonly BoilerplatePhrase[] = [
  { pattern: "仅供(?:个人)?(?:学习|交流|欣赏|研究)(?:参考|交流|使用|之用)?", strength: "strong", note: "仅供学习参考" },
  { pattern: "仅供参考(?:使用|之用)?", strength: "weak", note: "also genuine: 以上数据仅供参考" },
  { pattern: "(?:禁止|严禁|请勿|不得)(?:外传|转载|复制|传播|商用|用于商业用途)", strength: "strong", note: "禁止外传" },
  { pattern: "未经(?:作者|本站|本人)?(?:许可|授权|同意)", strength: "weak", note: "未经许可不得转载" },
  { pattern: "转载请注明(?:出处|来源)?", strength: "strong", note: "转载请注明出处" },
  { pattern: "版权(?:归原作者所有|所有|声明)", strength: "strong", note: "版权所有" },
  { pattern: "(?:加入?|进|入)?(?:QQ|ＱＱ|qq|微信|VX|V信)(?:交流)?群(?:号)?", strength: "strong", note: "加QQ群" },
  { pattern: "(?:QQ|ＱＱ|微信|VX|V信|微信号)[:：]\\s{0,2}[A-Za-z0-9_-]{4,24}", strength: "strong", note: "QQ：123456" },
  { pattern: "(?:关注|搜索|添加)(?:微信)?公众号|微信公众号[:：]", strength: "strong", note: "关注公众号" },
  { pattern: "(?:微信)?公众号", strength: "weak", note: "also genuine: 微信公众号建设" },
  { pattern: "扫(?:码|一扫|描(?:下方|上方|右侧)?(?:的)?二维码)[^，。\\n]{0,6}(?:关注|加入|下载|获取|领取|进群|入群|添加)", strength: "strong", note: "扫码关注" },
  { pattern: "本文(?:档)?(?:由|来自|来源于|转载自|摘自)[^，。\\n]{0,24}?(?:整理|提供|发布|上传|分享|编辑|网络|网站)", strength: "strong", note: "本文由…整理" },
  { pattern: "(?:文档|资料|本文|文章|内容|图片)(?:均)?来(?:源|自)(?:于)?(?:网络|互联网)", strength: "strong", note: "文档来源于网络" },
  { pattern: "如(?:有|涉及)侵权", strength: "strong", note: "如有侵权请联系删除" },
  { pattern: "(?:请)?(?:联系|告知)(?:我们|本站|作者)?(?:删除|处理)", strength: "weak", note: "请联系删除" },
  { pattern: "侵(?:权|删)必?删", strength: "strong", note: "侵权必删" },
  { pattern: "下载地址", strength: "strong", note: "下载地址" },
  { pattern: "更多(?:精品|优秀|精彩|相关)?(?:范文|文章|资料|文档|模板)", strength: "strong", note: "更多范文" },
  { pattern: "(?:www|WWW)\\.[A-Za-z0-9-]{1,40}\\.(?:com|cn|net|org|cc|top)(?:\\.cn)?(?:/[A-Za-z0-9_./?=&-]{0,80})?", strength: "strong", note: "www.*.com" },
  { pattern: "https?://[A-Za-z0-9_./?=&%#:-]{1,120}", strength: "strong", note: "a link" },
  { pattern: "(?:开通|成为|注册|升级)(?:VIP)?会员|VIP会员|会员(?:专享|免费|下载|特权|可下载|群)", strength: "strong", note: "会员专享" },
  { pattern: "(?:百度文库|道客巴巴|豆丁网|原创力文档|范文网|文秘网|公文网|写作网|文档网|第一范文|免费范文|精品文档|精品范文)", strength: "strong", note: "document sites" },
  { pattern: "(?:word|WORD|Word)版(?:本)?(?:可编辑)?|下载后可(?:编辑|修改)|可(?:编辑|自由)修改|可编辑", strength: "strong", note: "word版可编辑" },
  { pattern: "(?:免费|欢迎|敬请|点击)(?:您)?下载|如需(?:下载|完整版|全文|原文)", strength: "strong", note: "欢迎下载" },
  { pattern: "在线下载|下载", strength: "weak", note: "下载" },
  { pattern: "名师(?:归纳|精心)?(?:总结|整理)", strength: "strong", note: "名师归纳总结" },
  { pattern: "温馨提示[:：]?", strength: "weak", note: "温馨提示" },
  { pattern: "第\\s{0,2}\\d{1,4}\\s{0,2}页\\s{0,2}[，,/]?\\s{0,2}共\\s{0,2}\\d{1,4}\\s{0,2}页", strength: "strong", note: "page footer 第1页共5页" },
  { pattern: "请访问|欢迎访问|欢迎关注|详见官网|官方网站|网址|本站|本文|本文档|作者|资料|文档|更多|获取|查看|点击|联系|我们|删除|请|的|和|及|谢谢|感谢", strength: "weak", note: "filler words of an ad" },
];
