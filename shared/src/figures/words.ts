/**
 * Word lists that attribution reads. Kept apart from the extraction code so they can grow with
 * the phrasing of real reports without touching the logic. All patterns are bounded alternations.
 */

/** Words that make a sentence's figures targets, plans or estimates rather than results. */
export const TARGET_WORDS = /力争|争取|预计|计划|目标|确保|拟|预期|力求|将要|规划|任务|指标|考核|下一步|下步|明年|今后|到20\d\d年|预算安排|有望/;

/** A change written just before its figure: 同比增长5% · 增加120人 · 下降3个百分点. Group 2 gives the direction. */
export const CHANGE_TAIL =
  /(年均|年平均|平均每年|同比|环比|比上年同期|比去年同期|较上年同期|较去年同期|比上年|比去年|较上年|较去年|较同期|比同期|较年初|比年初|分别)?((?<!新)(?:增长|增加|下降|减少|提高|降低|上升|回落|提升|扩大|缩小|收窄|减小|下滑|增幅|降幅|增速|涨幅|跌幅|下跌|上涨|增|减|降))(了)?(为|达到|达|约)?$/;

/** Direction words that mean "down". */
export const DOWN_WORDS = /下降|减少|降低|回落|缩小|收窄|减小|下滑|降幅|下跌|跌幅|^减$|^降$/;

/** Connectors and verbs of accomplishment before an indicator's name (stripped). */
export const INDICATOR_LEAD =
  /^(一是|二是|三是|四是|五是|六是|七是|八是|九是|十是|首先|其次|再次|其中|包括|包含|含|另有|此外|同时|并且|共有|共计|总计|合计|累计|总共|共|已经|已|均|全部|先后|实际|实现|完成|达到|现有|拥有|配备|设有|建有|为|是|则|还|又|仅|目前|当前|截至|截止|年内|年末|年底|底|并|且)(?=[\u4e00-\u9fa5]{2})/;

/** Words after an indicator's name and before its number (stripped). */
export const INDICATOR_TAIL =
  /(完成额|完成值|总数|总量|总额|总计|合计|共计|累计|数量|现有|拥有|共有|共|为|是|达到了|达到|已达|达|约为|约|有|计|了|的|已|分别|均|超过|超|近|虽然|虽|完成|实现|仅|只|也|都|仍|尚|还|稳定在|保持在|控制在|维持在|突破|达到了|提高到|提升到|增加到|增长到)$/;

/** Verbs after which the indicator follows the number (下设7个党支部 · 新建2个服务中心). */
export const NUMBER_FIRST_VERBS =
  /(下设|设有|设立|辖|现有|拥有|共有|建有|有|新建|建成|新增|组建|成立|培育|打造|建设|开展|举办|组织|排查|发放|慰问|走访|惠及|覆盖|为|帮助|救助|资助|涉及|包括|包含|含|提供|安排|投入|实施|引进|培训|召开|查处|化解|调处|受理|办理|发展|签订|梳理|制定|聘请|招引|完成|整改|解决|开工|建立|创建|评选|表彰|配备|安装|改造|修建|硬化|铺设|栽植|种植|设置|布设|选派|派驻|吸纳|带动|安置|转移|接待|收到|收集|录入|核查|认定|对|向|给)$/;

/** Of those, the ones that say only "there are" (dropped from the name). */
export const NEUTRAL_NUMBER_FIRST_VERBS = /^(下设|设有|辖|现有|拥有|共有|建有|有|为|涉及|包括|包含|含|对|向|给)$/;

/** An indicator starting with one of these counts an activity (排查问题37个), not a statistic. */
export const ACTION_VERBS =
  /^(排查|整改|发放|开展|举办|组织|新建|新增|建成|建设|改造|培训|帮助|救助|资助|惠及|慰问|走访|查处|立案|化解|调处|办理|发展|签订|梳理|制定|设立|聘请|实施|争取|落实|投入|投资|召开|印发|下发|处置|整治|拆除|清理|检查|出动|摸排|核查|解决|推动|引进|招引|签约|流转|栽植|种植|植树|修建|硬化|铺设|安装|配备|认定|评选|表彰|创建|打造|举行|参与|参加|接待|服务|办结|回复|挽回|追回|收缴|打掉|抓获|破获|侦破|培育|带动|吸纳|安置|转移|新开工|开工|竣工|完工|谋划|储备|申报|上报|拨付|兑现|补贴|补助|奖补|减免|宣传|张贴|悬挂|推送|报送|提供|安排|完成|实现|募集|筹集|筹措|整合|统筹|下沉|派驻|选派|选聘|招聘|吸引|指导|督促|督查|约谈|问责|处分|处理|通报|曝光|消除|排除|发现|受理|接收|受益|覆盖|涉及|累计|设置|布设|收到|收集|录入|组建|成立|建立)/;

/** Objects too generic to tie two mentions to one indicator (开展活动, 排查问题). */
export const GENERIC_OBJECTS =
  /^(活动|培训班?|问题|隐患|资金|会议|项目|人员|群众|人次|次|场次?|工作|企业|单位|线索|矛盾|案件|人|户|个|家|条|件|处|起|期|批|项|宣传|检查|服务|党员|干部|资料|材料|信息|意见|建议|措施|制度|文件|隐患点|风险点|问题线索|农户|学生|儿童|老人|村民|居民|家庭|人口|对象|车辆|房屋|道路|设备|资产|收入|支出|投资|面积|产值|经费|名额|岗位|任务|指标|目标|预算|计划|次数|人数|户数|数量|总数|合计|总计)$/;
